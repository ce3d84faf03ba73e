/**
 * What the DOCX and workbook readers share around Apache POI: a zip-bomb check on the package
 * directory before anything is inflated, and POI's failures translated into diagnostics.
 */
package org.gongkai.read.office;
