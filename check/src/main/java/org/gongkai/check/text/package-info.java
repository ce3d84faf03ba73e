/**
 * Text hygiene rules (TXT): what a careful proof-reader catches in the text of a disclosure —
 * placeholders and template residue left in, empty reasons, doubled or unbalanced punctuation,
 * doubled words, 部门 wording in a 单位 document and the reverse, years that are not the document's.
 */
package org.gongkai.check.text;
