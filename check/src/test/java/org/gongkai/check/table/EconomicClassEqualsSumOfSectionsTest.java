package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class EconomicClassEqualsSumOfSectionsTest {

  private final EconomicClassEqualsSumOfSections rule = new EconomicClassEqualsSumOfSections();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenAnEconomicClassIsNotItsSections() {
    Disclosure d =
        TestDisclosures.clean()
            .table(
                6,
                t ->
                    withCell(
                        withCell(t, code("30101"), TOTAL, "374.00"),
                        code("30101"),
                        PERSONNEL,
                        "374.00"))
            .build();
    List<Finding> f = assertFires(rule, d, 2);
    assertThat(f).allMatch(x -> x.location().rowCode().equals("301"));
  }
}
