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

class FunctionalClassEqualsSumOfSectionsTest {

  private final FunctionalClassEqualsSumOfSections rule = new FunctionalClassEqualsSumOfSections();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesInEachColumnWhereTheClassIsNotItsSections() {
    Disclosure d =
        TestDisclosures.clean()
            .table(
                3,
                t ->
                    withCell(
                        withCell(t, code("201"), TOTAL, "1,669.88"),
                        code("201"),
                        BASIC,
                        "1,399.03"))
            .build();
    List<Finding> f = assertFires(rule, d, 2);
    assertThat(f).extracting(x -> x.location().column()).containsExactly("合计", "基本支出");
  }
}
