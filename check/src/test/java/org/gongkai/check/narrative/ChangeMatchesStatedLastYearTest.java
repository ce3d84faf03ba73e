package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class ChangeMatchesStatedLastYearTest {

  private final ChangeMatchesStatedLastYear rule = new ChangeMatchesStatedLastYear();
  private static final String CLEAN = "2024年预算数为66.71万元，比上年预算增加6.71万元，增长11.18%。";

  @Test
  void notApplicableWhenNoLastYearFigureIsStated() {
    assertNotApplicable(rule, NarrativeDocs.clean().build());
  }

  @Test
  void silentWhenTheChangeIsThisYearMinusTheStatedLastYear() {
    assertSilent(rule, NarrativeDocs.replacing(CLEAN, stated("60.00", "增加11.18%")).build());
  }

  @Test
  void firesWhenThePercentDoesNotFollowFromTheStatedFigures() {
    Finding f =
        assertFires(rule, NarrativeDocs.replacing(CLEAN, stated("60.00", "增加12.18%")).build(), 1)
            .get(0);
    assertThat(f.expected()).isEqualTo("11.18%");
  }

  @Test
  void firesWhenTheAmountDoesNotFollowFromTheStatedFigures() {
    assertFires(
        rule,
        NarrativeDocs.replacing(CLEAN, "2023年预算执行数为61.00万元，2024年预算安排66.71万元，比2023年预算执行数增加6.71万元。")
            .build(),
        1);
  }

  private static String stated(String last, String change) {
    return "2023年预算执行数为" + last + "万元，2024年预算安排66.71万元，比2023年预算执行数" + change + "。";
  }
}
