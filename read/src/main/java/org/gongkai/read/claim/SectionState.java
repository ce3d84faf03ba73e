package org.gongkai.read.claim;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.model.claim.Subject;

/** What carries from one paragraph of a section to the next while reading it. */
final class SectionState {

  /** The subject last named: a sentence without one talks about it. */
  Subject current;

  /** A breakdown opened by 其中 at the end of a paragraph, fed by the following paragraphs. */
  BreakdownDraft open;

  /** Sentences read so far in this section (for 1-based sentence indices). */
  int sentences;

  /** The last change read for each subject key (a reason in a later sentence explains it). */
  final Map<String, ChangeDraft> lastChange = new HashMap<>();
}
