package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesDocTest {

  @Test
  void rendersEveryRuleByFamily() {
    String md = RulesDoc.render(RuleRegistry.all());
    assertThat(md)
        .startsWith("# Rules")
        .contains("## TBL")
        .contains("TBL-001 | error")
        .doesNotContain("{0}");
  }

  @Test
  void mainWritesTheFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("docs/rules.md");
    RulesDoc.main(new String[] {out.toString()});
    assertThat(Files.readString(out)).isEqualTo(RulesDoc.render(RuleRegistry.all()));
  }
}
