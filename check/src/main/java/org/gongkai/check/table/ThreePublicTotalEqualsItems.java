package org.gongkai.check.table;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.ThreePublicRows.Item;
import org.gongkai.model.TableKind;

/** 三公经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费. */
public final class ThreePublicTotalEqualsItems extends ThreePublicRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-020", RuleFamily.TABLE, Severity.ERROR)
          .tables(TableKind.THREE_PUBLIC_EXPENSES)
          .build();

  public ThreePublicTotalEqualsItems() {
    super(Item.TOTAL, List.of(Item.OVERSEAS_TRAVEL, Item.RECEPTION, Item.VEHICLES));
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
