package org.gongkai.write.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Money;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;
import org.gongkai.write.input.BudgetData.LineItem;
import org.gongkai.write.input.FundSource;
import org.gongkai.write.ledger.Comparisons;

/**
 * The narrative of Shanghai's nine-table layout: the 编制说明 before the tables (income and expenditure
 * by source, fiscal appropriations against last year, what each 项 is spent on) and the 其他相关情况说明
 * after them.
 */
final class ShanghaiNarrative {

  private static final Predicate<LineItem> FISCAL =
      i -> i.source().group() == FundSource.Group.FISCAL;

  private final Facts f;
  private final List<Claim> claims;
  private final OtherMatters other;

  ShanghaiNarrative(Facts facts, List<Claim> claims) {
    this.f = facts;
    this.claims = claims;
    this.other = new OtherMatters(facts);
  }

  List<NarrativeSection> sections() {
    return List.of(explanation(), otherMatters());
  }

  private NarrativeSection explanation() {
    String scope = f.data.unit().scope().label();
    Prose p = new Prose("四", f.msg("sh.explanation", f.year, scope), 1, "", claims);
    Money total = f.sum(i -> true);
    p.text(f.msg("sh.income", f.year, f.unitName));
    f.amount(
        p,
        Facts.subject(SubjectKind.INCOME_TOTAL, FundScope.ALL, "收入预算"),
        total,
        f.quantities.total(TableKind.INCOME_EXPENDITURE_SUMMARY, ColumnRole.TOTAL, 0));
    p.text(f.msg("sh.ofWhich") + f.msg("sh.fiscalIncome"));
    Subject fiscal = Facts.subject(SubjectKind.FUND_FISCAL, FundScope.FISCAL, "财政拨款收入");
    Binding fiscalCell =
        f.quantities.total(TableKind.INCOME_SUMMARY, ColumnRole.FISCAL_SUBTOTAL, 0);
    f.amount(p, fiscal, f.sum(FISCAL), fiscalCell);
    p.text("，");
    f.change(p, fiscal, "fiscal.total", fiscalCell);
    income(
        p,
        SubjectKind.FUND_OPERATING_REVENUE,
        "事业收入",
        i -> i.source() == FundSource.OPERATING_REVENUE,
        ColumnRole.OPERATING_REVENUE);
    income(
        p,
        SubjectKind.FUND_BUSINESS_REVENUE,
        "事业单位经营收入",
        i -> i.source() == FundSource.BUSINESS_REVENUE,
        ColumnRole.BUSINESS_REVENUE);
    income(
        p,
        SubjectKind.FUND_OTHER_INCOME,
        "其他收入",
        i ->
            i.source() == FundSource.OTHER_INCOME
                || i.source() == FundSource.SUPERIOR_SUBSIDY
                || i.source() == FundSource.AFFILIATE_REMITTANCE,
        ColumnRole.OTHER_INCOME);
    p.text("。").end().paragraph();
    spending(p, total, fiscal);
    f.reason(p, fiscal, "fiscal.total", fiscalCell);
    p.end().paragraph();
    p.text(f.msg("sh.uses")).end().paragraph();
    int n = 0;
    for (String code : Comparisons.functionItems(f.ledger, FISCAL)) {
      Money m = f.sum(FISCAL.and(i -> i.function().equals(code)));
      if (m.signum() == 0) {
        continue;
      }
      n++;
      Subject s = f.functional(code, FundScope.FISCAL);
      p.text(f.msg("sh.item", n, s.path().get(0), s.path().get(1), s.name()));
      f.amount(
          p, s, m, f.quantities.code(TableKind.EXPENDITURE_SUMMARY, code, ColumnRole.TOTAL, 0));
      f.purpose(p, code);
      p.end().paragraph();
    }
    return p.build();
  }

  private void income(
      Prose p, SubjectKind kind, String label, Predicate<LineItem> sel, ColumnRole role) {
    Subject s = Facts.subject(kind, FundScope.NON_FISCAL, label);
    Money m = f.sum(sel);
    Binding b = f.quantities.total(TableKind.INCOME_SUMMARY, role, 0);
    p.text("；" + label);
    if (m.signum() == 0) {
      p.text(f.msg("sh.zero", f.unit.label()));
      p.claim(
          o ->
              new AmountClaim(
                  o,
                  s,
                  new Money(BigDecimal.ZERO.setScale(2), f.unit),
                  Measure.THIS_YEAR,
                  false,
                  b));
      return;
    }
    f.amount(p, s, m, b);
  }

  private void spending(Prose p, Money total, Subject fiscal) {
    p.text(f.msg("sh.spending"));
    f.amount(
        p,
        Facts.subject(SubjectKind.EXPENDITURE_TOTAL, FundScope.ALL, "支出预算"),
        total,
        f.quantities.total(TableKind.INCOME_EXPENDITURE_SUMMARY, ColumnRole.TOTAL, 1));
    p.text(f.msg("sh.ofWhich") + f.msg("sh.fiscalSpending"));
    Subject fs = Facts.subject(SubjectKind.EXPENDITURE_TOTAL, FundScope.FISCAL, "财政拨款支出预算");
    Binding fsCell = f.quantities.total(TableKind.FISCAL_SUMMARY, ColumnRole.TOTAL, 1);
    f.amount(p, fs, f.sum(FISCAL), fsCell);
    p.text("，");
    f.change(p, fs, "fiscal.total", fsCell);
    p.text("。").end();
    p.text(f.msg("sh.fiscalParts"));
    part(
        p,
        SubjectKind.FUND_GENERAL_PUBLIC,
        "一般公共预算拨款支出",
        "fiscal.generalPublic",
        ColumnRole.GENERAL_PUBLIC,
        FundScope.GENERAL_PUBLIC);
    p.text("；");
    part(
        p,
        SubjectKind.FUND_GOV_FUNDS,
        "政府性基金拨款支出",
        "fiscal.govFunds",
        ColumnRole.GOV_FUNDS,
        FundScope.GOV_FUNDS);
    p.text("；");
    part(
        p,
        SubjectKind.FUND_STATE_CAPITAL,
        "国有资本经营预算拨款支出",
        "fiscal.stateCapital",
        ColumnRole.STATE_CAPITAL,
        FundScope.STATE_CAPITAL);
    p.text("。").end();
  }

  private void part(
      Prose p, SubjectKind kind, String label, String key, ColumnRole role, FundScope scope) {
    Subject s = Facts.subject(kind, scope, label);
    Binding b = f.quantities.total(TableKind.FISCAL_SUMMARY, role, 1);
    p.text(label);
    f.amount(p, s, f.change(key).current(), b);
    p.text("，");
    f.change(p, s, key, b);
  }

  private NarrativeSection otherMatters() {
    Prose p = new Prose("六", f.msg("sh.other"), 1, "", claims);
    Prose tp = p.sub("一", f.msg("sh.other.threePublic", f.year));
    other.threePublic(tp);
    p.add(tp);
    Prose ao = p.sub("二", f.msg("other.agencyOperating"));
    other.agencyOperating(ao);
    p.add(ao);
    Prose proc = p.sub("三", f.msg("other.procurement"));
    other.procurement(proc);
    p.add(proc);
    Prose perf = p.sub("四", f.msg("other.performance"));
    other.performance(perf);
    p.add(perf);
    Prose assets = p.sub("五", f.msg("other.assets"));
    other.assets(assets);
    p.add(assets);
    return p.build();
  }
}
