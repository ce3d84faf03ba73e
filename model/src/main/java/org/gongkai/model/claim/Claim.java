package org.gongkai.model.claim;

import org.gongkai.model.SourceRef;

/**
 * A typed statement the narrative makes about one quantity of the model: an amount, a share, a
 * change against last year, a breakdown. The narrative writer emits the same claims that the
 * checker verifies.
 */
public interface Claim {

  /** The sentence the claim was read from (or written into). */
  String sentence();

  /** Where the sentence is. */
  SourceRef source();
}
