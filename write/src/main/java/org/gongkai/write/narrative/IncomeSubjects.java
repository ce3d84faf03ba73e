package org.gongkai.write.narrative;

import org.gongkai.model.ColumnRole;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.SubjectKind;

/** The claim subject of each income line of the narrative, and the cell of 表2 that holds it. */
final class IncomeSubjects {

  private IncomeSubjects() {}

  static SubjectKind kind(String key) {
    return switch (key) {
      case "income.generalPublic" -> SubjectKind.FUND_GENERAL_PUBLIC;
      case "income.generalPublicTransfer" -> SubjectKind.FUND_GENERAL_PUBLIC_TRANSFER;
      case "income.govFunds" -> SubjectKind.FUND_GOV_FUNDS;
      case "income.govFundsTransfer" -> SubjectKind.FUND_GOV_FUNDS_TRANSFER;
      case "income.stateCapital" -> SubjectKind.FUND_STATE_CAPITAL;
      case "income.stateCapitalTransfer" -> SubjectKind.FUND_STATE_CAPITAL_TRANSFER;
      case "income.specialAccount" -> SubjectKind.FUND_SPECIAL_ACCOUNT;
      case "income.unitFunds" -> SubjectKind.FUND_UNIT;
      case "income.fiscalCarryover" -> SubjectKind.CARRYOVER_FISCAL;
      case "income.nonFiscalCarryover" -> SubjectKind.CARRYOVER_NON_FISCAL;
      default -> SubjectKind.OTHER;
    };
  }

  static Binding binding(Quantities q, String key) {
    ColumnRole role =
        switch (key) {
          case "income.generalPublic" -> ColumnRole.GENERAL_PUBLIC;
          case "income.generalPublicTransfer" -> ColumnRole.GENERAL_PUBLIC_TRANSFER;
          case "income.govFunds" -> ColumnRole.GOV_FUNDS;
          case "income.govFundsTransfer" -> ColumnRole.GOV_FUNDS_TRANSFER;
          case "income.stateCapital" -> ColumnRole.STATE_CAPITAL;
          case "income.stateCapitalTransfer" -> ColumnRole.STATE_CAPITAL_TRANSFER;
          case "income.specialAccount" -> ColumnRole.SPECIAL_ACCOUNT;
          case "income.unitFunds" -> ColumnRole.UNIT_FUNDS;
          case "income.fiscalCarryover" -> ColumnRole.FISCAL_CARRYOVER;
          case "income.nonFiscalCarryover" -> ColumnRole.NON_FISCAL_CARRYOVER;
          default -> ColumnRole.OTHER;
        };
    return q.total(TableKind.INCOME_SUMMARY, role, 0);
  }
}
