package org.gongkai.check.narrative;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.Location;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.Quantity;

/**
 * What narrative rules share: the claims of a type, where a claim is, the cell a claim is bound to.
 */
final class ClaimRules {

  private ClaimRules() {}

  /** The document's claims of this type, in reading order. */
  static <T extends Claim> List<T> claims(RuleContext ctx, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Claim c : ctx.disclosure().claims()) {
      if (type.isInstance(c)) {
        out.add(type.cast(c));
      }
    }
    return out;
  }

  /** A cell's value as printed with its unit, or （空白）. */
  static String printed(CellValue v) {
    return v.isNumber()
        ? org.gongkai.check.Comparisons.printed(v.money())
        : org.gongkai.check.Messages.text("value.blank");
  }

  /** The claim's sentence: section labels, sentence index, source line. */
  static Location where(Claim c) {
    return Location.narrative(c.origin().section(), c.origin().sentenceIndex(), c.source());
  }

  /**
   * A bound quantity as the rules read it: the table, row and column found again in the document,
   * and the cell's value in the table's unit.
   *
   * @param unit the table's unit, empty when neither the table nor its layout states one
   */
  record Bound(TableView view, Row row, Column column, Optional<MoneyUnit> unit, CellValue value) {
    Location location() {
      return value.location();
    }
  }

  private record BoundKey() {}

  /** The quantity a binding names, found in the document; empty when unbound or not found. */
  static Optional<Bound> bound(RuleContext ctx, Binding b) {
    if (!b.isBound()) {
      return Optional.empty();
    }
    Map<Binding, Optional<Bound>> cache =
        ctx.derived(new BoundKey(), c -> new IdentityHashMap<Binding, Optional<Bound>>());
    return cache.computeIfAbsent(b, x -> find(ctx, x));
  }

  /** The row with this index: normally at that position, else searched for. */
  private static Optional<Row> rowAt(Table t, int index) {
    List<Row> rows = t.rows();
    if (index >= 0 && index < rows.size() && rows.get(index).index() == index) {
      return Optional.of(rows.get(index));
    }
    for (Row r : rows) {
      if (r.index() == index) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static Optional<Bound> find(RuleContext ctx, Binding b) {
    Quantity q = b.quantity();
    for (Table t : ctx.disclosure().tables()) {
      if (t.kind() != q.table() || t.number() != q.tableNumber()) {
        continue;
      }
      Optional<Row> row = rowAt(t, q.row());
      Optional<Column> col = Optional.empty();
      for (Column c : t.columns()) {
        if (c.role() == q.column() && c.side() == q.side() && c.header().equals(q.columnHeader())) {
          col = Optional.of(c);
          break;
        }
      }
      if (row.isPresent() && col.isPresent()) {
        TableView v = ctx.view(t);
        return Optional.of(
            new Bound(v, row.get(), col.get(), ctx.unit(t), ctx.value(v, row.get(), col.get())));
      }
    }
    return Optional.empty();
  }
}
