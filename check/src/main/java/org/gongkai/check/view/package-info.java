/**
 * Readings of a disclosure that several rule families share: the lines of a two-sided table's
 * uncoded side by fund source, a project table's project rows, names compared as a reviewer
 * compares them. Views read the model; they never change it.
 */
package org.gongkai.check.view;
