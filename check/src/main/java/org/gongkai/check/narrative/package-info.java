/**
 * Narrative rules (NAR): the claims the parser read from 情况说明 checked against the one table
 * quantity each is bound to (amounts, shares, class names, listed classes, changes against a last-
 * year column) and against each other (change amount and percent, direction words, zero bases, the
 * same item stated twice, breakdowns, reasons, shares that make up a whole). Unbound claims are
 * reported, never passed.
 */
package org.gongkai.check.narrative;
