package org.gongkai.check.completeness;

import java.util.List;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.model.Disclosure;
import org.gongkai.model.SourceRef;

/**
 * "The disclosure explains a required matter": the reader found its figures, or the narrative has a
 * heading or sentence about it.
 */
abstract class MatterExplainedRule implements Rule {

  /** True when the reader extracted the matter's figures. */
  abstract boolean stated(Disclosure d);

  /** Words whose presence in the narrative shows the matter is explained. */
  abstract List<String> words();

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    Disclosure d = ctx.disclosure();
    if (d.narrative().isEmpty() && !stated(d)) {
      out.notApplicable("no-narrative");
      return;
    }
    Location where = Location.document(Part.COMPLETENESS, info().title(), SourceRef.NONE);
    if (stated(d) || words().stream().anyMatch(w -> Texts.mentions(ctx, w))) {
      out.pass(where);
    } else {
      out.fail(where, "", "", words().get(0));
    }
  }
}
