package org.gongkai.write.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Money;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.EnumerationClaim;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.BudgetData.LineItem;
import org.gongkai.write.input.ExpenditureType;
import org.gongkai.write.input.FundSource;
import org.gongkai.write.input.FundsCategory;
import org.gongkai.write.ledger.Comparisons;

/**
 * The 情况说明 of the Xinjiang layout: eleven sections that walk through the tables (totals, income,
 * expenditure, fiscal appropriations, the general public budget by class and 项, basic and project
 * expenditure, the two funds budgets, 三公) and then the other matters.
 */
final class XinjiangNarrative {

  private static final Predicate<LineItem> GP = i -> i.source().isGeneralPublic();

  private final Facts f;
  private final List<Claim> claims;
  private final OtherMatters other;

  XinjiangNarrative(Facts facts, List<Claim> claims) {
    this.f = facts;
    this.claims = claims;
    this.other = new OtherMatters(facts);
  }

  List<NarrativeSection> sections() {
    List<NarrativeSection> out = new ArrayList<>();
    out.add(overall());
    out.add(income());
    out.add(expenditure());
    out.add(fiscal());
    out.add(generalPublic());
    out.add(basic());
    out.add(projects());
    out.add(fundsBudget("八", "xj.s8", i -> i.source().isGovFunds(), "xj.govFunds", 8));
    out.add(fundsBudget("九", "xj.s9", i -> i.source().isStateCapital(), "xj.stateCapital", 9));
    out.add(threePublic());
    out.add(otherMatters());
    return out;
  }

  private Prose section(String label, String key) {
    return new Prose(label, f.msg(key, f.unitName, f.year), 1, "", claims);
  }

  private NarrativeSection overall() {
    Prose p = section("一", "xj.s1");
    Money total = f.sum(i -> true);
    Subject s = Facts.subject(SubjectKind.BUDGET_TOTAL, FundScope.ALL, "收支预算");
    p.text(f.msg("xj.s1.total", f.year, f.unitName));
    f.amount(
        p, s, total, f.quantities.total(TableKind.INCOME_EXPENDITURE_SUMMARY, ColumnRole.TOTAL, 0));
    p.text("。").end().paragraph();
    List<String> incomes = new ArrayList<>();
    for (Comparisons.IncomeLine line : Comparisons.INCOME_LINES) {
      if (f.sum(line.selection()).signum() != 0) {
        incomes.add(f.msg("income." + line.key()));
      }
    }
    enumerate(p, "xj.s1.income", SubjectKind.INCOME_TOTAL, incomes);
    List<String> classes = new ArrayList<>();
    for (String c : classes(i -> true)) {
      classes.add(f.functionName(c));
    }
    enumerate(p, "xj.s1.spending", SubjectKind.EXPENDITURE_TOTAL, classes);
    return p.build();
  }

  private void enumerate(Prose p, String key, SubjectKind kind, List<String> items) {
    Subject s = Facts.subject(kind, FundScope.ALL, "");
    p.text(f.msg(key, String.join("、", items)));
    List<Subject> named =
        items.stream()
            .map(i -> Subject.of(SubjectKind.FUNCTIONAL_CLASS, FundScope.ALL, i))
            .toList();
    p.claim(o -> new EnumerationClaim(o, s, items, named, Quantities.narrativeOnly()));
    p.end().paragraph();
  }

  private TreeSet<String> classes(Predicate<LineItem> scope) {
    TreeSet<String> out = new TreeSet<>();
    for (LineItem i : f.ledger.items()) {
      if (scope.test(i)
          && f.sum(scope.and(x -> x.function().startsWith(i.function().substring(0, 3)))).signum()
              != 0) {
        out.add(i.function().substring(0, 3));
      }
    }
    return out;
  }

  private NarrativeSection income() {
    Prose p = section("二", "xj.s2");
    Money total = f.sum(i -> true);
    Subject whole = Facts.subject(SubjectKind.INCOME_TOTAL, FundScope.ALL, "收入预算");
    Binding wholeCell =
        f.quantities.total(TableKind.INCOME_EXPENDITURE_SUMMARY, ColumnRole.TOTAL, 0);
    p.text(f.msg("xj.s2.total", f.year));
    f.amount(p, whole, total, wholeCell);
    p.text(f.msg("xj.s2.of")).end().paragraph();
    List<Comparisons.IncomeLine> lines = Comparisons.INCOME_LINES;
    List<BigDecimal> printed = new ArrayList<>();
    for (Comparisons.IncomeLine l : lines) {
      printed.add(Wording.value(f.sum(l.selection()), f.unit));
    }
    List<BigDecimal> shares = Wording.shares(printed);
    for (int k = 0; k < lines.size(); k++) {
      Comparisons.IncomeLine l = lines.get(k);
      String label = f.msg("income." + l.key());
      SubjectKind kind = IncomeSubjects.kind(l.key());
      Subject s = Facts.subject(kind, FundScope.ALL, label);
      Binding cell = IncomeSubjects.binding(f.quantities, l.key());
      var c = f.change(l.key());
      if (c.current().signum() == 0 && c.lastYear().signum() == 0) {
        p.text(f.msg("xj.notArranged", label));
        p.claim(
            o ->
                new AmountClaim(
                    o,
                    s,
                    new Money(BigDecimal.ZERO.setScale(2), f.unit),
                    Measure.THIS_YEAR,
                    true,
                    cell));
        p.end().paragraph();
        continue;
      }
      p.text(label);
      f.amount(p, s, c.current(), cell);
      f.share(p, s, shares.get(k), c.current(), whole, total, cell, wholeCell);
      p.text("，");
      f.change(p, s, l.key(), cell);
      p.text("。").end();
      f.reason(p, s, l.key(), cell);
      p.end().paragraph();
    }
    return p.build();
  }

  private NarrativeSection expenditure() {
    Prose p = section("三", "xj.s3");
    Money total = f.sum(i -> true);
    Subject whole = Facts.subject(SubjectKind.EXPENDITURE_TOTAL, FundScope.ALL, "支出预算");
    Binding wholeCell = f.quantities.total(TableKind.EXPENDITURE_SUMMARY, ColumnRole.TOTAL, 0);
    p.text(f.msg("xj.s3.total", f.year));
    f.amount(p, whole, total, wholeCell);
    p.text(f.msg("xj.s2.of")).end().paragraph();
    Money basic = f.sum(i -> i.type() == ExpenditureType.BASIC);
    Money project = f.sum(i -> i.type() == ExpenditureType.PROJECT);
    List<BigDecimal> shares =
        Wording.shares(List.of(Wording.value(basic, f.unit), Wording.value(project, f.unit)));
    structure(
        p,
        SubjectKind.BASIC,
        "基本支出",
        "expenditure.basic",
        ColumnRole.BASIC,
        TableKind.EXPENDITURE_SUMMARY,
        FundScope.ALL,
        shares.get(0),
        whole,
        total,
        wholeCell);
    structure(
        p,
        SubjectKind.PROJECT_EXPENDITURE,
        "项目支出",
        "expenditure.project",
        ColumnRole.PROJECT,
        TableKind.EXPENDITURE_SUMMARY,
        FundScope.ALL,
        shares.get(1),
        whole,
        total,
        wholeCell);
    return p.build();
  }

  private void structure(
      Prose p,
      SubjectKind kind,
      String label,
      String key,
      ColumnRole role,
      TableKind table,
      FundScope scope,
      BigDecimal share,
      Subject whole,
      Money total,
      Binding wholeCell) {
    Subject s = Facts.subject(kind, scope, label);
    Binding cell = f.quantities.total(table, role, 0);
    var c = f.change(key);
    p.text(label);
    f.amount(p, s, c.current(), cell);
    if (share != null) {
      f.share(p, s, share, c.current(), whole, total, cell, wholeCell);
    }
    p.text("，");
    f.change(p, s, key, cell);
    p.text("。").end();
    f.reason(p, s, key, cell);
    p.end().paragraph();
  }

  private NarrativeSection fiscal() {
    Prose p = section("四", "xj.s4");
    Predicate<LineItem> fiscal = i -> i.source().group() == FundSource.Group.FISCAL;
    Subject s = Facts.subject(SubjectKind.BUDGET_TOTAL, FundScope.FISCAL, "财政拨款收支预算");
    p.text(f.msg("xj.s4.total", f.year));
    f.amount(
        p, s, f.sum(fiscal), f.quantities.total(TableKind.FISCAL_SUMMARY, ColumnRole.TOTAL, 0));
    p.text("。").end().paragraph();
    p.text(f.msg("xj.s4.income"));
    fund(
        p,
        SubjectKind.FUND_GENERAL_PUBLIC,
        "一般公共预算拨款",
        i -> i.source().isGeneralPublic(),
        ColumnRole.GENERAL_PUBLIC);
    p.text("，");
    fund(
        p,
        SubjectKind.FUND_GOV_FUNDS,
        "政府性基金预算拨款",
        i -> i.source().isGovFunds(),
        ColumnRole.GOV_FUNDS);
    p.text("，");
    fund(
        p,
        SubjectKind.FUND_STATE_CAPITAL,
        "国有资本经营预算拨款",
        i -> i.source().isStateCapital(),
        ColumnRole.STATE_CAPITAL);
    p.text("。").end().paragraph();
    p.text(f.msg("xj.s4.spending")).end().paragraph();
    for (String c : classes(fiscal)) {
      Subject cs = f.functional(c, FundScope.FISCAL);
      Binding b = f.quantities.code(TableKind.FISCAL_SUMMARY, c, ColumnRole.TOTAL, 1);
      p.text(f.msg("xj.classLabel", cs.name()));
      f.amount(p, cs, f.sum(fiscal.and(i -> i.function().startsWith(c))), b);
      f.purpose(p, c);
      p.end().paragraph();
    }
    return p.build();
  }

  private void fund(
      Prose p, SubjectKind kind, String label, Predicate<LineItem> sel, ColumnRole col) {
    Subject s = Facts.subject(kind, FundScope.FISCAL, label);
    Money m = f.sum(sel);
    Binding b = f.quantities.total(TableKind.FISCAL_SUMMARY, col, 1);
    if (m.signum() == 0) {
      p.text(f.msg("xj.fundNone", label));
      p.claim(
          o ->
              new AmountClaim(
                  o,
                  s,
                  new Money(BigDecimal.ZERO.setScale(2), f.unit),
                  Measure.THIS_YEAR,
                  true,
                  b));
      return;
    }
    p.text(label);
    f.amount(p, s, m, b);
  }

  private NarrativeSection generalPublic() {
    Prose p = section("五", "xj.s5");
    Prose scale = p.sub("（一）", f.msg("xj.s5.1"));
    Subject total =
        Facts.subject(SubjectKind.EXPENDITURE_TOTAL, FundScope.GENERAL_PUBLIC, "一般公共预算拨款");
    Binding totalCell =
        f.quantities.total(TableKind.GENERAL_PUBLIC_EXPENDITURE, ColumnRole.TOTAL, 0);
    Money gp = f.sum(GP);
    scale.text(f.msg("xj.s5.total", f.year, f.unitName));
    f.amount(scale, total, gp, totalCell);
    scale.text("，");
    f.change(scale, total, f.ledger.change(GP), totalCell);
    scale.text("。").end().paragraph();
    structure(
        scale,
        SubjectKind.BASIC,
        "基本支出",
        "generalPublic.basic",
        ColumnRole.BASIC,
        TableKind.GENERAL_PUBLIC_EXPENDITURE,
        FundScope.GENERAL_PUBLIC,
        null,
        null,
        null,
        null);
    structure(
        scale,
        SubjectKind.PROJECT_EXPENDITURE,
        "项目支出",
        "generalPublic.project",
        ColumnRole.PROJECT,
        TableKind.GENERAL_PUBLIC_EXPENDITURE,
        FundScope.GENERAL_PUBLIC,
        null,
        null,
        null,
        null);
    p.add(scale);
    Prose structure = p.sub("（二）", f.msg("xj.s5.2"));
    List<String> classes = new ArrayList<>(classes(GP));
    List<BigDecimal> printed = new ArrayList<>();
    classes.forEach(
        c -> printed.add(Wording.value(f.sum(GP.and(i -> i.function().startsWith(c))), f.unit)));
    List<BigDecimal> shares = Wording.shares(printed);
    for (int k = 0; k < classes.size(); k++) {
      String c = classes.get(k);
      Subject cs = f.functional(c, FundScope.GENERAL_PUBLIC);
      Binding b = f.quantities.code(TableKind.GENERAL_PUBLIC_EXPENDITURE, c, ColumnRole.TOTAL, 0);
      Money m = f.sum(GP.and(i -> i.function().startsWith(c)));
      structure.text(f.msg("xj.numbered", k + 1, cs.name() + "（类）"));
      f.amount(structure, cs, m, b);
      f.share(structure, cs, shares.get(k), m, total, gp, b, totalCell);
      structure.text("。").end().paragraph();
    }
    p.add(structure);
    Prose use = p.sub("（三）", f.msg("xj.s5.3"));
    int n = 0;
    for (String code : Comparisons.functionItems(f.ledger, GP)) {
      n++;
      Subject s = f.functional(code, FundScope.GENERAL_PUBLIC);
      Binding b =
          f.quantities.code(TableKind.GENERAL_PUBLIC_EXPENDITURE, code, ColumnRole.TOTAL, 0);
      String key = "function." + code;
      use.text(f.msg("xj.item", n, s.path().get(0), s.path().get(1), s.name(), f.year));
      f.amount(use, s, f.change(key).current(), b);
      use.text("，");
      f.change(use, s, key, b);
      use.text("。").end();
      f.reason(use, s, key, b);
      use.end().paragraph();
    }
    p.add(use);
    return p.build();
  }

  private NarrativeSection basic() {
    Prose p = section("六", "xj.s6");
    Predicate<LineItem> basic = GP.and(i -> i.type() == ExpenditureType.BASIC);
    Subject s = Facts.subject(SubjectKind.BASIC, FundScope.GENERAL_PUBLIC, "一般公共预算基本支出");
    p.text(f.msg("xj.s6.total", f.year));
    f.amount(
        p,
        s,
        f.sum(basic),
        f.quantities.total(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE, ColumnRole.TOTAL, 0));
    p.text(f.msg("xj.s2.of")).end().paragraph();
    category(
        p, basic, FundsCategory.PERSONNEL, SubjectKind.PERSONNEL, "人员经费", ColumnRole.PERSONNEL);
    category(
        p, basic, FundsCategory.OPERATING, SubjectKind.OPERATING, "公用经费", ColumnRole.OPERATING);
    return p.build();
  }

  private void category(
      Prose p,
      Predicate<LineItem> basic,
      FundsCategory cat,
      SubjectKind kind,
      String label,
      ColumnRole role) {
    Predicate<LineItem> sel = basic.and(i -> i.effectiveCategory() == cat);
    Subject s = Facts.subject(kind, FundScope.GENERAL_PUBLIC, label);
    Money m = f.sum(sel);
    p.text(label);
    f.amount(p, s, m, f.quantities.total(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE, role, 0));
    TreeSet<String> codes = new TreeSet<>();
    f.ledger.items().stream()
        .filter(sel)
        .filter(i -> i.amount().signum() != 0)
        .forEach(i -> codes.add(i.economic()));
    if (codes.isEmpty()) {
      p.text("。").end().paragraph();
      return;
    }
    List<String> items = codes.stream().map(f::economicName).toList();
    p.text(f.msg("xj.s6.uses", String.join("、", items)));
    List<Subject> named =
        items.stream().map(i -> Subject.of(SubjectKind.ECONOMIC_CLASS, FundScope.ALL, i)).toList();
    p.claim(o -> new EnumerationClaim(o, s, items, named, Quantities.narrativeOnly()));
    p.end().paragraph();
  }

  private NarrativeSection projects() {
    Prose p = section("七", "xj.s7");
    Predicate<LineItem> sel = GP.and(i -> i.type() == ExpenditureType.PROJECT);
    List<String> names = new ArrayList<>();
    f.ledger.items().stream()
        .filter(sel)
        .filter(i -> i.amount().signum() != 0)
        .forEach(
            i -> {
              if (!names.contains(i.project())) {
                names.add(i.project());
              }
            });
    if (names.isEmpty()) {
      p.plain(f.msg("xj.s7.none", f.self, f.year));
      return p.build();
    }
    int n = 0;
    for (String name : names) {
      n++;
      BudgetData.Project pr =
          f.data.projects().stream()
              .filter(x -> x.name().equals(name))
              .findFirst()
              .orElse(new BudgetData.Project(name, null, null, null, null, null, null, null, null));
      Subject s = Facts.subject(SubjectKind.PROJECT, FundScope.GENERAL_PUBLIC, name);
      p.plain(f.msg("xj.s7.name", n, name));
      if (!pr.basis().isBlank()) {
        p.plain(f.msg("xj.s7.basis", pr.basis().strip()));
      }
      p.text(f.msg("xj.s7.amount"));
      f.amount(p, s, f.sum(sel.and(i -> i.project().equals(name))), Quantities.narrativeOnly());
      p.end().paragraph();
      p.plain(f.msg("xj.s7.owner", pr.owner().isBlank() ? f.unitName : pr.owner().strip()));
      if (!pr.allocation().isBlank()) {
        p.plain(f.msg("xj.s7.allocation", pr.allocation().strip()));
      }
      if (!pr.period().isBlank()) {
        p.plain(f.msg("xj.s7.period", pr.period().strip()));
      }
    }
    return p.build();
  }

  private NarrativeSection fundsBudget(
      String label, String key, Predicate<LineItem> sel, String fundKey, int table) {
    Prose p = section(label, key);
    if (f.sum(sel).signum() == 0) {
      p.plain(f.msg("xj.fundsEmpty", f.self, f.year, f.msg(fundKey), table));
      return p.build();
    }
    p.text(f.msg("xj.fundsTotal", f.year, f.msg(fundKey)));
    Subject s =
        Facts.subject(
            fundKey.endsWith("govFunds")
                ? SubjectKind.FUND_GOV_FUNDS
                : SubjectKind.FUND_STATE_CAPITAL,
            FundScope.FISCAL,
            f.msg(fundKey));
    TableKind kind =
        fundKey.endsWith("govFunds")
            ? TableKind.GOV_FUNDS_EXPENDITURE
            : TableKind.STATE_CAPITAL_EXPENDITURE;
    f.amount(p, s, f.sum(sel), f.quantities.total(kind, ColumnRole.TOTAL, 0));
    p.text("。").end().paragraph();
    for (String c : classes(sel)) {
      Subject cs = f.functional(c, FundScope.FISCAL);
      p.text(f.msg("xj.classLabel", cs.name()));
      f.amount(
          p,
          cs,
          f.sum(sel.and(i -> i.function().startsWith(c))),
          f.quantities.code(kind, c, ColumnRole.TOTAL, 0));
      p.text("。").end().paragraph();
    }
    return p.build();
  }

  private NarrativeSection threePublic() {
    Prose p = section("十", "xj.s10");
    other.threePublic(p);
    return p.build();
  }

  private NarrativeSection otherMatters() {
    Prose p = new Prose("十一", f.msg("xj.s11"), 1, "", claims);
    Prose ao = p.sub("（一）", f.msg("other.agencyOperating"));
    other.agencyOperating(ao);
    p.add(ao);
    Prose proc = p.sub("（二）", f.msg("other.procurement"));
    other.procurement(proc);
    p.add(proc);
    Prose assets = p.sub("（三）", f.msg("other.assets"));
    other.assets(assets);
    p.add(assets);
    Prose perf = p.sub("（四）", f.msg("other.performance"));
    other.performance(perf);
    p.add(perf);
    return p.build();
  }
}
