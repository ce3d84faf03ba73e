/**
 * The ledger: the budget as line items with exact sums, and the tables of a layout derived from it
 * (columns from the layout profile, fixed rows from the writer's form, rows rolled up 项 → 款 → 类 →
 * 合计 with names from the classification).
 */
package org.gongkai.write.ledger;
