package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.name;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class FunctionalSectionEqualsSumOfItemsTest {

  private final FunctionalSectionEqualsSumOfItems rule = new FunctionalSectionEqualsSumOfItems();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenASectionIsNotItsItems() {
    Disclosure d =
        TestDisclosures.clean()
            .table(
                5,
                t ->
                    withCell(
                        withCell(t, code("2010350"), TOTAL, "114.39"),
                        code("2010350"),
                        BASIC,
                        "114.39"))
            .build();
    List<Finding> f = assertFires(rule, d, 2);
    assertThat(f).allMatch(x -> x.location().rowCode().equals("20103"));
  }

  @Test
  void projectRowsSharingACodeAddUpUnderTheirSection() {
    Disclosure d =
        TestDisclosures.clean()
            .table(7, t -> withCell(t, name("政府办公厅（室）及相关机构事务"), TOTAL, "200.00"))
            .build();
    assertThat(assertFires(rule, d, 1).get(0).expected()).isEqualTo("209.00 万元");
  }
}
