package org.gongkai.check.view;

import static org.gongkai.model.ColumnRole.FISCAL_CARRYOVER;
import static org.gongkai.model.ColumnRole.FISCAL_SUBTOTAL;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC_TRANSFER;
import static org.gongkai.model.ColumnRole.GOV_FUNDS;
import static org.gongkai.model.ColumnRole.GOV_FUNDS_TRANSFER;
import static org.gongkai.model.ColumnRole.NON_FISCAL_CARRYOVER;
import static org.gongkai.model.ColumnRole.OPERATING_REVENUE;
import static org.gongkai.model.ColumnRole.OTHER_INCOME;
import static org.gongkai.model.ColumnRole.SPECIAL_ACCOUNT;
import static org.gongkai.model.ColumnRole.STATE_CAPITAL;
import static org.gongkai.model.ColumnRole.STATE_CAPITAL_TRANSFER;
import static org.gongkai.model.ColumnRole.UNIT_FUNDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.check.TableView;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;

/**
 * The lines of a two-sided table's uncoded side (收入: 一、本年收入 / 1. 一般公共预算拨款 / 其中：… / 二、上年结转结余 …) as a
 * tree: each line's level from its numbering, whether it belongs to a 其中 list (a partial breakdown)
 * or to an exhaustive one, whether it is this year's income or carry-over, and which fund-source
 * columns of the income table it corresponds to.
 */
public final class IncomeLines {

  /** Whether a line's group is this year's income or last year's carry-over. */
  public enum Group {
    CURRENT,
    CARRYOVER
  }

  /**
   * One line.
   *
   * @param row the table row
   * @param position the row's position in the table
   * @param name the name without numbering or 其中
   * @param level 1 for 一、, deeper for 1. and 其中 lines
   * @param parent the index (in {@link #lines()}) of the line it belongs to, -1 for level 1
   * @param ofWhich true when the line is part of a 其中 list (not necessarily exhaustive)
   * @param subtotal true for a running subtotal (本年收入合计) of the level-1 lines before it
   * @param group this year's income or carry-over
   * @param roles the income-table columns whose sum this line is; empty when not mapped
   */
  public record Line(
      Row row,
      int position,
      String name,
      int level,
      int parent,
      boolean ofWhich,
      boolean subtotal,
      Group group,
      Set<ColumnRole> roles) {}

  private final List<Line> lines;

  private IncomeLines(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  public List<Line> lines() {
    return lines;
  }

  /** The lines whose parent is the line at this index. */
  public List<Line> children(int index) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      if (l.parent() == index) {
        out.add(l);
      }
    }
    return out;
  }

  private record Key(TableView view, int side) {}

  /** The side's lines, read once per run. */
  public static IncomeLines of(org.gongkai.check.RuleContext ctx, TableView v, int side) {
    return ctx.memo(new Key(v, side), () -> of(v, side));
  }

  /** Reads one side of a table; total rows (收入总计) and rows without a name are skipped. */
  public static IncomeLines of(TableView v, int side) {
    List<Line> out = new ArrayList<>();
    int[] lastAtLevel = new int[8];
    java.util.Arrays.fill(lastAtLevel, -1);
    int prevLevel = 0;
    Kind prevKind = Kind.NUMBERED;
    Group group = Group.CURRENT;
    for (int i = 0; i < v.rows().size(); i++) {
      RowLabel label = v.label(i, side);
      if (label.hasCode() || label.name().isEmpty() || v.isTotal(i, side)) {
        continue;
      }
      String raw = label.name();
      Kind kind;
      int level;
      String name;
      int end;
      if ((end = Numbering.chinese(raw)) > 0) {
        kind = Kind.NUMBERED;
        level = 1;
        name = raw.substring(end);
      } else if ((end = Numbering.arabicOrParenthesised(raw)) > 0) {
        kind = Kind.NUMBERED;
        level = lastAtLevel[1] >= 0 ? 2 : 1;
        name = raw.substring(end);
      } else if ((end = Numbering.ofWhich(raw)) > 0) {
        kind = Kind.OF_WHICH;
        level =
            (prevKind == Kind.NUMBERED || prevKind == Kind.PLAIN ? prevLevel : prevLevel - 1) + 1;
        name = raw.substring(end);
      } else {
        name = raw;
        if (endsAsSubtotal(raw)) {
          kind = Kind.SUBTOTAL;
          level = 1;
        } else {
          kind = prevKind == Kind.OF_WHICH ? Kind.OF_WHICH : Kind.PLAIN;
          level =
              out.isEmpty() || prevKind == Kind.SUBTOTAL
                  ? 1
                  : prevKind == Kind.NUMBERED ? prevLevel + 1 : prevLevel;
        }
      }
      level = Math.max(1, Math.min(level, lastAtLevel.length - 1));
      if (level == 1) {
        group = name.contains("结转") || name.contains("结余") ? Group.CARRYOVER : Group.CURRENT;
      }
      int parent = level == 1 ? -1 : lastAtLevel[level - 1];
      boolean ofWhich = kind == Kind.OF_WHICH;
      Line line =
          new Line(
              v.rows().get(i),
              i,
              name,
              level,
              parent,
              ofWhich,
              kind == Kind.SUBTOTAL,
              group,
              ofWhich ? Set.of() : roles(name, group, level));
      lastAtLevel[level] = out.size();
      for (int deeper = level + 1; deeper < lastAtLevel.length; deeper++) {
        lastAtLevel[deeper] = -1;
      }
      out.add(line);
      prevLevel = level;
      prevKind = kind;
    }
    return new IncomeLines(out);
  }

  private enum Kind {
    NUMBERED,
    OF_WHICH,
    PLAIN,
    SUBTOTAL
  }

  private static boolean endsAsSubtotal(String name) {
    return name.endsWith("合计") || name.endsWith("小计");
  }

  /** The income-table columns a line stands for, from its name (order matters: 非财政 first). */
  static Set<ColumnRole> roles(String name, Group group, int level) {
    if (group == Group.CARRYOVER) {
      if (name.contains("非财政拨款")) {
        return Set.of(NON_FISCAL_CARRYOVER);
      }
      if (name.contains("财政拨款")) {
        return Set.of(FISCAL_CARRYOVER);
      }
      return level == 1 ? Set.of(FISCAL_CARRYOVER, NON_FISCAL_CARRYOVER) : Set.of();
    }
    if (name.startsWith("本年收入")) {
      return Set.of(
          FISCAL_SUBTOTAL,
          GENERAL_PUBLIC,
          GENERAL_PUBLIC_TRANSFER,
          GOV_FUNDS,
          GOV_FUNDS_TRANSFER,
          STATE_CAPITAL,
          STATE_CAPITAL_TRANSFER,
          SPECIAL_ACCOUNT,
          UNIT_FUNDS,
          OPERATING_REVENUE,
          OTHER_INCOME);
    }
    if (name.startsWith("一般公共预算")) {
      return Set.of(GENERAL_PUBLIC, GENERAL_PUBLIC_TRANSFER);
    }
    if (name.startsWith("政府性基金") || name.startsWith("基金预算")) {
      return Set.of(GOV_FUNDS, GOV_FUNDS_TRANSFER);
    }
    if (name.startsWith("国有资本经营")) {
      return Set.of(STATE_CAPITAL, STATE_CAPITAL_TRANSFER);
    }
    if (name.startsWith("财政拨款")) {
      return Set.of(
          FISCAL_SUBTOTAL,
          GENERAL_PUBLIC,
          GENERAL_PUBLIC_TRANSFER,
          GOV_FUNDS,
          GOV_FUNDS_TRANSFER,
          STATE_CAPITAL,
          STATE_CAPITAL_TRANSFER);
    }
    if (name.startsWith("财政专户")) {
      return Set.of(SPECIAL_ACCOUNT);
    }
    if (name.startsWith("单位资金")) {
      return Set.of(UNIT_FUNDS, OPERATING_REVENUE, OTHER_INCOME);
    }
    if (name.startsWith("事业收入")) {
      return Set.of(OPERATING_REVENUE);
    }
    if (name.startsWith("其他收入")) {
      return Set.of(OTHER_INCOME);
    }
    return Set.of();
  }

  /** True when the side has any carry-over line. */
  public boolean hasCarryover() {
    return lines.stream().anyMatch(l -> l.group() == Group.CARRYOVER);
  }
}
