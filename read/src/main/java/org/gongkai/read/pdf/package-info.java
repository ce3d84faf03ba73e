/**
 * The PDF reader: one pass per page over the content stream collects glyphs and ruling lines
 * (Apache PDFBox), tables are rebuilt from the rules or from text alignment, glyph runs are placed
 * into cells by their centres, and the rest of the page becomes headings and paragraphs.
 */
package org.gongkai.read.pdf;
