package org.gongkai.check.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class ThreePublicTableMatchesNarrativeTest {

  private final ThreePublicTableMatchesNarrative rule = new ThreePublicTableMatchesNarrative();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheNarrativeStatesWhatTheEmptyTableDoesNot() {
    var b = TestDisclosures.clean();
    var s = b.threePublic;
    b.threePublic =
        new org.gongkai.model.ThreePublicExpenses(
            s.total(),
            s.overseasTravel(),
            wan("1.00"),
            null,
            s.vehiclePurchase(),
            s.vehicleOperation(),
            null);
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.location().rowName()).isEqualTo("公务接待费");
  }

  @Test
  void silentOnAFilledMatchingTable() {
    var b = TestDisclosures.clean();
    b.table(
        10, t -> TestDisclosures.threePublicTable("10.00", "2.00", "3.00", "5.00", "1.00", "4.00"));
    b.threePublic =
        new org.gongkai.model.ThreePublicExpenses(
            wan("10.00"), wan("2.00"), wan("3.00"), wan("5.00"), wan("1.00"), wan("4.00"), null);
    assertSilent(rule, b.build());
  }
}
