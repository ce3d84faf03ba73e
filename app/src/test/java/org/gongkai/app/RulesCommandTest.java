package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.check.RuleRegistry;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void listsEveryRegisteredRule() {
    ParseCommandTest.Run r = ParseCommandTest.run("rules");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("共 " + RuleRegistry.all().size() + " 条规则");
    RuleRegistry.all().forEach(rule -> assertThat(r.out()).contains(rule.info().id()));
  }

  @Test
  void oneRuleShowsItsBasis() {
    ParseCommandTest.Run r = ParseCommandTest.run("rules", "--id", "TBL-001");
    assertThat(r.out()).contains("TBL-001", "依据：").doesNotContain("TBL-002");
  }

  @Test
  void anUnknownIdSaysSo() {
    ParseCommandTest.Run r = ParseCommandTest.run("rules", "--id", "ZZZ-999");
    assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS);
    assertThat(r.err()).contains("ZZZ-999");
  }
}
