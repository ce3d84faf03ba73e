package org.gongkai.check.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.check.CodeLookup;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.Severity;
import org.gongkai.model.SourceRef;

/**
 * "Every code of one classification exists in the year's list." A code absent from a complete list
 * is an error on its row; codes absent from a partial list are unknown: each is recorded as
 * insufficient data, and one notice lists them all, saying the list is partial.
 */
abstract class CodeExistsRule implements Rule {

  abstract boolean covers(String code);

  abstract CodeLookup lookup(RuleContext ctx, String code);

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    List<CodedRows.Coded> rows = CodedRows.of(ctx, this::covers);
    if (rows.isEmpty()) {
      out.notApplicable("column-missing");
      return;
    }
    Map<String, CodeLookup> seen = new LinkedHashMap<>();
    Map<String, CodedRows.Coded> unknown = new LinkedHashMap<>();
    String list = "";
    for (CodedRows.Coded c : rows) {
      String code = c.label().code();
      CodeLookup l = seen.computeIfAbsent(code, k -> lookup(ctx, k));
      Location where = Location.of(c.view(), c.row(), c.side());
      switch (l.status()) {
        case KNOWN -> out.pass(where);
        case NOT_IN_CATALOGUE -> out.fail(where, "", code, code, l.list());
        case UNKNOWN -> {
          list = l.list();
          if (unknown.putIfAbsent(code, c) == null) {
            out.insufficientData(where, "code-unknown", code);
          }
        }
      }
    }
    if (!unknown.isEmpty()) {
      out.fail(
          Severity.NOTICE,
          "unknown",
          Location.document(
              Part.TABLES, org.gongkai.check.Messages.text("location.all-tables"), SourceRef.NONE),
          "",
          "",
          String.join("、", unknown.keySet()),
          unknown.size(),
          list.isEmpty() ? ctx.catalogue().describe(ctx.year()) : list);
    }
  }
}
