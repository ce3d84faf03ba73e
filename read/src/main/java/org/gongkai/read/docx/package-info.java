/**
 * The DOCX reader: Word paragraphs, heading styles and tables with merged cells, via Apache POI.
 */
package org.gongkai.read.docx;
