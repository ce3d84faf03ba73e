package org.gongkai.read.claim;

import org.gongkai.model.SourceRef;

/**
 * One paragraph of a section, normalised, with where it was printed.
 *
 * @param text the paragraph, normalised and mapped to its printed form
 * @param source where the paragraph starts
 */
record Line(NarrativeText.Mapped text, SourceRef source) {

  String normal() {
    return text.text();
  }

  /** The key of a "key：value" line (项目名称：…), or empty. */
  String key() {
    String t = normal();
    int colon = firstColon(t);
    if (colon < 2 || colon > 12) {
      return "";
    }
    String k = TableRows.stripNumbering(t.substring(0, colon));
    for (int i = 0; i < k.length(); i++) {
      if (!NarrativeText.isHan(k.charAt(i))) {
        return "";
      }
    }
    return k;
  }

  /** The value of a "key：value" line, normalised. */
  String value() {
    String t = normal();
    int colon = firstColon(t);
    return colon < 0 ? t : t.substring(colon + 1);
  }

  /** Index in the normalised text where the value starts. */
  int valueStart() {
    int colon = firstColon(normal());
    return colon < 0 ? 0 : colon + 1;
  }

  private static int firstColon(String t) {
    for (int i = 0; i < t.length() && i < 16; i++) {
      char c = t.charAt(i);
      if (c == '：' || c == ':') {
        return i;
      }
    }
    return -1;
  }
}
