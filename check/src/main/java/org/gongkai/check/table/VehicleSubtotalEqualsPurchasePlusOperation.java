package org.gongkai.check.table;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.ThreePublicRows.Item;
import org.gongkai.model.TableKind;

/** 公务用车购置及运行费（小计）= 公务用车购置费 + 公务用车运行费. */
public final class VehicleSubtotalEqualsPurchasePlusOperation extends ThreePublicRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-021", RuleFamily.TABLE, Severity.ERROR)
          .tables(TableKind.THREE_PUBLIC_EXPENSES)
          .build();

  public VehicleSubtotalEqualsPurchasePlusOperation() {
    super(Item.VEHICLES, List.of(Item.VEHICLE_PURCHASE, Item.VEHICLE_OPERATION));
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
