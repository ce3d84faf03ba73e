package org.gongkai.model.claim;

import java.util.Objects;
import org.gongkai.model.SourceRef;

/**
 * Where a claim was read.
 *
 * @param sentence the sentence as printed (a clause of it may be the claim's own text)
 * @param source the line (or page and box) of the sentence
 * @param section the narrative section's labels from the outermost in, as printed ("五 (一)")
 * @param sentenceIndex 1-based index of the sentence within its section's text
 */
public record ClaimOrigin(String sentence, SourceRef source, String section, int sentenceIndex) {
  public ClaimOrigin {
    Objects.requireNonNull(sentence, "sentence");
    source = source == null ? SourceRef.NONE : source;
    section = section == null ? "" : section;
  }
}
