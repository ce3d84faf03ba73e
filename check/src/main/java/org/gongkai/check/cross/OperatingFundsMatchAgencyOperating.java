package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.OPERATING;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.AgencyOperatingExpenses;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.TableKind;

/**
 * The 机关运行经费 the narrative states = the 公用经费 total of the basic-expenditure table (机关运行经费 is the
 * fiscal 公用经费 of administrative units; a warning, since units with public institutions may define
 * it more narrowly).
 */
public final class OperatingFundsMatchAgencyOperating implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-015", RuleFamily.CROSS_TABLE, Severity.WARNING)
          .tables(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE)
          .roles(OPERATING)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    AgencyOperatingExpenses stated = ctx.disclosure().agencyOperating();
    Optional<TableView> basic =
        ctx.view(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE)
            .or(() -> ctx.view(TableKind.FISCAL_BASIC_EXPENDITURE));
    Optional<Column> operating = basic.flatMap(v -> v.column(OPERATING, 0));
    Optional<Row> total = basic.flatMap(v -> v.totalRow(0));
    if (stated == null || stated.amount() == null || operating.isEmpty() || total.isEmpty()) {
      out.notApplicable("table-missing");
      return;
    }
    if (ctx.unit(basic.get().table()).isEmpty()) {
      out.insufficientData(Location.of(basic.get().table()), "table-unit-unknown");
      return;
    }
    CellValue table = ctx.value(basic.get(), total.get(), operating.get());
    Location where =
        Location.narrative(
                org.gongkai.check.Messages.text("section.agency-operating"), -1, stated.source())
            .inPart(Part.NARRATIVE);
    FigureChecks.sums(
        ctx,
        out,
        where,
        List.of(table),
        List.of(new CellValue(CellValue.State.NUMBER, stated.amount().money(), null, where)),
        table.location().describe());
  }
}
