package org.gongkai.check.cross;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.TableKind;

/**
 * A rule "column(s) X of table kind A = column(s) Y of table kind B", code by code and/or in total,
 * on each table's coded side.
 */
abstract class ColumnMatchRule extends TwoTableRule {

  private final List<ColumnRole> expectedRoles;
  private final List<ColumnRole> actualRoles;
  private final boolean byCode;
  private final boolean totals;

  ColumnMatchRule(
      TableKind expected,
      List<ColumnRole> expectedRoles,
      TableKind actual,
      List<ColumnRole> actualRoles,
      boolean byCode,
      boolean totals) {
    super(expected, actual);
    this.expectedRoles = List.copyOf(expectedRoles);
    this.actualRoles = List.copyOf(actualRoles);
    this.byCode = byCode;
    this.totals = totals;
  }

  @Override
  final boolean compare(RuleContext ctx, Outcomes out, TableView expected, TableView actual) {
    Optional<CodeMatch.Side> e = side(expected, expectedRoles);
    Optional<CodeMatch.Side> a = side(actual, actualRoles);
    if (e.isEmpty() || a.isEmpty()) {
      return false;
    }
    boolean any = false;
    if (byCode) {
      any |= CodeMatch.byCode(ctx, out, e.get(), a.get());
    }
    if (totals) {
      any |= CodeMatch.totals(ctx, out, e.get(), a.get());
    }
    return any;
  }

  private static Optional<CodeMatch.Side> side(TableView v, List<ColumnRole> roles) {
    int side = CodeMatch.codedSide(v).orElse(0);
    List<Column> columns = CodeMatch.columns(v, side, roles.toArray(ColumnRole[]::new));
    return columns.isEmpty() ? Optional.empty() : Optional.of(new CodeMatch.Side(v, side, columns));
  }
}
