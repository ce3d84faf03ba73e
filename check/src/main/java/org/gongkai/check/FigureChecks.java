package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Money;

/**
 * The two comparisons most rules make, with the outcome bookkeeping done once: a printed total
 * against its printed parts, and one quantity printed in two places. Blank parts of a sum are read
 * as zero (the layouts' convention for a filled row) and the pass says so; a blank or unreadable
 * total, or an unreadable part, is insufficient data, never a pass.
 *
 * <p>On failure the message arguments are {@code {0}} expected, {@code {1}} found, {@code {2}} the
 * difference, {@code {3}} a hint (a suspected 元/万元 confusion, else empty), then the caller's extra
 * arguments from {@code {4}}.
 */
public final class FigureChecks {

  private FigureChecks() {}

  /**
   * Checks {@code total = Σ parts}. Returns false when nothing could be examined (total and every
   * part blank), so the caller may count the thing as not applicable.
   */
  public static boolean sum(
      RuleContext ctx,
      Outcomes out,
      Location where,
      CellValue total,
      List<CellValue> parts,
      Object... extra) {
    boolean anyPart = false;
    boolean blanks = false;
    List<Money> monies = new ArrayList<>(parts.size());
    for (CellValue p : parts) {
      switch (p.state()) {
        case NUMBER -> {
          anyPart = true;
          monies.add(p.money());
        }
        case BLANK -> blanks = true;
        case NOT_A_NUMBER -> {
          out.insufficientData(p.location(), "not-a-number");
          return true;
        }
      }
    }
    if (total.isBlank() && !anyPart) {
      return false;
    }
    if (!total.isNumber()) {
      out.insufficientData(where, total.isBlank() ? "blank-total" : "not-a-number");
      return true;
    }
    Comparison c = ctx.comparisons().sum(total.money(), monies);
    report(out, where, c, blanks ? Messages.text("note.blanks-as-zero") : "", extra);
    return true;
  }

  /**
   * Checks that two sums of cells stand for the same quantity (either side may be one cell). Blank
   * cells count as zero and the pass says so; both sides wholly blank is not examined (returns
   * false); an unreadable cell is insufficient data.
   */
  public static boolean sums(
      RuleContext ctx,
      Outcomes out,
      Location where,
      List<CellValue> expected,
      List<CellValue> actual,
      Object... extra) {
    List<Money> e = new ArrayList<>(expected.size());
    List<Money> a = new ArrayList<>(actual.size());
    boolean blanks = false;
    for (List<CellValue> side : List.of(expected, actual)) {
      for (CellValue v : side) {
        if (v.state() == CellValue.State.NOT_A_NUMBER) {
          out.insufficientData(v.location(), "not-a-number");
          return true;
        }
        if (v.isNumber()) {
          (side == expected ? e : a).add(v.money());
        } else {
          blanks = true;
        }
      }
    }
    if (e.isEmpty() && a.isEmpty()) {
      return false;
    }
    if (e.isEmpty() || a.isEmpty()) {
      List<Money> numbers = e.isEmpty() ? a : e;
      Money sum = ctx.comparisons().sums(numbers, numbers).expected();
      if (sum.isZero()) {
        out.pass(where, Messages.text("note.blanks-as-zero"));
      } else {
        String blank = Messages.text("value.blank");
        String shown = Comparisons.printed(sum);
        out.fail(
            where,
            e.isEmpty() ? blank : shown,
            a.isEmpty() ? blank : shown,
            args(shown, "", extra));
      }
      return true;
    }
    report(
        out,
        where,
        ctx.comparisons().sums(e, a),
        blanks ? Messages.text("note.blanks-as-zero") : "",
        extra);
    return true;
  }

  /** Checks that two printings of one quantity agree; {@code expected} is the reference. */
  public static void same(
      RuleContext ctx,
      Outcomes out,
      Location where,
      Money expected,
      Money actual,
      Object... extra) {
    report(out, where, ctx.comparisons().same(expected, actual), "", extra);
  }

  /**
   * Checks that two cells hold the same quantity. Both blank: not examined (returns false). One
   * blank and the other zero: a pass noted as blank-as-zero. One blank and the other not zero: a
   * failure (the blank is shown as printed).
   */
  public static boolean same(
      RuleContext ctx,
      Outcomes out,
      Location where,
      CellValue expected,
      CellValue actual,
      Object... extra) {
    if (expected.isBlank() && actual.isBlank()) {
      return false;
    }
    if (expected.state() == CellValue.State.NOT_A_NUMBER
        || actual.state() == CellValue.State.NOT_A_NUMBER) {
      out.insufficientData(where, "not-a-number");
      return true;
    }
    if (expected.isNumber() && actual.isNumber()) {
      same(ctx, out, where, expected.money(), actual.money(), extra);
      return true;
    }
    CellValue number = expected.isNumber() ? expected : actual;
    if (number.money().isZero()) {
      out.pass(where, Messages.text("note.blanks-as-zero"));
    } else {
      String blank = Messages.text("value.blank");
      out.fail(
          where,
          expected.isNumber() ? Comparisons.printed(expected.money()) : blank,
          actual.isNumber() ? Comparisons.printed(actual.money()) : blank,
          args(Comparisons.printed(number.money()), "", extra));
    }
    return true;
  }

  /** Reports a finished comparison as a pass or a failure. */
  public static void report(
      Outcomes out, Location where, Comparison c, String passNote, Object... extra) {
    if (c.verdict() == Comparison.Verdict.WITHIN_MATERIALITY) {
      out.passWithinMateriality(where, c.note());
      return;
    }
    if (c.ok()) {
      String note = c.note().isEmpty() ? passNote : c.note();
      if (note.isEmpty()) {
        out.pass(where);
      } else {
        out.pass(where, note);
      }
      return;
    }
    String hint = c.unitConfusion() ? Messages.text("hint.unit-confusion") : "";
    out.fail(
        where,
        Comparisons.printed(c.expected()),
        Comparisons.printed(c.actual()),
        args(c.differencePrinted(), hint, extra));
  }

  private static Object[] args(String difference, String hint, Object[] extra) {
    Object[] all = new Object[extra.length + 2];
    all[0] = difference;
    all[1] = hint;
    System.arraycopy(extra, 0, all, 2, extra.length);
    return all;
  }
}
