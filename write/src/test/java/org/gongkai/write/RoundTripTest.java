package org.gongkai.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.read.DisclosureReader;
import org.gongkai.read.ReadResult;
import org.gongkai.write.format.HtmlWriter;
import org.gongkai.write.format.TextWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Render → read back with the reader → the same tables as the ledger derived, cell by cell. */
class RoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kizilsu-government-office-2024",
        "tianshan-county-urban-management-2025",
        "dongbin-commerce-commission-2025",
        "dongbin-commerce-commission-2025-department"
      })
  void textReadsBackToTheLedgersTables(String name) throws Exception {
    WrittenDisclosure w = Examples.write(name + ".yaml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextWriter().write(w, out);
    ReadResult r =
        new DisclosureReader()
            .read(out.toByteArray(), name + ".txt", w.disclosure().metadata().layout());
    Disclosure back = r.disclosure();
    assertThat(back.tables()).hasSameSizeAs(w.disclosure().tables());
    List<String> differences = new ArrayList<>();
    for (Table written : w.disclosure().tables()) {
      Table read = back.tableNumber(written.number()).orElse(null);
      if (read == null) {
        differences.add("表" + written.number() + " not read back");
        continue;
      }
      compare(written, read, differences);
    }
    assertThat(differences).isEmpty();
  }

  /** Every written cell against the cell read in the same row and the column of the same role. */
  static void compare(Table written, Table read, List<String> differences) {
    List<Row> wr = written.rows();
    List<Row> rr = read.rows();
    if (wr.size() != rr.size()) {
      differences.add(
          written.displayName() + ": " + wr.size() + " rows written, " + rr.size() + " read");
      return;
    }
    for (int i = 0; i < wr.size(); i++) {
      for (Column c : written.columns()) {
        Column rc =
            read.columns().stream()
                .filter(
                    x ->
                        x.role() == c.role()
                            && x.side() == c.side()
                            && x.qualifier().equals(c.qualifier()))
                .findFirst()
                .orElse(null);
        if (rc == null) {
          differences.add(written.displayName() + ": column " + c.header() + " not read");
          continue;
        }
        Cell a = wr.get(i).cell(c.index());
        Cell b = rr.get(i).cell(rc.index());
        if (!same(a, b)) {
          differences.add(
              written.displayName()
                  + " row "
                  + (i + 1)
                  + " "
                  + c.header()
                  + ": wrote '"
                  + a.printed()
                  + "', read '"
                  + b.printed()
                  + "'");
        }
      }
    }
  }

  private static boolean same(Cell a, Cell b) {
    if (a.isNumber() || b.isNumber()) {
      return a.isNumber() && b.isNumber() && a.number().compareTo(b.number()) == 0;
    }
    return a.compactText().equals(b.compactText());
  }

  static String html(WrittenDisclosure w) {
    return HtmlWriter.html(w.document());
  }
}
