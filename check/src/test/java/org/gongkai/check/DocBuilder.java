package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.model.AgencyOperatingExpenses;
import org.gongkai.model.Amount;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Disclosure;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.Indicator;
import org.gongkai.model.Metadata;
import org.gongkai.model.Money;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Overview;
import org.gongkai.model.Paragraph;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProjectDescription;
import org.gongkai.model.SourceRef;
import org.gongkai.model.StateAssets;
import org.gongkai.model.Table;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.TocEntry;
import org.gongkai.model.claim.Claim;

/** A mutable holder of a disclosure's parts, for tests that build or damage documents. */
public final class DocBuilder {

  public Metadata metadata;
  public List<TocEntry> contents = new ArrayList<>();
  public Overview overview = Overview.empty();
  public List<Table> tables = new ArrayList<>();
  public List<NarrativeSection> narrative = new ArrayList<>();
  public ThreePublicExpenses threePublic;
  public AgencyOperatingExpenses agencyOperating;
  public Procurement procurement;
  public StateAssets assets;
  public List<ProjectDescription> projects = new ArrayList<>();
  public List<PerformanceTargets> performance = new ArrayList<>();
  public List<GlossaryEntry> glossary = new ArrayList<>();
  public List<Claim> claims = new ArrayList<>();
  public List<Diagnostic> diagnostics = new ArrayList<>();

  public DocBuilder(Metadata metadata) {
    this.metadata = metadata;
  }

  public Disclosure build() {
    return new Disclosure(
        metadata,
        contents,
        overview,
        tables,
        narrative,
        threePublic,
        agencyOperating,
        procurement,
        assets,
        projects,
        performance,
        glossary,
        claims,
        diagnostics);
  }

  /** The table with this number. */
  public Table table(int number) {
    return tables.stream().filter(t -> t.number() == number).findFirst().orElseThrow();
  }

  /** Replaces the table with this number by a changed copy. */
  public DocBuilder table(int number, UnaryOperator<Table> change) {
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i).number() == number) {
        tables.set(i, change.apply(tables.get(i)));
        return this;
      }
    }
    throw new IllegalArgumentException("no table " + number);
  }

  public DocBuilder withoutTable(int number) {
    tables.removeIf(t -> t.number() == number);
    return this;
  }

  /** Replaces the performance sheet of this project by a changed copy. */
  public DocBuilder sheet(String project, UnaryOperator<PerformanceTargets> change) {
    for (int i = 0; i < performance.size(); i++) {
      if (performance.get(i).project().equals(project)) {
        performance.set(i, change.apply(performance.get(i)));
        return this;
      }
    }
    throw new IllegalArgumentException("no sheet " + project);
  }

  // --- small factories

  private static int line = 2000;

  public static SourceRef src() {
    return SourceRef.line(++line);
  }

  public static Amount wan(String amount) {
    return new Amount(Money.wan(amount), amount, src());
  }

  public static Paragraph para(String text) {
    return new Paragraph(text, src());
  }

  public static NarrativeSection section(String label, String title, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) {
      ps.add(para(p));
    }
    return new NarrativeSection(label, title, 1, ps, List.of(), src());
  }

  /** An indicator; target like "&gt;=95%", "=36.20 万元", "有效保障". */
  public static Indicator indicator(
      String level1, String level2, String name, String target, int weight) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^(>=|<=|≥|≤|=|>|<)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(.*)$")
            .matcher(target);
    String op = "";
    BigDecimal value = null;
    String unit = "";
    if (m.matches()) {
      op = m.group(1) == null ? "" : m.group(1).replace("≥", ">=").replace("≤", "<=");
      value = new BigDecimal(m.group(2));
      unit = m.group(3).strip();
    }
    return new Indicator(
        level1,
        level2,
        name,
        target,
        op,
        value,
        unit,
        "计划标准",
        "新增",
        BigDecimal.valueOf(weight),
        "按比例赋分",
        "工作资料",
        src());
  }

  /** A sheet with a header and indicators. */
  public static PerformanceTargets sheet(
      String project,
      String total,
      String fiscal,
      String other,
      String goal,
      List<Indicator> indicators) {
    return new PerformanceTargets(
        2024,
        "测试市人民政府办公室",
        project,
        "张三",
        wan(total),
        wan(fiscal),
        wan(other),
        para(goal),
        indicators,
        src());
  }

  /** A copy of the sheet with other indicators. */
  public static PerformanceTargets withIndicators(PerformanceTargets s, List<Indicator> list) {
    return new PerformanceTargets(
        s.year(),
        s.unit(),
        s.project(),
        s.manager(),
        s.fundsTotal(),
        s.fundsFiscal(),
        s.fundsOther(),
        s.overallGoal(),
        list,
        s.source());
  }

  /** A copy of the sheet with another header. */
  public static PerformanceTargets withFunds(
      PerformanceTargets s, String total, String fiscal, String other, String goal) {
    return new PerformanceTargets(
        s.year(),
        s.unit(),
        s.project(),
        s.manager(),
        total == null ? null : wan(total),
        fiscal == null ? null : wan(fiscal),
        other == null ? null : wan(other),
        goal == null ? s.overallGoal() : para(goal),
        s.indicators(),
        s.source());
  }
}
