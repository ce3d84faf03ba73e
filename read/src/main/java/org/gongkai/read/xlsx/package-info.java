/**
 * The workbook reader (XLSX, XLSM, XLS via Apache POI): sheets split into grids and lines of text,
 * numbers as printed, formulas by cached values, merged regions as spans.
 */
package org.gongkai.read.xlsx;
