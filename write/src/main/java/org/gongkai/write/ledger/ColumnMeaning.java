package org.gongkai.write.ledger;

import java.util.Set;
import java.util.function.Predicate;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.write.input.BudgetData.LineItem;
import org.gongkai.write.input.ExpenditureType;
import org.gongkai.write.input.FundSource;
import org.gongkai.write.input.FundsCategory;

/**
 * Which line items a value column sums, by its role. A role that has a narrower neighbour in the
 * same table leaves that neighbour's lines to it: 一般公共预算 includes its 上级转移支付 unless the table has a
 * column for the transfers, 单位资金 leaves 事业收入 to its own column when there is one.
 */
final class ColumnMeaning {

  private ColumnMeaning() {}

  static Predicate<LineItem> selection(Column column, Set<ColumnRole> present) {
    ColumnRole role = column.role();
    return switch (role) {
      case TOTAL, OTHER, LAST_YEAR, BUDGET, ACTUAL -> i -> true;
      case BASIC -> i -> i.type() == ExpenditureType.BASIC;
      case PROJECT -> i -> i.type() == ExpenditureType.PROJECT;
      case PERSONNEL -> basic(FundsCategory.PERSONNEL);
      case OPERATING -> basic(FundsCategory.OPERATING);
      case FISCAL_SUBTOTAL -> i -> i.source().group() == FundSource.Group.FISCAL;
      case GENERAL_PUBLIC ->
          own(
              FundSource.GENERAL_PUBLIC,
              FundSource.GENERAL_PUBLIC_TRANSFER,
              present.contains(ColumnRole.GENERAL_PUBLIC_TRANSFER));
      case GOV_FUNDS ->
          own(
              FundSource.GOV_FUNDS,
              FundSource.GOV_FUNDS_TRANSFER,
              present.contains(ColumnRole.GOV_FUNDS_TRANSFER));
      case STATE_CAPITAL ->
          own(
              FundSource.STATE_CAPITAL,
              FundSource.STATE_CAPITAL_TRANSFER,
              present.contains(ColumnRole.STATE_CAPITAL_TRANSFER));
      case GENERAL_PUBLIC_TRANSFER -> source(FundSource.GENERAL_PUBLIC_TRANSFER);
      case GOV_FUNDS_TRANSFER -> source(FundSource.GOV_FUNDS_TRANSFER);
      case STATE_CAPITAL_TRANSFER -> source(FundSource.STATE_CAPITAL_TRANSFER);
      case SPECIAL_ACCOUNT -> source(FundSource.SPECIAL_ACCOUNT);
      case OPERATING_REVENUE -> source(FundSource.OPERATING_REVENUE);
      case BUSINESS_REVENUE -> source(FundSource.BUSINESS_REVENUE);
      case UNIT_FUNDS -> unitFunds(present);
      case OTHER_INCOME -> otherIncome(present);
      case FISCAL_CARRYOVER -> i -> i.source().group() == FundSource.Group.FISCAL_CARRYOVER;
      case NON_FISCAL_CARRYOVER -> i -> i.source().group() == FundSource.Group.NON_FISCAL_CARRYOVER;
      case ECONOMIC_CLASS -> i -> i.economic().startsWith(column.qualifier());
      default -> i -> false;
    };
  }

  private static Predicate<LineItem> basic(FundsCategory category) {
    return i -> i.type() == ExpenditureType.BASIC && i.effectiveCategory() == category;
  }

  private static Predicate<LineItem> source(FundSource s) {
    return i -> i.source() == s;
  }

  private static Predicate<LineItem> own(FundSource own, FundSource transfer, boolean split) {
    return i -> i.source() == own || (!split && i.source() == transfer);
  }

  private static Predicate<LineItem> unitFunds(Set<ColumnRole> present) {
    return i -> {
      FundSource s = i.source();
      if (!s.isUnitFunds()) {
        return false;
      }
      return !(s == FundSource.OPERATING_REVENUE && present.contains(ColumnRole.OPERATING_REVENUE))
          && !(s == FundSource.BUSINESS_REVENUE && present.contains(ColumnRole.BUSINESS_REVENUE))
          && !(s == FundSource.OTHER_INCOME && present.contains(ColumnRole.OTHER_INCOME));
    };
  }

  /** 其他收入, and — when the table has no 单位资金 column — the unit funds no column of its own takes. */
  private static Predicate<LineItem> otherIncome(Set<ColumnRole> present) {
    return i -> {
      FundSource s = i.source();
      if (s == FundSource.OTHER_INCOME) {
        return true;
      }
      return !present.contains(ColumnRole.UNIT_FUNDS)
          && (s == FundSource.SUPERIOR_SUBSIDY || s == FundSource.AFFILIATE_REMITTANCE);
    };
  }
}
