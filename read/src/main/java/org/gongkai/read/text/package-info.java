/**
 * The reader for the text form of a disclosure (what PDF or Word converters produce: lines of
 * headings and paragraphs, table rows as tab-separated cells, blank lines and page-break
 * artefacts), with detection of its encoding.
 */
package org.gongkai.read.text;
