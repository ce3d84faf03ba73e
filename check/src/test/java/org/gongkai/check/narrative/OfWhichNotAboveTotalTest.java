package org.gongkai.check.narrative;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class OfWhichNotAboveTotalTest {

  private final OfWhichNotAboveTotal rule = new OfWhichNotAboveTotal();

  @Test
  void notApplicableWithoutASingleOfWhichItem() {
    org.gongkai.check.RuleHarness.assertNotApplicable(rule, NarrativeDocs.clean().build());
  }

  @Test
  void silentWhenTheItemIsWithinItsTotal() {
    assertSilent(rule, NarrativeDocs.replacing(BASE, BASE + OK).build());
  }

  @Test
  void firesWhenTheItemExceedsItsTotal() {
    assertFires(
        rule, NarrativeDocs.replacing(BASE, BASE + OK.replace("190.92", "238.92")).build(), 1);
  }

  private static final String BASE =
      "2024年本单位政府采购预算228.92万元，其中：货物采购63.52万元，工程采购59.00万元，服务采购106.40万元。";
  private static final String OK =
      "2024年本单位面向中小企业预留政府采购项目预算金额228.92万元，其中：面向小微企业预留政府采购项目预算金额190.92万元。";
}
