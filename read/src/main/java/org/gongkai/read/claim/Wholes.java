package org.gongkai.read.claim;

import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;

/**
 * What a share is of when the text does not say and no 其中 gives the total: a fund source is a share
 * of income, a class or 基本支出 of expenditure in its own scope, 人员经费 of 基本支出, a 三公 item of the 三公
 * total.
 */
final class Wholes {

  private Wholes() {}

  static Subject of(Subject part) {
    FundScope sc = part.scope();
    return switch (part.kind().group()) {
      case FUNDS -> Subject.of(SubjectKind.INCOME_TOTAL, FundScope.ALL, "收入合计");
      case STRUCTURE ->
          part.kind() == SubjectKind.PERSONNEL || part.kind() == SubjectKind.OPERATING
              ? Subject.of(SubjectKind.BASIC, sc, "基本支出")
              : Subject.of(SubjectKind.EXPENDITURE_TOTAL, sc, "支出合计");
      case CLASSES ->
          part.kind() == SubjectKind.ECONOMIC_CLASS
              ? Subject.of(SubjectKind.BASIC, sc, "基本支出")
              : Subject.of(SubjectKind.EXPENDITURE_TOTAL, sc, "支出合计");
      case THREE_PUBLIC -> Subject.of(SubjectKind.THREE_PUBLIC_TOTAL, FundScope.ALL, "三公经费");
      case PROCUREMENT -> Subject.of(SubjectKind.PROCUREMENT_TOTAL, FundScope.ALL, "政府采购");
      case TOTALS ->
          sc == FundScope.ALL
              ? null
              : Subject.of(
                  part.kind(),
                  FundScope.ALL,
                  part.kind() == SubjectKind.INCOME_TOTAL ? "收入合计" : "支出合计");
      default -> null;
    };
  }
}
