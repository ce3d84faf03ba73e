package org.gongkai.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class EconomicColumnNamedOfficiallyTest {

  private final EconomicColumnNamedOfficially rule = new EconomicColumnNamedOfficially();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnAColumnNotNamedOfficially() {
    var b = TestDisclosures.clean();
    b.table(
        7,
        t -> {
          var cols = new java.util.ArrayList<>(t.columns());
          var c = cols.get(6);
          cols.set(
              6,
              new org.gongkai.model.Column(
                  c.index(), "工资福利", c.role(), c.side(), c.qualifier(), c.group()));
          return new org.gongkai.model.Table(
              t.number(),
              t.kind(),
              t.title(),
              t.unit(),
              t.preparer(),
              cols,
              t.rows(),
              t.notes(),
              t.source());
        });
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.expected()).isEqualTo("工资福利支出");
  }
}
