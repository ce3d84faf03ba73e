/**
 * Report writers: terminal text (Chinese, grouped by part of the document, colour on request), JSON
 * (schema in {@code docs/report-schema.md}), a self-contained HTML page with the document's tables
 * and the offending cells marked, and an XLSX sheet with one row per finding.
 */
package org.gongkai.check.report;
