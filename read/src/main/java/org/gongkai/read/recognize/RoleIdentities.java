package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;

/**
 * The identities a row's values must satisfy, derived from the column roles (budget knowledge, the
 * same for every layout): 合计 = 基本支出 + 项目支出 (基本 = 人员经费 + 公用经费, or 合计 = 人员 + 公用 + 项目 where no 基本
 * column is printed); 项目支出合计 = Σ 经济分类; 财政拨款小计 = Σ fund sources; 总计 = 财政拨款小计 + the other sources; 三公
 * as columns: 合计 = 出国 + 接待 + 公务用车, 公务用车 = 购置 + 运行.
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
          ColumnRole.BUSINESS_REVENUE,
          ColumnRole.OTHER_INCOME,
          ColumnRole.FISCAL_CARRYOVER,
          ColumnRole.NON_FISCAL_CARRYOVER);

  private RoleIdentities() {}

  static List<Identity> of(List<Column> columns) {
    List<Identity> out = new ArrayList<>();
    int sides = columns.stream().mapToInt(Column::side).max().orElse(0) + 1;
    for (int side = 0; side < sides; side++) {
      int total = position(columns, ColumnRole.TOTAL, side);
      if (total >= 0) {
        expenditure(out, columns, total, side);
        add(out, total, positions(columns, EnumSet.of(ColumnRole.ECONOMIC_CLASS), side), 1);
        threePublic(out, columns, total, side);
      }
      sources(out, columns, total, side);
    }
    return out;
  }

  /** 合计 = 基本 + 项目 (基本 = 人员 + 公用), or 合计 = 人员 + 公用 (+ 项目) without a 基本 column. */
  private static void expenditure(List<Identity> out, List<Column> cols, int total, int side) {
    int basic = position(cols, ColumnRole.BASIC, side);
    int project = position(cols, ColumnRole.PROJECT, side);
    int personnel = position(cols, ColumnRole.PERSONNEL, side);
    int operating = position(cols, ColumnRole.OPERATING, side);
    boolean staff = personnel >= 0 && operating >= 0;
    if (basic >= 0 && project >= 0) {
      out.add(new Identity(total, new int[] {basic, project}));
      if (staff) {
        out.add(new Identity(basic, new int[] {personnel, operating}));
      }
    } else if (staff && project >= 0) {
      out.add(new Identity(total, new int[] {personnel, operating, project}));
    } else if (staff) {
      out.add(new Identity(total, new int[] {personnel, operating}));
    }
  }

  /** 三公 laid out as columns: 合计 = 出国 + 接待 + 公务用车; 公务用车 = 购置 + 运行. */
  private static void threePublic(List<Identity> out, List<Column> cols, int total, int side) {
    int overseas = position(cols, ColumnRole.OVERSEAS_TRAVEL, side);
    int reception = position(cols, ColumnRole.RECEPTION, side);
    int vehicles = position(cols, ColumnRole.VEHICLES, side);
    int purchase = position(cols, ColumnRole.VEHICLE_PURCHASE, side);
    int operation = position(cols, ColumnRole.VEHICLE_OPERATION, side);
    if (overseas < 0 || reception < 0) {
      return;
    }
    if (vehicles >= 0) {
      out.add(new Identity(total, new int[] {overseas, reception, vehicles}));
      if (purchase >= 0 && operation >= 0) {
        out.add(new Identity(vehicles, new int[] {purchase, operation}));
      }
    } else if (purchase >= 0 && operation >= 0) {
      out.add(new Identity(total, new int[] {overseas, reception, purchase, operation}));
    }
  }

  /** 财政拨款小计 = Σ fund sources; 总计 = 小计 + the other sources (or Σ all sources). */
  private static void sources(List<Identity> out, List<Column> cols, int total, int side) {
    int subtotal = position(cols, ColumnRole.FISCAL_SUBTOTAL, side);
    if (subtotal >= 0) {
      add(out, subtotal, positions(cols, FISCAL_SOURCES, side), 1);
      if (total >= 0) {
        List<Integer> parts = new ArrayList<>(positions(cols, OTHER_SOURCES, side));
        parts.add(0, subtotal);
        add(out, total, parts, 2);
      }
    } else if (total >= 0) {
      Set<ColumnRole> all = EnumSet.copyOf(FISCAL_SOURCES);
      all.addAll(OTHER_SOURCES);
      add(out, total, positions(cols, all, side), 2);
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
