package org.gongkai.check.completeness;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.TableSpec;

/** Every table the layout requires is published (an empty one too, with its explanation). */
public final class LayoutTablesPresent implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-001", RuleFamily.COMPLETENESS, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    if (ctx.layout().isEmpty()) {
      out.notApplicable("layout-unknown");
      return;
    }
    LayoutProfile layout = ctx.layout().get();
    boolean any = false;
    for (TableSpec spec : layout.tables()) {
      if (!spec.required()) {
        continue;
      }
      any = true;
      boolean present =
          spec.kind() == TableKind.OTHER
              ? ctx.disclosure().tableNumber(spec.number()).isPresent()
              : ctx.disclosure().table(spec.kind()).isPresent();
      String title = spec.titles().isEmpty() ? spec.kind().name() : spec.titles().get(0);
      Location where =
          Location.document(Part.COMPLETENESS, "表" + spec.number() + " " + title, SourceRef.NONE);
      if (present) {
        out.pass(where);
      } else {
        out.fail(where, title, "", spec.number(), layout.name());
      }
    }
    if (!any) {
      out.notApplicable("layout-unknown");
    }
  }
}
