package org.gongkai.read.pdf;

import org.gongkai.model.SourceRef;

/** Source references of PDF content: the page and a box {@code x,y,w,h} in points. */
final class Locators {

  private Locators() {}

  /**
   * A box on a page, in points from the top-left corner of the page as displayed (after /Rotate),
   * rounded to a tenth of a point.
   */
  static SourceRef box(int page, float x, float y, float w, float h) {
    StringBuilder sb = new StringBuilder(32);
    tenth(sb, x).append(',');
    tenth(sb, y).append(',');
    tenth(sb, w).append(',');
    tenth(sb, h);
    return SourceRef.page(page, sb.toString());
  }

  private static StringBuilder tenth(StringBuilder sb, float v) {
    long t = Math.round(v * 10.0);
    if (t < 0) {
      sb.append('-');
      t = -t;
    }
    return sb.append(t / 10).append('.').append(t % 10);
  }
}
