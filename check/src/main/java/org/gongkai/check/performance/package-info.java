/**
 * Performance target sheet rules (PRF): header total = fiscal + other and the overall goal agrees
 * with it; weights add up to the configured total; indicators sit under their level-1 kind, with a
 * unit and an operator that fit them; cost indicators add up to the funds; the sheets match the
 * project table and the count the narrative states.
 */
package org.gongkai.check.performance;
