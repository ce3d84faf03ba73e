/**
 * Rules across tables (XTB): the same quantity printed in two tables (by classification code, by
 * total row, by fund source), and tables against the figures the narrative states (三公经费, 机关运行经费,
 * the project list). Tables are found by kind and columns by role.
 */
package org.gongkai.check.cross;
