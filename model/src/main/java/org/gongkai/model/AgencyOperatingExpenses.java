package org.gongkai.model;

/**
 * 机关运行经费 as stated.
 *
 * @param amount this year's amount
 * @param lastYear last year's amount if stated outright, else null (a stated change is a claim)
 */
public record AgencyOperatingExpenses(Amount amount, Amount lastYear, SourceRef source) {}
