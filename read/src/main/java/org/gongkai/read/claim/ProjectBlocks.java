package org.gongkai.read.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Money;
import org.gongkai.model.claim.BreakdownClaim;
import org.gongkai.model.claim.ClaimOrigin;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.Rate;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;

/**
 * Reads project descriptions written as "key：value" lines (项目名称, 预算安排规模, 资金分配情况, 资金执行时间): the
 * project's amount, and its allocation as a breakdown of the amount — money items, and rates priced
 * by the period (万元/月 × months) or by the one head count of the same unit beside them (万元/人 × 人).
 */
final class ProjectBlocks {

  /** One project's lines, by key. */
  private static final class Block {
    String name;
    Line nameLine;
    Line scale;
    Line allocation;
    Line period;
  }

  private final ClaimSink sink;
  private final SectionContext sc;

  ProjectBlocks(ClaimSink sink, SectionContext sc) {
    this.sink = sink;
    this.sc = sc;
  }

  /**
   * Reads the project blocks among the lines and returns which lines they used; sentence indices
   * are the lines' positions after {@code sentenceBase}.
   */
  boolean[] read(List<Line> lines, int sentenceBase) {
    boolean[] used = new boolean[lines.size()];
    Block b = null;
    for (int i = 0; i < lines.size(); i++) {
      String key = lines.get(i).key();
      if (key.contains("项目名称")) {
        emit(b, lines, sentenceBase);
        b = new Block();
        b.name = stripEnd(lines.get(i).value());
        b.nameLine = lines.get(i);
        used[i] = true;
      } else if (b != null && !key.isEmpty()) {
        assign(b, key, lines.get(i));
        used[i] = true;
      } else if (b != null && lines.get(i).normal().length() <= 2) {
        used[i] = true;
      } else if (b != null) {
        emit(b, lines, sentenceBase);
        b = null;
      }
    }
    emit(b, lines, sentenceBase);
    return used;
  }

  private static void assign(Block b, String key, Line line) {
    if (key.contains("规模")
        || key.contains("预算金额")
        || key.contains("资金总额")
        || key.contains("预算数")
        || key.contains("安排金额")) {
      b.scale = line;
    } else if (key.contains("分配") || key.contains("测算") || key.contains("明细")) {
      b.allocation = line;
    } else if (key.contains("执行时间") || key.contains("实施期") || key.contains("实施周期")) {
      b.period = line;
    }
  }

  private void emit(Block b, List<Line> lines, int base) {
    if (b == null || b.name.isEmpty() || b.scale == null) {
      return;
    }
    Money scale = firstMoney(b.scale.value());
    if (scale == null) {
      return;
    }
    Subject project = new Subject(SubjectKind.PROJECT, b.name, "", null, FundScope.ALL, List.of());
    sink.amount(origin(b.scale, lines, base), project, scale, Measure.THIS_YEAR, false);
    if (b.allocation != null) {
      allocation(b, project, scale, origin(b.allocation, lines, base));
    }
  }

  private void allocation(Block b, Subject project, Money scale, ClaimOrigin o) {
    List<BreakdownClaim.Part> parts = new ArrayList<>();
    List<String> unpriced = new ArrayList<>();
    List<NumberToken> counts = new ArrayList<>();
    List<String[]> items = new ArrayList<>();
    for (String item : b.allocation.value().split("[，,；;。]")) {
      for (NumberToken n : Numbers.scan(item)) {
        if (n.kind() == NumberToken.Kind.COUNT) {
          counts.add(n);
        }
      }
      items.add(new String[] {item});
    }
    for (String[] it : items) {
      part(it[0], counts, b, parts, unpriced);
    }
    if (!parts.isEmpty() || !unpriced.isEmpty()) {
      sink.breakdown(o, project, scale, parts, false, unpriced);
    }
  }

  private void part(
      String item,
      List<NumberToken> counts,
      Block b,
      List<BreakdownClaim.Part> parts,
      List<String> unpriced) {
    for (NumberToken n : Numbers.scan(item)) {
      String label = Labels.of(item.substring(0, n.start()), sc.unitName());
      Subject s = Subject.of(SubjectKind.OTHER, FundScope.ALL, label.isEmpty() ? item : label);
      if (n.kind() == NumberToken.Kind.MONEY) {
        parts.add(new BreakdownClaim.Part(s.name(), s, n.money(), null, b.allocation.source()));
        return;
      }
      if (n.kind() == NumberToken.Kind.RATE) {
        Rate r = price(n, counts, b);
        if (r == null) {
          unpriced.add(item);
        } else {
          parts.add(new BreakdownClaim.Part(s.name(), s, null, r, b.allocation.source()));
        }
        return;
      }
    }
  }

  /** The rate with its count, or null when no count fits it uniquely. */
  private static Rate price(NumberToken rate, List<NumberToken> counts, Block b) {
    Money per = rate.money();
    switch (rate.word()) {
      case "月" -> {
        int months = b.period == null ? 0 : Periods.months(b.period.value());
        return months > 0
            ? new Rate(per, "月", BigDecimal.valueOf(months), b.period.value())
            : new Rate(per, "月", BigDecimal.valueOf(12), "全年12个月");
      }
      case "年" -> {
        return new Rate(per, "年", BigDecimal.ONE, "全年");
      }
      default -> {
        List<NumberToken> same = counts.stream().filter(c -> c.word().equals(rate.word())).toList();
        return same.size() == 1
            ? new Rate(
                per,
                rate.word(),
                same.get(0).value(),
                same.get(0).value().toPlainString() + same.get(0).word())
            : null;
      }
    }
  }

  private ClaimOrigin origin(Line line, List<Line> lines, int base) {
    int index = base + lines.indexOf(line) + 1;
    return new ClaimOrigin(line.text().printed(), line.source(), sc.labels(), index);
  }

  private static Money firstMoney(String s) {
    for (NumberToken n : Numbers.scan(s)) {
      if (n.kind() == NumberToken.Kind.MONEY) {
        return n.money();
      }
    }
    return null;
  }

  private static String stripEnd(String s) {
    String t = s;
    while (!t.isEmpty() && "。；;，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
