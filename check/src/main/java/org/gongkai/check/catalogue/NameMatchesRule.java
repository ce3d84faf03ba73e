package org.gongkai.check.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.check.CodeLookup;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.view.Names;

/**
 * "A code of one classification is printed with its official name", forgiving only whitespace and
 * full-/half-width punctuation; the finding gives the official name. Codes the catalogue does not
 * know are left to CAT-006 (same code, same name across tables).
 */
abstract class NameMatchesRule implements Rule {

  abstract boolean covers(String code);

  abstract CodeLookup lookup(RuleContext ctx, String code);

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    List<CodedRows.Coded> rows = CodedRows.of(ctx, this::covers);
    Map<String, CodeLookup> seen = new HashMap<>();
    boolean any = false;
    for (CodedRows.Coded c : rows) {
      if (c.label().name().isEmpty() || c.nameIsProject()) {
        continue;
      }
      CodeLookup l = seen.computeIfAbsent(c.label().code(), k -> lookup(ctx, k));
      if (l.status() != CodeLookup.Status.KNOWN) {
        continue;
      }
      any = true;
      Location where = Location.of(c.view(), c.row(), c.side());
      if (Names.same(c.label().name(), l.officialName())) {
        out.pass(where);
      } else {
        out.fail(where, l.officialName(), c.label().name(), c.label().code(), l.list());
      }
    }
    if (!any) {
      out.notApplicable("code-unknown-all");
    }
  }
}
