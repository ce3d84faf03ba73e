/**
 * Importing official classification lists (政府收支分类科目) into the user's data folder: CSV, or XLSX/XLS
 * laid out as the Ministry of Finance publishes them (code and name columns under a header such as
 * 科目编码/科目名称; 类/款/项 given by code length, by indentation of the name, or by separate 类/款/项 columns).
 * The importer validates what it reads — orphans, conflicting duplicates, malformed codes — and
 * reports every problem instead of dropping rows silently.
 */
package org.gongkai.read.catalogue;
