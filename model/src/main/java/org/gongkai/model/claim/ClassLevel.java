package org.gongkai.model.claim;

/** The level of a functional classification a narrative names, by its printed marker. */
public enum ClassLevel {
  /** Marked (类): a 3-digit code. */
  CLASS("类", 3),
  /** Marked (款): a 5-digit code. */
  SECTION("款", 5),
  /** Marked (项): a 7-digit code. */
  ITEM("项", 7),
  /** Not marked. */
  UNMARKED("", 0);

  private final String marker;
  private final int codeLength;

  ClassLevel(String marker, int codeLength) {
    this.marker = marker;
    this.codeLength = codeLength;
  }

  /** The marker printed in brackets after the name: 类, 款 or 项; empty when unmarked. */
  public String marker() {
    return marker;
  }

  /** The length of a functional code at this level; 0 when unmarked. */
  public int codeLength() {
    return codeLength;
  }

  /** The level a marker names, or {@link #UNMARKED}. */
  public static ClassLevel ofMarker(String marker) {
    for (ClassLevel l : values()) {
      if (!l.marker.isEmpty() && l.marker.equals(marker)) {
        return l;
      }
    }
    return UNMARKED;
  }
}
