package org.gongkai.read.claim;

import java.util.List;
import org.gongkai.model.claim.ClassLevel;

/**
 * One thing the scanner found in a paragraph's normalised text, in reading order.
 *
 * @param type what it is
 * @param start index of its first character
 * @param end index after its last character
 * @param text its text (the direction word, the basis as printed …)
 * @param number the number, for {@link Type#NUMBER}
 * @param entry the lexicon entry, for {@link Type#SUBJECT}
 * @param names for {@link Type#CLASS}: the class names from the outermost printed, each with its
 *     marker
 */
record Event(
    Type type,
    int start,
    int end,
    String text,
    NumberToken number,
    Lexicon.Entry entry,
    List<MarkedName> names) {

  /** What an event is. */
  enum Type {
    /** 。；; ！？ */
    STOP,
    /** ，, ：: */
    CLAUSE,
    /** 、 */
    LIST_SEPARATOR,
    NUMBER,
    /** A lexicon phrase. */
    SUBJECT,
    /** Functional class names with their (类)/(款)/(项) markers. */
    CLASS,
    /** 其中 */
    OF_WHICH,
    /** 主要原因是 … */
    REASON,
    /** 主要用于 … */
    PURPOSE,
    /** 包括 … */
    INCLUDES,
    /** 占 … */
    SHARE,
    /** 完成年初预算的 … */
    COMPLETION,
    /** 比上年预算, 与上年相比 … */
    BASIS,
    /** 增加, 减少, 持平, 增长 … */
    DIRECTION,
    /** 年初预算为 (ORIGINAL_BUDGET), 决算数为 (THIS_YEAR), 上年预算数为 (LAST_YEAR). */
    MEASURE,
    /** 未安排 */
    NIL,
    /** 没有使用 */
    NOT_USED
  }

  /** A class name and its printed marker. */
  record MarkedName(String name, ClassLevel level) {}

  static Event of(Type type, int start, int end, String text) {
    return new Event(type, start, end, text, null, null, List.of());
  }
}
