/**
 * The HTML reader (jsoup): headings, paragraphs and data tables with row and column spans, in the
 * page's own encoding.
 */
package org.gongkai.read.html;
