package org.gongkai.model.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Scope;
import org.gongkai.model.TableKind;
import org.junit.jupiter.api.Test;

class XinjiangProfileTest {

  private final LayoutProfile p = LayoutProfiles.byId("xinjiang-unit-budget").orElseThrow();

  @Test
  void describesTheTenTablesOfAXinjiangUnitBudget() {
    assertThat(p.kind()).isEqualTo(DisclosureKind.BUDGET);
    assertThat(p.scope()).isEqualTo(Scope.UNIT);
    assertThat(p.narrativeUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.performanceWeightTotal()).isEqualTo(90);
    assertThat(p.tables())
        .extracting(TableSpec::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(p.tables())
        .extracting(TableSpec::kind)
        .doesNotHaveDuplicates()
        .doesNotContain(TableKind.OTHER);
    assertThat(p.tables())
        .filteredOn(t -> t.sides() == 2)
        .extracting(TableSpec::number)
        .containsExactly(1, 4);
    assertThat(p.emptyTablePhrases()).contains("为空表");
  }

  @Test
  void everyTableHasATitleNoOtherTableShares() {
    Set<String> seen = new HashSet<>();
    for (TableSpec t : p.tables()) {
      assertThat(t.titles()).isNotEmpty();
      for (String title : t.titles()) {
        assertThat(seen.add(title)).as(title).isTrue();
      }
    }
  }

  @Test
  void everyColumnHasAHeaderAndEachSideItsLabel() {
    for (TableSpec t : p.tables()) {
      for (ColumnSpec c : t.columns()) {
        assertThat(c.headers()).as("表%d %s", t.number(), c.role()).isNotEmpty();
      }
      for (int side = 0; side < t.sides(); side++) {
        int s = side;
        List<ColumnRole> roles =
            t.columns().stream().filter(c -> c.side() == s).map(ColumnSpec::role).toList();
        assertThat(roles)
            .as("表%d side %d", t.number(), side)
            .anyMatch(ColumnRole::isStub)
            .contains(ColumnRole.TOTAL);
      }
    }
    TableSpec projects = p.table(TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE).orElseThrow();
    assertThat(projects.columns())
        .filteredOn(c -> c.role() == ColumnRole.ECONOMIC_CLASS)
        .extracting(ColumnSpec::qualifier)
        .containsExactly("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
  }
}
