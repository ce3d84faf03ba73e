package org.gongkai.check.narrative;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.check.view.Names;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;

/**
 * The functional-classification rows of a document's tables, for finding the class a name meant.
 */
final class FunctionalTables {

  /** A coded row's code and name. */
  record CodedName(String code, String name) {}

  private static final Set<TableKind> FUNCTIONAL =
      Set.of(
          TableKind.INCOME_EXPENDITURE_SUMMARY,
          TableKind.INCOME_SUMMARY,
          TableKind.EXPENDITURE_SUMMARY,
          TableKind.FISCAL_SUMMARY,
          TableKind.FISCAL_EXPENDITURE,
          TableKind.GENERAL_PUBLIC_EXPENDITURE,
          TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE,
          TableKind.GOV_FUNDS_EXPENDITURE,
          TableKind.STATE_CAPITAL_EXPENDITURE);

  private FunctionalTables() {}

  /** Every distinct (code, name) the functional tables print, codes of the given length. */
  static List<CodedName> names(RuleContext ctx, int codeLength) {
    Set<String> seen = new HashSet<>();
    List<CodedName> out = new ArrayList<>();
    for (Table t : ctx.disclosure().tables()) {
      if (!FUNCTIONAL.contains(t.kind())) {
        continue;
      }
      TableView v = ctx.view(t);
      for (int side = 0; side < v.sides(); side++) {
        for (int i = 0; i < v.rows().size(); i++) {
          RowLabel l = v.label(i, side);
          boolean length = codeLength == 0 ? l.hasCode() : l.code().length() == codeLength;
          if (length && seen.add(l.code() + "/" + Names.fold(l.name()))) {
            out.add(new CodedName(l.code(), l.name()));
          }
        }
      }
    }
    return out;
  }

  /** The printed class most like the name (character-pair overlap of at least one half). */
  static Optional<CodedName> closest(RuleContext ctx, String name, int codeLength) {
    CodedName best = null;
    double score = 0.5;
    for (CodedName c : names(ctx, codeLength)) {
      double s = similarity(Names.fold(name), Names.fold(c.name()));
      if (s >= score) {
        score = s;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Dice coefficient of the two strings' character pairs. */
  static double similarity(String a, String b) {
    if (a.length() < 2 || b.length() < 2) {
      return a.equals(b) ? 1 : 0;
    }
    List<String> pa = pairs(a);
    List<String> pb = new ArrayList<>(pairs(b));
    int common = 0;
    for (String p : pa) {
      if (pb.remove(p)) {
        common++;
      }
    }
    return 2.0 * common / (pa.size() + pairs(b).size());
  }

  private static List<String> pairs(String s) {
    List<String> out = new ArrayList<>(s.length());
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }
}
