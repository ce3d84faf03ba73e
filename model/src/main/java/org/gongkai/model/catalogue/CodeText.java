package org.gongkai.model.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** Turns printed code text into bare digits, checking the shape shared by all classifications. */
final class CodeText {

  private CodeText() {}

  /**
   * The digits of a printed code: full-width digits become ASCII, and spaces may separate the 类, 款
   * and 项 groups ("201 03 01") but may not split a group.
   */
  static String digits(String text, String kind, List<CodeLevel> levels) {
    String raw = text == null ? "" : text;
    StringBuilder normal = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '０' && c <= '９') {
        normal.append((char) ('0' + (c - '０')));
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        normal.append(' ');
      } else if (c >= '0' && c <= '9') {
        normal.append(c);
      } else {
        throw new InvalidCodeException(
            raw,
            InvalidCodeException.Reason.NOT_DIGITS,
            kind + " must be digits (spaces allowed between 类/款/项): '" + raw + "'");
      }
    }
    String[] groups = normal.toString().strip().split(" +");
    if (groups.length == 1 && groups[0].isEmpty()) {
      throw new InvalidCodeException(raw, InvalidCodeException.Reason.EMPTY, kind + " is empty");
    }
    if (groups.length > 1) {
      checkGroups(raw, kind, groups, levels);
    }
    String digits = String.join("", groups);
    if (levels.stream().noneMatch(l -> l.length() == digits.length())) {
      throw new InvalidCodeException(
          raw,
          InvalidCodeException.Reason.BAD_LENGTH,
          kind
              + " has "
              + digits.length()
              + " digits, expected "
              + lengths(levels)
              + ": '"
              + raw
              + "'");
    }
    return digits;
  }

  private static void checkGroups(
      String raw, String kind, String[] groups, List<CodeLevel> levels) {
    boolean ok = groups.length <= levels.size();
    int previous = 0;
    for (int i = 0; ok && i < groups.length; i++) {
      int want = levels.get(i).length() - previous;
      ok = groups[i].length() == want;
      previous = levels.get(i).length();
    }
    if (!ok) {
      throw new InvalidCodeException(
          raw,
          InvalidCodeException.Reason.BAD_GROUPS,
          kind
              + " spaced as '"
              + raw
              + "': spaced groups must be 类 (3 digits), 款 (2), 项 (2) in that order");
    }
  }

  /** Checks the first digit against the classifications allowed. */
  static void checkLeading(String raw, String digits, String kind, List<Classification> allowed) {
    if (allowed.stream().noneMatch(c -> c.leadingDigit() == digits.charAt(0))) {
      throw new InvalidCodeException(
          raw,
          InvalidCodeException.Reason.WRONG_CLASSIFICATION,
          kind
              + " must begin with "
              + allowed.stream()
                  .map(c -> String.valueOf(c.leadingDigit()))
                  .collect(Collectors.joining(" or "))
              + ": '"
              + raw
              + "'");
    }
  }

  private static String lengths(List<CodeLevel> levels) {
    return levels.stream().map(l -> String.valueOf(l.length())).collect(Collectors.joining("/"));
  }
}
