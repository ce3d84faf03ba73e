/**
 * Sanity rules (SAN): the stated counts and amounts are plausible in themselves: 实有人数 is the sum of
 * its parts, 政府采购 of its kinds, vehicles by kind add up, reservations stay within their totals,
 * values are not negative.
 */
package org.gongkai.check.sanity;
