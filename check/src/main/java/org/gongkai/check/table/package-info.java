/**
 * Rules inside one table (TBL): a row's total against its value columns, 类 = Σ款 and 款 = Σ项, 合计
 * rows, the two sides of a two-sided table, the 三公 items. Tables are addressed by column roles,
 * never by number, so each rule serves every layout that has the roles.
 */
package org.gongkai.check.table;
