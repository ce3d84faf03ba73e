package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.name;
import static org.gongkai.check.TableBuilder.total;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.BASIC;
import static org.gongkai.model.ColumnRole.CODE_ITEM;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC;
import static org.gongkai.model.ColumnRole.NAME;
import static org.gongkai.model.ColumnRole.OPERATING;
import static org.gongkai.model.ColumnRole.PROJECT;
import static org.gongkai.model.ColumnRole.TOTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gongkai.model.AgencyOperatingExpenses;
import org.gongkai.model.Figure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Overview;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProjectDescription;
import org.gongkai.model.Staffing;
import org.gongkai.model.Table;
import org.gongkai.model.ThreePublicExpenses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The defect-injection corpus: the clean test document with one defect injected per case. The
 * intended rule must fire, and no error may come from a rule outside those that see the same defect
 * (a changed total also breaks the row it stands on: those rules are listed as allowed).
 */
class DefectInjectionTest {

  /**
   * One injected defect.
   *
   * @param name what was injected
   * @param intended the rule that must fire
   * @param allowed other rules that legitimately see the same defect
   * @param damage the injection
   */
  record Case(String name, String intended, Set<String> allowed, Consumer<DocBuilder> damage) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<String> RESULTS = new ArrayList<>();

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "款 cell changed (表6 办公费)",
            "TBL-012",
            Set.of(),
            b ->
                b.table(
                    6,
                    t ->
                        withCell(
                            withCell(t, code("30201"), TOTAL, "172.74"),
                            code("30201"),
                            OPERATING,
                            "172.74"))),
        new Case(
            "total changed (表3 合计)",
            "TBL-013",
            Set.of("TBL-001", "XTB-003", "XTB-004"),
            b -> b.table(3, t -> withCell(t, total(), TOTAL, "1,893.88"))),
        new Case(
            "row total off by 4.50 (表3 行政运行)",
            "TBL-001",
            Set.of("TBL-011", "TBL-010", "TBL-013", "XTB-001", "XTB-003", "XTB-004"),
            b -> b.table(3, t -> withCell(t, code("2010301"), TOTAL, "1,308.91"))),
        new Case(
            "wrong name (表5 2080501)",
            "CAT-003",
            Set.of(),
            b -> b.table(5, t -> withCell(t, code("2080501"), NAME, "行政单位离休"))),
        new Case(
            "wrong code (表3 2080505 → 2080506)",
            "XTB-004",
            Set.of(),
            b -> b.table(3, t -> withCell(t, code("2080505"), CODE_ITEM, "06"))),
        new Case(
            "swapped pair (表3 行政运行 基本/项目)",
            "TBL-011",
            Set.of(),
            b ->
                b.table(
                    3,
                    t ->
                        withCell(
                            withCell(t, code("2010301"), BASIC, "19.77"),
                            code("2010301"),
                            PROJECT,
                            "1,284.64"))),
        new Case("dropped table (表6)", "CMP-001", Set.of(), b -> b.withoutTable(6)),
        new Case(
            "weight changed",
            "PRF-003",
            Set.of(),
            b -> b.sheet("机场设施租赁费", s -> DocBuilder.withIndicators(s, reweighted(s)))),
        new Case(
            "narrative 机关运行经费 off",
            "XTB-015",
            Set.of(),
            b -> b.agencyOperating = new AgencyOperatingExpenses(wan("195.56"), null, null)),
        new Case(
            "narrative 三公 item off",
            "XTB-016",
            Set.of(),
            b ->
                b.threePublic =
                    new ThreePublicExpenses(
                        wan("0.00"),
                        wan("0.00"),
                        wan("1.00"),
                        null,
                        wan("0.00"),
                        wan("0.00"),
                        null)),
        new Case(
            "narrative project amount off",
            "XTB-017",
            Set.of(),
            b ->
                b.projects.set(
                    1, new ProjectDescription("业务活动经费项目", "", wan("55.00"), "", "", "", null))),
        new Case(
            "sheet goal amount off",
            "PRF-002",
            Set.of(),
            b ->
                b.sheet(
                    "政府楼搬迁改造费",
                    s ->
                        DocBuilder.withFunds(s, "59.00", "59.00", "0.00", "项目资金69万元，其中财政资金69万元。"))),
        new Case(
            "元 table read as 万元 (表3)",
            "XTB-001",
            Set.of("XTB-003", "XTB-004", "SAN-012"),
            b ->
                b.table(
                    3,
                    t ->
                        new Table(
                            t.number(),
                            t.kind(),
                            t.title(),
                            MoneyUnit.YUAN,
                            t.preparer(),
                            t.columns(),
                            t.rows(),
                            t.notes(),
                            t.source()))),
        new Case(
            "procurement kinds off",
            "SAN-003",
            Set.of(),
            b ->
                b.procurement =
                    new Procurement(
                        wan("228.92"),
                        wan("63.52"),
                        wan("59.00"),
                        wan("110.90"),
                        wan("228.92"),
                        wan("190.92"),
                        null)),
        new Case("staff total off", "SAN-001", Set.of(), DefectInjectionTest::staffOff),
        new Case(
            "count in a percent indicator",
            "PRF-005",
            Set.of(),
            b ->
                b.sheet(
                    "政府楼搬迁改造费",
                    s ->
                        DocBuilder.withIndicators(
                            s,
                            replaced(
                                s,
                                0,
                                DocBuilder.indicator("产出指标", "数量指标", "改造会议室个数（%）", "=2 个", 20))))),
        new Case(
            "fiscal summary class changed (表4 201)",
            "XTB-008",
            Set.of("XTB-006", "TBL-013"),
            b ->
                b.table(
                    4,
                    t ->
                        withCell(
                            withCell(t, code("201"), TOTAL, 1, "1,600.00"),
                            code("201"),
                            GENERAL_PUBLIC,
                            1,
                            "1,600.00"))),
        new Case(
            "income line without column (表1 财政专户)",
            "XTB-005",
            Set.of("TBL-006"),
            b -> b.table(1, t -> withCell(t, name("4. 财政专户核拨"), TOTAL, "10.00"))),
        new Case(
            "empty table without its note (表8)",
            "CMP-002",
            Set.of(),
            b ->
                b.table(
                    8,
                    t ->
                        new Table(
                            t.number(),
                            t.kind(),
                            t.title(),
                            t.unit(),
                            t.preparer(),
                            t.columns(),
                            t.rows(),
                            List.of(),
                            t.source()))),
        new Case(
            "general-public item changed (表5 事业运行)",
            "XTB-014",
            Set.of("TBL-001", "TBL-011", "TBL-010", "TBL-013", "XTB-006", "XTB-011"),
            b ->
                b.table(
                    5,
                    t ->
                        withCell(
                            withCell(t, code("2010350"), TOTAL, "110.00"),
                            code("2010350"),
                            BASIC,
                            "110.00"))));
  }

  private static List<org.gongkai.model.Indicator> reweighted(PerformanceTargets s) {
    var i = s.indicators().get(0);
    return replaced(s, 0, DocBuilder.indicator(i.level1(), i.level2(), i.name(), i.target(), 25));
  }

  private static List<org.gongkai.model.Indicator> replaced(
      PerformanceTargets s, int index, org.gongkai.model.Indicator with) {
    List<org.gongkai.model.Indicator> list = new ArrayList<>(s.indicators());
    list.set(index, with);
    return list;
  }

  private static void staffOff(DocBuilder b) {
    Overview o = b.overview;
    b.overview =
        new Overview(
            o.functions(),
            o.organisation(),
            o.internalDepartments(),
            o.internalDepartmentCount(),
            o.subordinateUnits(),
            new Staffing(
                Figure.of(70, "人", null),
                Figure.of(106, "人", null),
                Figure.of(68, "人", null),
                null,
                Figure.of(36, "人", null),
                null,
                Figure.of(0, "人", null),
                null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theIntendedRuleFiresAndNoUnrelatedErrorDoes(Case c) {
    DocBuilder b = TestDisclosures.clean();
    c.damage().accept(b);
    Report r =
        Checker.standard(TestCatalogue.partial2024()).check(b.build(), TestDisclosures.layout());
    boolean detected = r.findings().stream().anyMatch(f -> f.rule().equals(c.intended()));
    List<Finding> unrelated =
        r.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .filter(f -> !f.rule().equals(c.intended()) && !c.allowed().contains(f.rule()))
            .toList();
    RESULTS.add(
        (detected ? "detected " : "MISSED   ")
            + c.name()
            + (unrelated.isEmpty() ? "" : " +" + unrelated.size() + " unrelated errors"));
    assertThat(detected).as("%s fires on: %s", c.intended(), c.name()).isTrue();
    assertThat(unrelated).as("unrelated errors on: %s", c.name()).isEmpty();
  }

  @AfterAll
  static void summary() {
    long detected = RESULTS.stream().filter(s -> s.startsWith("detected")).count();
    long unrelated = RESULTS.stream().filter(s -> s.contains("unrelated")).count();
    System.out.println(
        "defect injection: "
            + detected
            + "/"
            + RESULTS.size()
            + " detected, "
            + unrelated
            + " cases with unrelated errors");
  }
}
