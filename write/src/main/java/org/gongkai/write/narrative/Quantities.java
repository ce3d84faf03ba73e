package org.gongkai.write.narrative;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.Quantity;
import org.gongkai.model.claim.UnboundReason;

/**
 * Finds the one table cell a written claim talks about. The writer made the tables, so it binds
 * each claim to its cell directly; a figure that only the narrative states is bound to nothing,
 * with the reason {@link UnboundReason#NARRATIVE_ONLY}.
 */
final class Quantities {

  private final List<Table> tables;

  Quantities(List<Table> tables) {
    this.tables = List.copyOf(tables);
  }

  /** The total row's cell in the column of this role. */
  Binding total(TableKind kind, ColumnRole role, int side) {
    return find(kind, role, side, RowLabel::isTotal);
  }

  /** The cell of the row with this code. */
  Binding code(TableKind kind, String code, ColumnRole role, int side) {
    return find(kind, role, side, l -> l.code().equals(code));
  }

  /** The cell of the row with this name (compact). */
  Binding name(TableKind kind, String name, ColumnRole role, int side) {
    String compact = RowLabel.compactName(name);
    return find(kind, role, side, l -> l.name().equals(compact));
  }

  static Binding narrativeOnly() {
    return Binding.unbound(UnboundReason.NARRATIVE_ONLY, "");
  }

  private Binding find(TableKind kind, ColumnRole role, int side, Predicate<RowLabel> row) {
    Optional<Table> table = tables.stream().filter(t -> t.kind() == kind).findFirst();
    if (table.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_TABLE, kind.name());
    }
    Table t = table.get();
    Optional<Column> column = t.column(role, side);
    if (column.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_COLUMN, role.name());
    }
    for (Row r : t.rows()) {
      RowLabel label = t.label(r, side);
      if (row.test(label)) {
        Column c = column.get();
        return Binding.to(
            new Quantity(
                t.kind(),
                t.number(),
                t.title(),
                r.index(),
                label.code(),
                label.name(),
                c.role(),
                c.header(),
                side,
                r.cell(c.index()),
                t.unit()));
      }
    }
    return Binding.unbound(UnboundReason.NO_ROW, "");
  }
}
