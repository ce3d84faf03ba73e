package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gongkai.check.CheckProfile;
import org.gongkai.check.Checker;
import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.check.Report;
import org.gongkai.check.Severity;
import org.gongkai.check.TestCatalogue;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Defects injected one at a time into the clean narrative, checked with every registered rule: the
 * intended rule fires, and no other rule raises an error unless it sees the same defect (a wrong
 * amount also breaks the share computed from it: such rules are listed as allowed).
 */
class NarrativeDefectInjectionTest {

  record Case(String name, String intended, Set<String> allowed, Supplier<DocBuilder> doc) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        replace(
            "amount off",
            "NAR-001",
            Set.of("NAR-009", "NAR-013", "NAR-016", "NAR-017"),
            "基本支出1,598.53万元，占84.61%",
            "基本支出1,594.03万元，占84.61%"),
        replace("share off", "NAR-002", Set.of("NAR-016", "NAR-017"), "占84.61%", "占84.16%"),
        replace("change percent off", "NAR-009", Set.of(), "增长18.75%", "增长17.85%"),
        replace(
            "growth from a zero base", "NAR-011", Set.of(), "增加39.77万元，", "增加39.77万元，增长100.00%，"),
        replace("allocation exceeds the project", "NAR-013", Set.of(), "平台运维费5万元", "平台运维费6.65万元"),
        replace("reasons do not add up", "NAR-015", Set.of(), "搬迁改造费59万元", "搬迁改造费69万元"),
        replace("class under the wrong parent", "NAR-004", Set.of(), "行政事业单位养老支出（款）", "就业补助（款）"),
        replace(
            "misspelt class", "NAR-003", Set.of(), "其他政府办公厅（室）及相关机构事务支出（项）", "其他政府办公厅相关事务支出（项）"),
        replace("placeholder", "TXT-001", Set.of(), "本单位2024年全部收入", "XX单位2024年全部收入"),
        replace("template residue", "TXT-002", Set.of(), "比上年预算增加304.39万元", "比上年预算增加（减少）304.39万元"),
        replace(
            "same item two amounts",
            "NAR-012",
            Set.of("NAR-001", "NAR-013"),
            "一般公共预算基本支出1,598.53万元",
            "一般公共预算基本支出1,589.53万元"),
        replace(
            "totals out of balance",
            "NAR-018",
            Set.of("NAR-001", "NAR-013", "NAR-016", "NAR-017"),
            "本单位2024年支出预算1,889.38万元",
            "本单位2024年支出预算1,898.38万元"),
        replace(
            "listed class without figures", "NAR-005", Set.of(), "、社会保障和就业支出。", "、社会保障和就业支出、教育支出。"),
        replace("doubled word", "TXT-006", Set.of(), "主要原因是人员", "主要原因是人员人员"),
        replace("increase by zero", "NAR-010", Set.of(), "与上年预算持平", "比上年预算增加0.00万元"),
        replace(
            "share above a hundred",
            "NAR-019",
            Set.of("NAR-002", "NAR-016", "NAR-017"),
            "占2.10%",
            "占210.00%"),
        replace("increase above this year", "NAR-020", Set.of(), "增加6.71万元，增长11.18%", "增加76.71万元"),
        replace(
            "stray closing quote", "TXT-005", Set.of(), "收支总预算1,889.38万元。", "收支总预算1,889.38万元。”"),
        replace(
            "department wording in a unit document",
            "TXT-007",
            Set.of(),
            "本单位2024年收入预算1,889.38万元",
            "本部门2024年收入预算1,889.38万元"));
  }

  private static Case replace(
      String name, String intended, Set<String> allowed, String old, String replacement) {
    return new Case(name, intended, allowed, () -> NarrativeDocs.replacing(old, replacement));
  }

  private static Report check(DocBuilder b) {
    return Checker.standard(CheckProfile.defaults(), TestCatalogue.partial2024())
        .check(b.build(), TestDisclosures.layout());
  }

  @Test
  void silentOnTheCleanNarrativeWithEveryRule() {
    List<Finding> errors =
        check(NarrativeDocs.clean()).findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .toList();
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesTheIntendedRuleAndNoUnrelatedError(Case c) {
    Report r = check(c.doc().get());
    assertThat(r.findings())
        .as("%s fires", c.intended())
        .anyMatch(f -> f.rule().equals(c.intended()));
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.ERROR && !f.rule().equals(c.intended())) {
        assertThat(c.allowed())
            .as("unrelated error %s: %s", f.rule(), f.message())
            .contains(f.rule());
      }
    }
  }
}
