package org.gongkai.check.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.Names;
import org.gongkai.check.view.Numbering;
import org.gongkai.model.Disclosure;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Table;
import org.gongkai.model.TocEntry;

/**
 * The table of contents matches the body: each entry of the part listing the tables names its table
 * as titled, and each entry of the part listing the narrative names its section as headed
 * (whitespace and punctuation width forgiven). Parts whose headings the model does not hold (the
 * overview's) are not compared.
 */
public final class ContentsMatchBody implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-010", RuleFamily.COMPLETENESS, Severity.WARNING).build();

  private static final String NUMERALS = "一二三四五六七八九十";
  private static final java.util.regex.Pattern NOT_NUMERAL =
      java.util.regex.Pattern.compile("[^0-9一二三四五六七八九十]");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Disclosure d = ctx.disclosure();
    boolean any = false;
    for (List<TocEntry> group : groups(d.contents())) {
      if (isTableGroup(group)) {
        any |= checkTables(out, d, group);
      } else if (isNarrativeGroup(d, group)) {
        any |= checkNarrative(out, d, group);
      }
    }
    if (!any) {
      out.notApplicable("no-contents");
    }
  }

  /** Entries below level 1, grouped by the part they follow. */
  private static List<List<TocEntry>> groups(List<TocEntry> toc) {
    List<List<TocEntry>> out = new ArrayList<>();
    List<TocEntry> current = null;
    for (TocEntry e : toc) {
      if (e.level() <= 1) {
        current = new ArrayList<>();
        out.add(current);
      } else {
        if (current == null) {
          current = new ArrayList<>();
          out.add(current);
        }
        current.add(e);
      }
    }
    out.removeIf(List::isEmpty);
    return out;
  }

  private static boolean isTableGroup(List<TocEntry> group) {
    long tables = group.stream().filter(e -> clean(e.title()).endsWith("表")).count();
    return tables * 2 > group.size();
  }

  private static boolean isNarrativeGroup(Disclosure d, List<TocEntry> group) {
    for (TocEntry e : group) {
      Optional<NarrativeSection> s = section(d, e);
      if (s.isPresent() && Names.same(clean(e.title()), clean(s.get().title()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean checkTables(Outcomes out, Disclosure d, List<TocEntry> group) {
    boolean any = false;
    for (int i = 0; i < group.size(); i++) {
      TocEntry e = group.get(i);
      int n = number(e.label()).orElse(i + 1);
      Optional<Table> t = d.tableNumber(n);
      if (t.isEmpty()) {
        continue;
      }
      any = true;
      report(out, e, clean(t.get().title()), t.get().displayName());
    }
    return any;
  }

  private static boolean checkNarrative(Outcomes out, Disclosure d, List<TocEntry> group) {
    for (TocEntry e : group) {
      Optional<NarrativeSection> s = section(d, e);
      if (s.isEmpty()) {
        out.fail(Severity.WARNING, "missing", where(e), "", clean(e.title()), e.label());
      } else {
        report(out, e, clean(s.get().title()), s.get().label() + "、");
      }
    }
    return true;
  }

  private static void report(Outcomes out, TocEntry e, String body, String where) {
    if (Names.same(clean(e.title()), body)) {
      out.pass(where(e));
    } else {
      out.fail(where(e), body, clean(e.title()), where);
    }
  }

  private static Location where(TocEntry e) {
    return Location.document(Part.COMPLETENESS, e.label() + "、" + e.title(), e.source());
  }

  private static Optional<NarrativeSection> section(Disclosure d, TocEntry e) {
    String label = clean(e.label());
    for (NarrativeSection s : d.narrative()) {
      if (clean(s.label()).equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Title or label without list bullets, numbering punctuation or spaces. */
  static String clean(String s) {
    String c = org.gongkai.check.TableView.compact(s);
    int start = 0;
    while (start < c.length() && "-•·*".indexOf(c.charAt(start)) >= 0) {
      start++;
    }
    c = c.substring(start);
    int end = Math.max(Numbering.chinese(c), Numbering.arabicOrParenthesised(c));
    if (end > 0) {
      c = c.substring(end);
    }
    int last = c.length();
    while (last > 0 && "、.．（()）".indexOf(c.charAt(last - 1)) >= 0) {
      last--;
    }
    return c.substring(0, last);
  }

  private static Optional<Integer> number(String label) {
    String l = NOT_NUMERAL.matcher(clean(label)).replaceAll("");
    if (l.isEmpty()) {
      return Optional.empty();
    }
    if (l.chars().allMatch(Character::isDigit)) {
      return Optional.of(Integer.parseInt(l));
    }
    int value = 0;
    int pending = 0;
    for (char c : l.toCharArray()) {
      int digit = NUMERALS.indexOf(c) + 1;
      if (digit == 10) {
        value += (pending == 0 ? 1 : pending) * 10;
        pending = 0;
      } else if (digit > 0) {
        pending = digit;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(value + pending);
  }
}
