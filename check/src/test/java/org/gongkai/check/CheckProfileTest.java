package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.model.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckProfileTest {

  private static CheckProfile read(String yaml) throws IOException {
    return CheckProfile.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "gongkai.yaml");
  }

  @Test
  void readsEverySetting() throws IOException {
    CheckProfile p =
        read(
            """
            materiality: 0.05 万元
            performanceWeightTotal: 90
            maxFindingsPerRule: 50
            severity:
              CAT-001: off
              TXT-004: warning
            suppress:
              - rule: CAT-003
                location: "2041099"
                reason: 已与财政局核实
            thresholds:
              staffing-over-authorized: 5
            """);
    assertThat(p.materiality().sameValue(Money.yuan("500"))).isTrue();
    assertThat(p.performanceWeightTotal()).isEqualTo(90);
    assertThat(p.maxFindingsPerRule()).isEqualTo(50);
    assertThat(p.severities()).containsEntry("CAT-001", Optional.empty());
    assertThat(p.severities()).containsEntry("TXT-004", Optional.of(Severity.WARNING));
    assertThat(p.suppressions())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("已与财政局核实"));
    assertThat(p.threshold("staffing-over-authorized", BigDecimal.ZERO)).isEqualByComparingTo("5");
  }

  @Test
  void aMissingFileMeansTheDefaults(@TempDir Path dir) throws IOException {
    CheckProfile p = CheckProfile.find(dir);
    assertThat(p).isEqualTo(CheckProfile.defaults());
    assertThat(p.materiality().isZero()).isTrue();
  }

  @Test
  void findsTheFileInAFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("gongkai.yaml"), "materiality: 500 元\n");
    assertThat(CheckProfile.find(dir).materiality().sameValue(Money.wan("0.05"))).isTrue();
  }

  @Test
  void refusesUnknownSettingsBadLevelsAndSuppressionsWithoutReason() {
    assertThatThrownBy(() -> read("tolerance: 1\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("tolerance");
    assertThatThrownBy(() -> read("severity:\n  TBL-001: fatal\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("fatal");
    assertThatThrownBy(() -> read("suppress:\n  - rule: TBL-001\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("reason");
  }
}
