package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.List;

/** The sentences of a normalised paragraph: spans ending at 。；; ！？ (or the paragraph's end). */
final class Sentences {

  private final int[] ends;

  Sentences(String t) {
    List<Integer> e = new ArrayList<>();
    for (int i = 0; i < t.length(); i++) {
      if (NarrativeText.isStop(t.charAt(i))) {
        e.add(i + 1);
      }
    }
    if (e.isEmpty() || e.get(e.size() - 1) < t.length()) {
      e.add(t.length());
    }
    ends = e.stream().mapToInt(Integer::intValue).toArray();
  }

  int count() {
    return ends.length;
  }

  /** 0-based index of the sentence holding position {@code pos}. */
  int indexAt(int pos) {
    for (int k = 0; k < ends.length; k++) {
      if (pos < ends[k]) {
        return k;
      }
    }
    return ends.length - 1;
  }

  int start(int k) {
    return k == 0 ? 0 : ends[k - 1];
  }

  int end(int k) {
    return ends[k];
  }
}
