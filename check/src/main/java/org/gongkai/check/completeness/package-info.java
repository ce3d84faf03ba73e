/**
 * Completeness rules (CMP) after 《地方预决算公开操作规程》(财预〔2016〕143号): every table of the layout is
 * published (an empty one with its explanation), classifications are shown to the required level,
 * the required matters (三公经费, 机关运行经费, 政府采购, 国有资产, 绩效目标) are explained, and the table of contents
 * matches the body.
 */
package org.gongkai.check.completeness;
