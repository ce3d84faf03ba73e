package org.gongkai.check.catalogue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.check.CodeLookup;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.CodeRows;
import org.gongkai.check.view.Names;

/**
 * A code the catalogue does not know is printed with the same name in every table (forgiving
 * whitespace and punctuation width): two names for one code mean one of them is wrong. Codes the
 * catalogue knows are checked against their official name by CAT-003 and CAT-004 instead.
 */
public final class SameCodeSameName implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CAT-006", RuleFamily.CATALOGUE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    List<CodedRows.Coded> rows =
        CodedRows.of(ctx, c -> CodeRows.isFunctional(c) || CodeRows.isEconomic(c));
    Map<String, CodedRows.Coded> first = new LinkedHashMap<>();
    Map<String, Boolean> known = new HashMap<>();
    boolean any = false;
    for (CodedRows.Coded c : rows) {
      String code = c.label().code();
      if (c.label().name().isEmpty()
          || c.nameIsProject()
          || known.computeIfAbsent(code, k -> isKnown(ctx, k))) {
        continue;
      }
      CodedRows.Coded reference = first.putIfAbsent(code, c);
      if (reference == null || reference.view() == c.view()) {
        continue;
      }
      any = true;
      Location where = Location.of(c.view(), c.row(), c.side());
      if (Names.same(reference.label().name(), c.label().name())) {
        out.pass(where);
      } else {
        out.fail(
            where,
            reference.label().name(),
            c.label().name(),
            code,
            reference.view().table().displayName());
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }

  private static boolean isKnown(RuleContext ctx, String code) {
    CodeLookup l =
        CodeRows.isFunctional(code)
            ? ctx.catalogue().function(ctx.year(), code)
            : ctx.catalogue().economic(ctx.year(), code);
    return l.status() == CodeLookup.Status.KNOWN;
  }
}
