package org.gongkai.read.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.junit.jupiter.api.Test;

class RoleIdentitiesTest {

  private static List<Column> columns(ColumnRole... roles) {
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < roles.length; i++) {
      out.add(new Column(i, "h" + i, roles[i]));
    }
    return out;
  }

  private static List<String> describe(List<RoleIdentities.Identity> ids) {
    return ids.stream().map(i -> i.total() + "=" + Arrays.toString(i.parts())).toList();
  }

  @Test
  void basicAndProjectWithStaffColumnsUnderBasic() {
    var ids =
        RoleIdentities.of(
            columns(
                ColumnRole.NAME,
                ColumnRole.TOTAL,
                ColumnRole.BASIC,
                ColumnRole.PERSONNEL,
                ColumnRole.OPERATING,
                ColumnRole.PROJECT));
    assertThat(describe(ids)).containsExactly("1=[2, 5]", "2=[3, 4]");
  }

  @Test
  void withoutABasicColumnStaffAndProjectMakeTheTotal() {
    var ids =
        RoleIdentities.of(
            columns(
                ColumnRole.NAME,
                ColumnRole.TOTAL,
                ColumnRole.PERSONNEL,
                ColumnRole.OPERATING,
                ColumnRole.PROJECT));
    assertThat(describe(ids)).containsExactly("1=[2, 3, 4]");
  }

  @Test
  void fundSourcesAddUpToTheSubtotalAndTheSubtotalAndOtherSourcesToTheTotal() {
    var ids =
        RoleIdentities.of(
            columns(
                ColumnRole.CODE,
                ColumnRole.NAME,
                ColumnRole.TOTAL,
                ColumnRole.FISCAL_SUBTOTAL,
                ColumnRole.GENERAL_PUBLIC,
                ColumnRole.GOV_FUNDS,
                ColumnRole.OPERATING_REVENUE,
                ColumnRole.BUSINESS_REVENUE));
    assertThat(describe(ids)).containsExactly("3=[4, 5]", "2=[3, 6, 7]");
  }

  @Test
  void threePublicItemsAsColumns() {
    var ids =
        RoleIdentities.of(
            columns(
                ColumnRole.NAME,
                ColumnRole.TOTAL,
                ColumnRole.OVERSEAS_TRAVEL,
                ColumnRole.RECEPTION,
                ColumnRole.VEHICLES,
                ColumnRole.VEHICLE_PURCHASE,
                ColumnRole.VEHICLE_OPERATION,
                ColumnRole.AGENCY_OPERATING));
    assertThat(describe(ids)).containsExactly("1=[2, 3, 4]", "4=[5, 6]");
  }

  @Test
  void aTotalAloneOrOtherColumnsGiveNoIdentity() {
    assertThat(RoleIdentities.of(columns(ColumnRole.NAME, ColumnRole.TOTAL))).isEmpty();
    assertThat(
            RoleIdentities.of(
                columns(ColumnRole.NAME, ColumnRole.TOTAL, ColumnRole.LAST_YEAR, ColumnRole.OTHER)))
        .isEmpty();
  }
}
