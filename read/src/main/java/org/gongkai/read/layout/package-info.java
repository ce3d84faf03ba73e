/**
 * The neutral layout every reader produces: blocks in reading order (headings, paragraphs, grids of
 * cells with spans), each with where it came from. Readers know formats and nothing of budgets; the
 * recogniser turns a layout into a disclosure.
 */
package org.gongkai.read.layout;
