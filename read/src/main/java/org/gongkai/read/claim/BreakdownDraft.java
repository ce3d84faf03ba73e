package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Money;
import org.gongkai.model.claim.BreakdownClaim;
import org.gongkai.model.claim.ClaimOrigin;
import org.gongkai.model.claim.Subject;

/** A breakdown being read after 其中: its total and the parts found so far. */
final class BreakdownDraft {

  /** How far a breakdown reaches. */
  enum Reach {
    /** Opened inside a paragraph: parts follow in the same paragraph. */
    PARAGRAPH,
    /** Opened by 其中 at a paragraph's end: the parts are the following paragraphs. */
    SECTION
  }

  final Subject subject;
  final Money total;
  final boolean ofChanges;
  final ClaimOrigin origin;
  final Reach reach;
  final List<BreakdownClaim.Part> parts = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  /** Set when a sentence ended after the first part: later parts must be siblings. */
  boolean sentenceEnded;

  /** Parts added while reading the current paragraph (for {@link Reach#SECTION}). */
  int addedThisParagraph;

  BreakdownDraft(Subject subject, Money total, boolean ofChanges, ClaimOrigin origin, Reach reach) {
    this.subject = subject;
    this.total = total;
    this.ofChanges = ofChanges;
    this.origin = origin;
    this.reach = reach;
  }

  /** Adds a part unless it is the total itself, already a part, or no sibling after a sentence. */
  boolean offer(Subject s, Money amount, org.gongkai.model.SourceRef src) {
    String key = s.key();
    if (key.equals(subject.key()) || keys.contains(key)) {
      return false;
    }
    if (sentenceEnded && !parts.isEmpty() && !Siblings.of(parts.get(0).subject(), s)) {
      return false;
    }
    keys.add(key);
    parts.add(new BreakdownClaim.Part(s.name(), s, amount, null, src));
    addedThisParagraph++;
    return true;
  }
}
