package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.total;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class TotalRowEqualsSumOfClassesTest {

  private final TotalRowEqualsSumOfClasses rule = new TotalRowEqualsSumOfClasses();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheTotalRowIsNotTheClasses() {
    Disclosure d =
        TestDisclosures.clean()
            .table(
                3,
                t -> withCell(withCell(t, total(), TOTAL, "1,893.88"), total(), PROJECT, "295.35"))
            .build();
    List<Finding> f = assertFires(rule, d, 2);
    assertThat(f).extracting(x -> x.location().column()).containsExactly("合计", "项目支出");
  }

  @Test
  void checksTheCodedSideOfATwoSidedTable() {
    Disclosure d =
        TestDisclosures.clean().table(1, t -> withCell(t, code("204"), TOTAL, 1, "24.50")).build();
    assertThat(assertFires(rule, d, 1).get(0).location().rowName()).isEqualTo("支出总计");
  }
}
