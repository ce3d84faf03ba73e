package org.gongkai.read.recognize;

/**
 * How alike two folded header texts are, 0 to 1: 1 when equal; high when one contains the other;
 * otherwise the share of characters they have in common in order (so a garbled "国有本营预算" still fits
 * "国有资本经营预算").
 */
final class Similarity {

  private Similarity() {}

  static double of(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.equals(b)) {
      return 1;
    }
    int la = a.length();
    int lb = b.length();
    if (a.contains(b) || b.contains(a)) {
      return 0.6 + 0.3 * Math.min(la, lb) / Math.max(la, lb);
    }
    if (la > 64 || lb > 64) {
      return 0;
    }
    return 2.0 * lcs(a, b) / (la + lb) * 0.9;
  }

  /** Length of the longest common subsequence (both strings short). */
  private static int lcs(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = ca == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
