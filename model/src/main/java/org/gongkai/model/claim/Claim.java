package org.gongkai.model.claim;

import org.gongkai.model.SourceRef;

/**
 * A typed statement the narrative makes about one quantity of the model: an amount, a share, a
 * change against last year, a breakdown, the reasons for a change, a count, a list of names. The
 * narrative writer emits the same claims that the checker verifies.
 *
 * <p>Every claim knows where it was read ({@link #origin()}), what it talks about ({@link
 * #subject()}) and the one quantity of the model it was bound to by that subject ({@link
 * #binding()}) — or why it could not be bound.
 */
public interface Claim {

  /** Where the claim was read: sentence, source line, section, sentence index. */
  ClaimOrigin origin();

  /** What the claim talks about. */
  Subject subject();

  /** The quantity of the model the subject was bound to, or why it was not. */
  Binding binding();

  /** The sentence the claim was read from (or written into). */
  default String sentence() {
    return origin().sentence();
  }

  /** Where the sentence is. */
  default SourceRef source() {
    return origin().source();
  }
}
