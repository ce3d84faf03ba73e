package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;

/**
 * The identities a row's values must satisfy, derived from the column roles (budget knowledge, the
 * same for every layout): 合计 = 基本支出 + 项目支出; 合计 = 人员经费 + 公用经费; 项目支出合计 = Σ 经济分类; 财政拨款小计 = Σ fund
 * sources; 总计 = 财政拨款小计 + the other sources.
 */
final class RoleIdentities {

  /** total = Σ parts, by column position. */
  record Identity(int total, int[] parts) {}

  private static final Set<ColumnRole> FISCAL_SOURCES =
      EnumSet.of(
          ColumnRole.GENERAL_PUBLIC,
          ColumnRole.GENERAL_PUBLIC_TRANSFER,
          ColumnRole.GOV_FUNDS,
          ColumnRole.GOV_FUNDS_TRANSFER,
          ColumnRole.STATE_CAPITAL,
          ColumnRole.STATE_CAPITAL_TRANSFER);

  private static final Set<ColumnRole> OTHER_SOURCES =
      EnumSet.of(
          ColumnRole.SPECIAL_ACCOUNT,
          ColumnRole.UNIT_FUNDS,
          ColumnRole.OPERATING_REVENUE,
          ColumnRole.OTHER_INCOME,
          ColumnRole.FISCAL_CARRYOVER,
          ColumnRole.NON_FISCAL_CARRYOVER);

  private RoleIdentities() {}

  static List<Identity> of(List<Column> columns) {
    List<Identity> out = new ArrayList<>();
    int sides = columns.stream().mapToInt(Column::side).max().orElse(0) + 1;
    for (int side = 0; side < sides; side++) {
      int total = position(columns, ColumnRole.TOTAL, side);
      int subtotal = position(columns, ColumnRole.FISCAL_SUBTOTAL, side);
      if (total >= 0) {
        addPair(out, columns, total, ColumnRole.BASIC, ColumnRole.PROJECT, side);
        addPair(out, columns, total, ColumnRole.PERSONNEL, ColumnRole.OPERATING, side);
        add(out, total, positions(columns, EnumSet.of(ColumnRole.ECONOMIC_CLASS), side), 1);
      }
      if (subtotal >= 0) {
        add(out, subtotal, positions(columns, FISCAL_SOURCES, side), 1);
        if (total >= 0) {
          List<Integer> parts = new ArrayList<>(positions(columns, OTHER_SOURCES, side));
          parts.add(0, subtotal);
          add(out, total, parts, 2);
        }
      } else if (total >= 0) {
        Set<ColumnRole> all = EnumSet.copyOf(FISCAL_SOURCES);
        all.addAll(OTHER_SOURCES);
        add(out, total, positions(columns, all, side), 2);
      }
    }
    return out;
  }

  private static void addPair(
      List<Identity> out, List<Column> cols, int total, ColumnRole a, ColumnRole b, int side) {
    int pa = position(cols, a, side);
    int pb = position(cols, b, side);
    if (pa >= 0 && pb >= 0) {
      out.add(new Identity(total, new int[] {pa, pb}));
    }
  }

  private static void add(List<Identity> out, int total, List<Integer> parts, int minParts) {
    if (parts.size() >= minParts) {
      out.add(new Identity(total, parts.stream().mapToInt(Integer::intValue).toArray()));
    }
  }

  private static int position(List<Column> cols, ColumnRole role, int side) {
    for (Column c : cols) {
      if (c.role() == role && c.side() == side) {
        return c.index();
      }
    }
    return -1;
  }

  private static List<Integer> positions(List<Column> cols, Set<ColumnRole> roles, int side) {
    List<Integer> out = new ArrayList<>();
    for (Column c : cols) {
      if (roles.contains(c.role()) && c.side() == side) {
        out.add(c.index());
      }
    }
    return out;
  }
}
