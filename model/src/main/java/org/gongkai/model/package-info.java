/**
 * The published disclosure as an immutable model: its tables (every cell a number, blank, text or
 * unreadable, with the table's money unit), narrative, overview, 三公经费, 机关运行经费, procurement, state
 * assets, projects and their performance targets, glossary and table of contents. The model holds
 * the document as published, mistakes included; every value read keeps its {@link
 * org.gongkai.model.SourceRef}.
 */
package org.gongkai.model;
