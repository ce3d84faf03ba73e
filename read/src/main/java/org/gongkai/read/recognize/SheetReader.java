package org.gongkai.read.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.Indicator;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Paragraph;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;

/**
 * Reads 项目支出绩效目标表 grids: the header block (预算单位, 项目名称 and 项目负责人, 项目资金, 项目总体目标), then the indicator
 * rows under their column header (a leading extra column is ignored). It mends what the text form
 * does to these sheets: level labels carried down merged cells, a level label printed centred on a
 * line of its own (the rows above it that it spans take it), rows whose cells wrapped onto further
 * lines, a row printed one column to the right, headers repeated after a page break, and several
 * sheets in one grid.
 */
final class SheetReader {

  private static final String[] LEVEL1 = {"产出指标", "成本指标", "效益指标", "满意度指标"};

  private enum Field {
    LEVEL1,
    LEVEL2,
    NAME,
    TARGET,
    BASIS,
    LAST_YEAR,
    WEIGHT,
    RULE,
    EVIDENCE
  }

  private final Diagnostics diags;
  private final List<PerformanceTargets> out = new ArrayList<>();

  // the sheet being read
  private int year;
  private String unit = "";
  private String project = "";
  private String manager = "";
  private Amount total;
  private Amount fiscal;
  private Amount other;
  private Paragraph goal;
  private SourceRef sheetSource = SourceRef.NONE;
  private SourceRef titleSource;
  private int[] fieldAt;
  private List<String> headerKey;
  private final List<Draft> drafts = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private Draft pendingFragment;

  /** An indicator row being read; texts by field. */
  private static final class Draft {
    final String[] f = new String[Field.values().length];
    final SourceRef source;
    boolean explicitLevel1;

    Draft(SourceRef source) {
      this.source = source;
      java.util.Arrays.fill(f, "");
    }
  }

  /** A level label printed on a line of its own, before indicator {@code at}. */
  private record Marker(int at, String level1, String level2) {}

  SheetReader(Diagnostics diags) {
    this.diags = diags;
  }

  /** A grid whose first rows carry a sheet's header labels (预算单位, 项目名称, 一级指标 …). */
  static boolean looksLikeSheet(List<List<GridCell>> rows) {
    int hits = 0;
    for (int r = 0; r < rows.size() && r < 6; r++) {
      for (GridCell c : rows.get(r)) {
        String f = Norm.compact(c.text());
        if (f.startsWith("预算单位")
            || f.startsWith("项目名称")
            || f.startsWith("项目资金")
            || f.startsWith("项目负责人")
            || f.contains("总体目标")
            || f.equals("一级指标")) {
          hits++;
        }
      }
    }
    return hits >= 2;
  }

  /** Reads every sheet in the grid rows. */
  List<PerformanceTargets> read(List<List<GridCell>> rows, int printedYear, SourceRef title) {
    year = printedYear;
    titleSource = title;
    for (List<GridCell> row : rows) {
      row(row);
    }
    finish();
    return out;
  }

  private void row(List<GridCell> row) {
    int first = -1;
    for (int i = 0; i < row.size() && first < 0; i++) {
      first = row.get(i).isBlank() ? -1 : i;
    }
    if (first < 0) {
      return;
    }
    String head = Norm.compact(row.get(first).text());
    if (fieldAt != null && !startsSheetPart(head) && !isIndicatorHeader(row)) {
      indicator(row, row.get(first).source()); // the common case: one more indicator
      return;
    }
    List<String> texts = new ArrayList<>(row.size());
    for (GridCell c : row) {
      texts.add(Norm.compact(c.text()));
    }
    SourceRef at = row.get(first).source();
    if (head.startsWith("预算单位") || head.startsWith("单位名称") || head.startsWith("主管部门")) {
      if (!project.isEmpty() || !drafts.isEmpty()) {
        finish();
      }
      sheetSource = titleSource != null ? titleSource : at;
      titleSource = null;
      unit = valueAfter(row, texts, first);
    } else if (head.startsWith("项目名称")) {
      String name = valueAfter(row, texts, first);
      if (!project.isEmpty() && !name.equals(project) && !drafts.isEmpty()) {
        finish();
      }
      if (sheetSource == SourceRef.NONE) {
        sheetSource = titleSource != null ? titleSource : at;
        titleSource = null;
      }
      project = name;
      int m = indexContaining(texts, "负责人");
      manager = m >= 0 ? valueAfter(row, texts, m) : manager;
    } else if (head.startsWith("项目资金") || indexContaining(texts, "总额") >= 0 && fieldAt == null) {
      funds(row, texts, at);
    } else if (head.contains("总体目标") || head.startsWith("年度目标")) {
      goal = new Paragraph(joinAfter(row, first), at);
    } else if (indexOf(texts, "一级指标") >= 0 && indexContaining(texts, "三级指标") >= 0) {
      header(texts);
    } else if (fieldAt != null) {
      indicator(row, at);
    } else if (goal != null) {
      goal = new Paragraph(Norm.joinSplit(goal.text(), joinAfter(row, -1)), goal.source());
    }
  }

  private static boolean startsSheetPart(String head) {
    return head.startsWith("预算单位")
        || head.startsWith("单位名称")
        || head.startsWith("主管部门")
        || head.startsWith("项目名称")
        || head.startsWith("项目资金")
        || head.contains("总体目标")
        || head.startsWith("年度目标");
  }

  /** The indicator column header (一级指标 among the first cells). */
  private static boolean isIndicatorHeader(List<GridCell> row) {
    for (int i = 0; i < row.size() && i < 3; i++) {
      if (Norm.compact(row.get(i).text()).equals("一级指标")) {
        return true;
      }
    }
    return false;
  }

  private void header(List<String> texts) {
    if (headerKey != null && headerKey.equals(texts)) {
      return; // repeated after a page break
    }
    headerKey = texts;
    fieldAt = new int[Field.values().length];
    java.util.Arrays.fill(fieldAt, -1);
    for (int i = 0; i < texts.size(); i++) {
      Field f = field(texts.get(i));
      if (f != null && fieldAt[f.ordinal()] < 0) {
        fieldAt[f.ordinal()] = i;
      }
    }
  }

  private static Field field(String h) {
    if (h.isEmpty()) {
      return null;
    }
    if (h.startsWith("一级")) {
      return Field.LEVEL1;
    }
    if (h.startsWith("二级")) {
      return Field.LEVEL2;
    }
    if (h.startsWith("三级") || h.equals("指标名称")) {
      return Field.NAME;
    }
    if (h.contains("设置依据") || h.contains("依据")) {
      return Field.BASIS;
    }
    if (h.startsWith("上年") || h.contains("历史值")) {
      return Field.LAST_YEAR;
    }
    if (h.contains("权重") || h.contains("分值")) {
      return Field.WEIGHT;
    }
    if (h.contains("赋分") || h.contains("评分") || h.contains("计分")) {
      return Field.RULE;
    }
    if (h.contains("佐证") || h.contains("证明")) {
      return Field.EVIDENCE;
    }
    if (h.startsWith("指标值") || h.contains("目标值")) {
      return Field.TARGET;
    }
    return null;
  }

  private void indicator(List<GridCell> row, SourceRef at) {
    String[] cells = new String[row.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = row.get(i).text();
    }
    cells = unshift(cells, at);
    Draft d = new Draft(at);
    for (Field f : Field.values()) {
      int i = fieldAt[f.ordinal()];
      d.f[f.ordinal()] = i >= 0 && i < cells.length ? cells[i].strip() : "";
    }
    boolean hasLevel =
        !d.f[Field.LEVEL1.ordinal()].isEmpty() || !d.f[Field.LEVEL2.ordinal()].isEmpty();
    boolean hasCore =
        !d.f[Field.TARGET.ordinal()].isEmpty() || !d.f[Field.WEIGHT.ordinal()].isEmpty();
    boolean hasText =
        !d.f[Field.NAME.ordinal()].isEmpty()
            || !d.f[Field.RULE.ordinal()].isEmpty()
            || !d.f[Field.EVIDENCE.ordinal()].isEmpty()
            || !d.f[Field.BASIS.ordinal()].isEmpty();
    if (hasCore) {
      if (pendingFragment != null) {
        prepend(pendingFragment, d);
        pendingFragment = null;
      }
      d.explicitLevel1 = !d.f[Field.LEVEL1.ordinal()].isEmpty();
      drafts.add(d);
    } else if (hasLevel && !hasText) {
      markers.add(
          new Marker(
              drafts.size(),
              Norm.compact(d.f[Field.LEVEL1.ordinal()]),
              Norm.compact(d.f[Field.LEVEL2.ordinal()])));
    } else if (hasText || hasLevel) {
      continuation(d, at);
    }
  }

  /** A row printed one column to the right (its level-1 label in the level-2 column). */
  private String[] unshift(String[] cells, SourceRef at) {
    int l1 = fieldAt[Field.LEVEL1.ordinal()];
    if (l1 < 0) {
      return cells;
    }
    for (int i = l1 + 1; i < cells.length && i <= l1 + 2; i++) {
      if (isLevel1(Norm.compact(cells[i])) && blankBefore(cells, i, l1)) {
        int shift = i - l1;
        String[] out = new String[cells.length];
        for (int k = 0; k < cells.length; k++) {
          out[k] = k + shift < cells.length ? cells[k + shift] : "";
        }
        diags.add(
            Severity.INFO,
            RecognizeCodes.INDICATOR_SHIFTED,
            at,
            Norm.compact(out[Math.max(0, fieldAt[Field.NAME.ordinal()])]));
        return out;
      }
    }
    return cells;
  }

  private static boolean blankBefore(String[] cells, int i, int from) {
    for (int k = from; k < i; k++) {
      if (!cells[k].isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLevel1(String s) {
    for (String l : LEVEL1) {
      if (l.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** A line that holds only the wrapped rest of some cells: joined to the row above. */
  private void continuation(Draft d, SourceRef at) {
    if (drafts.isEmpty()) {
      pendingFragment = pendingFragment == null ? d : merge(pendingFragment, d);
      return;
    }
    Draft last = drafts.get(drafts.size() - 1);
    for (Field f : Field.values()) {
      String add = d.f[f.ordinal()];
      if (!add.isEmpty() && f != Field.LEVEL1 && f != Field.LEVEL2) {
        last.f[f.ordinal()] = Norm.joinSplit(last.f[f.ordinal()], add);
      }
    }
    diags.add(
        Severity.INFO,
        RecognizeCodes.INDICATOR_CONTINUED,
        at,
        Norm.compact(last.f[Field.NAME.ordinal()]));
  }

  private static Draft merge(Draft a, Draft b) {
    for (Field f : Field.values()) {
      a.f[f.ordinal()] = Norm.joinSplit(a.f[f.ordinal()], b.f[f.ordinal()]);
    }
    return a;
  }

  private static void prepend(Draft fragment, Draft d) {
    for (Field f : Field.values()) {
      d.f[f.ordinal()] = Norm.joinSplit(fragment.f[f.ordinal()], d.f[f.ordinal()]);
    }
  }

  private void funds(List<GridCell> row, List<String> texts, SourceRef at) {
    MoneyUnit mu =
        texts.stream().anyMatch(t -> t.contains("(元)") || t.contains("（元）"))
            ? MoneyUnit.YUAN
            : MoneyUnit.WAN_YUAN;
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t.isEmpty() || Amounts.isAmount(t)) {
        continue;
      }
      Amount a = amountAt(row, texts, i, mu, at);
      if (a == null) {
        continue;
      }
      if (t.contains("总额") || t.contains("合计")) {
        total = a;
      } else if (t.contains("财政拨款") || t.contains("财政资金")) {
        fiscal = a;
      } else if (t.contains("其他资金")) {
        other = a;
      }
    }
  }

  /** The amount in a label cell ("年度预算总额：50.00") or the next non-blank cell. */
  private static Amount amountAt(
      List<GridCell> row, List<String> texts, int i, MoneyUnit mu, SourceRef at) {
    String t = texts.get(i);
    int colon = Math.max(t.lastIndexOf(':'), t.lastIndexOf('：'));
    if (colon >= 0 && colon + 1 < t.length() && Amounts.isAmount(t.substring(colon + 1))) {
      String printed = t.substring(colon + 1);
      return new Amount(new Money(Amounts.parse(printed), mu), printed, at);
    }
    for (int k = i + 1; k < texts.size(); k++) {
      if (texts.get(k).isEmpty()) {
        continue;
      }
      String printed = Norm.compact(row.get(k).text());
      BigDecimal v = Amounts.parse(printed);
      return v == null ? null : new Amount(new Money(v, mu), printed, row.get(k).source());
    }
    return null;
  }

  private void finish() {
    if (project.isEmpty() && drafts.isEmpty()) {
      reset();
      return;
    }
    applyMarkers();
    List<Indicator> indicators = new ArrayList<>(drafts.size());
    String l1 = "";
    String l2 = "";
    for (Draft d : drafts) {
      String own1 = Norm.compact(d.f[Field.LEVEL1.ordinal()]);
      String own2 = Norm.compact(d.f[Field.LEVEL2.ordinal()]);
      if (!own1.isEmpty()) {
        l1 = own1;
        l2 = "";
      }
      if (!own2.isEmpty()) {
        l2 = own2;
      }
      indicators.add(toIndicator(d, l1, l2));
    }
    if (indicators.isEmpty()) {
      diags.add(Severity.WARNING, RecognizeCodes.SHEET_NO_INDICATORS, sheetSource, project);
    }
    out.add(
        new PerformanceTargets(
            year, unit, project, manager, total, fiscal, other, goal, indicators, sheetSource));
    reset();
  }

  /**
   * A label printed on its own line sits in the middle of the merged cell it labels: it also labels
   * as many rows above it (that only carried the label above down) as follow it.
   */
  private void applyMarkers() {
    for (Marker m : markers) {
      int after = 0;
      for (int k = m.at(); k < drafts.size() && !drafts.get(k).explicitLevel1; k++) {
        after++;
      }
      int before = 0;
      for (int k = m.at() - 1; k >= 0 && !drafts.get(k).explicitLevel1; k--) {
        before++;
      }
      int take = Math.min(before, Math.max(after, 1));
      if (m.at() < drafts.size()) {
        setLevels(drafts.get(m.at()), m);
      }
      for (int k = m.at() - take; k < m.at(); k++) {
        setLevels(drafts.get(k), m);
      }
      if (take > 0) {
        diags.add(
            Severity.INFO,
            RecognizeCodes.INDICATOR_RELABELLED,
            drafts.get(m.at() - take).source,
            m.level1(),
            take);
      }
    }
  }

  private static void setLevels(Draft d, Marker m) {
    if (!m.level1().isEmpty()) {
      d.f[Field.LEVEL1.ordinal()] = m.level1();
      d.explicitLevel1 = true;
    }
    if (!m.level2().isEmpty()) {
      d.f[Field.LEVEL2.ordinal()] = m.level2();
    }
  }

  private static Indicator toIndicator(Draft d, String l1, String l2) {
    String target = Norm.tidy(d.f[Field.TARGET.ordinal()]);
    Targets t = Targets.parse(target);
    BigDecimal weight = Amounts.parse(Norm.compact(d.f[Field.WEIGHT.ordinal()]));
    return new Indicator(
        l1,
        l2,
        Norm.compact(d.f[Field.NAME.ordinal()]),
        target,
        t.operator(),
        t.value(),
        t.unit(),
        Norm.compact(d.f[Field.BASIS.ordinal()]),
        Norm.tidy(d.f[Field.LAST_YEAR.ordinal()]),
        weight,
        Norm.compact(d.f[Field.RULE.ordinal()]),
        Norm.compact(d.f[Field.EVIDENCE.ordinal()]),
        d.source);
  }

  private void reset() {
    unit = "";
    project = "";
    manager = "";
    total = null;
    fiscal = null;
    other = null;
    goal = null;
    sheetSource = SourceRef.NONE;
    fieldAt = null;
    headerKey = null;
    drafts.clear();
    markers.clear();
    pendingFragment = null;
  }

  private static int indexOf(List<String> texts, String s) {
    return texts.indexOf(s);
  }

  private static int indexContaining(List<String> texts, String s) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).contains(s)) {
        return i;
      }
    }
    return -1;
  }

  /** What follows a label: after its colon in the same cell, or the next non-blank cell. */
  private static String valueAfter(List<GridCell> row, List<String> texts, int i) {
    String label = texts.get(i);
    int colon = Math.max(label.indexOf(':'), label.indexOf('：'));
    if (colon >= 0 && colon + 1 < label.length()) {
      return label.substring(colon + 1);
    }
    for (int k = i + 1; k < texts.size(); k++) {
      if (!texts.get(k).isEmpty()) {
        return row.get(k).text().strip();
      }
    }
    return "";
  }

  private static String joinAfter(List<GridCell> row, int i) {
    String out = "";
    for (int k = i + 1; k < row.size(); k++) {
      String t = row.get(k).text().strip();
      if (!t.isEmpty()) {
        out = out.isEmpty() ? t : Norm.joinSplit(out, t);
      }
    }
    return out;
  }
}
