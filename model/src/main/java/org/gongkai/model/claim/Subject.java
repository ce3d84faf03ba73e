package org.gongkai.model.claim;

import java.util.List;
import java.util.Objects;

/**
 * What a claim talks about: a kind of quantity, its name as printed, and — when the text states or
 * implies them — its classification code, level and fund scope.
 *
 * @param kind the kind of quantity
 * @param name the subject as printed, compact (no spaces); for a functional class its own name
 *     without the 类/款/项 marker
 * @param code the classification code when printed or resolved, else empty
 * @param level the 类/款/项 marker printed after a functional class name
 * @param scope the fund scope the text gives it (基本支出 in an 一般公共预算 section is that budget's)
 * @param path for a functional class printed with its parents ("一般公共服务支出(类)…(款)行政运行(项)"), the
 *     parents' names, outermost first; else empty
 */
public record Subject(
    SubjectKind kind,
    String name,
    String code,
    ClassLevel level,
    FundScope scope,
    List<String> path) {

  public Subject {
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name;
    code = code == null ? "" : code;
    level = level == null ? ClassLevel.UNMARKED : level;
    scope = scope == null ? FundScope.ALL : scope;
    path = path == null ? List.of() : List.copyOf(path);
  }

  /** A fixed quantity in a scope, printed as {@code name}. */
  public static Subject of(SubjectKind kind, FundScope scope, String name) {
    return new Subject(kind, name, "", ClassLevel.UNMARKED, scope, List.of());
  }

  /** The same subject in another scope. */
  public Subject inScope(FundScope other) {
    return new Subject(kind, name, code, level, other, path);
  }

  /**
   * What makes two mentions the same quantity: the kind and scope, and for named kinds the name
   * without brackets, quotes or width differences. Two sentences stating amounts for the same key
   * must state the same amount.
   */
  public String key() {
    String base = kind.name() + "/" + scope.name();
    return kind.isNamed() ? base + "/" + normalise(name) : base;
  }

  /** A name without spaces, quotes and bracket-width differences, for comparing names. */
  public static String normalise(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '（' -> sb.append('(');
        case '）' -> sb.append(')');
        case ' ', '\u3000', '\t', '“', '”', '"', '‘', '’', '\'' -> {}
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
