/**
 * Output formats of a written disclosure: HTML (A4 print CSS), PDF from the same HTML with an
 * embedded Chinese font, XLSX (one sheet per table), DOCX, the text form the reader reads, and JSON
 * (the model). All render one {@link org.gongkai.write.format.Document}.
 */
package org.gongkai.write.format;
