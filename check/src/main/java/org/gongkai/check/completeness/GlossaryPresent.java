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

/** The disclosure explains its terms (名词解释). */
public final class GlossaryPresent implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-012", RuleFamily.COMPLETENESS, Severity.NOTICE).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Location where = Location.document(Part.COMPLETENESS, info().title(), SourceRef.NONE);
    if (!ctx.disclosure().glossary().isEmpty() || Texts.mentions(ctx, "名词解释")) {
      out.pass(where);
    } else {
      out.fail(where, "", "");
    }
  }
}
