package org.gongkai.check.cross;

import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.model.TableKind;

/** A rule comparing two tables found by kind; not applicable when either is absent. */
abstract class TwoTableRule implements Rule {

  private final TableKind expected;
  private final TableKind actual;

  TwoTableRule(TableKind expected, TableKind actual) {
    this.expected = expected;
    this.actual = actual;
  }

  /** Compares; returns whether anything was examined. */
  abstract boolean compare(RuleContext ctx, Outcomes out, TableView expected, TableView actual);

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    Optional<TableView> e = ctx.view(expected);
    Optional<TableView> a = ctx.view(actual);
    if (e.isEmpty() || a.isEmpty()) {
      out.notApplicable("table-missing");
      return;
    }
    if (!CodeMatch.unitsKnown(ctx, out, e.get(), a.get())) {
      return;
    }
    if (!compare(ctx, out, e.get(), a.get())) {
      out.notApplicable("column-missing");
    }
  }
}
