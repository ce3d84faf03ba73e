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
  void silentAndFiringOnASingleOfWhichItem() {
    String ok = "2024年本单位面向中小企业预留政府采购项目预算金额228.92万元，其中：面向小微企业预留政府采购项目预算金额190.92万元。";
    String bad = ok.replace("190.92", "238.92");
    var base = "2024年本单位政府采购预算228.92万元，其中：货物采购63.52万元，工程采购59.00万元，服务采购106.40万元。";
    assertSilent(rule, NarrativeDocs.replacing(base, base + ok).build());
    assertFires(rule, NarrativeDocs.replacing(base, base + bad).build(), 1);
  }
}
