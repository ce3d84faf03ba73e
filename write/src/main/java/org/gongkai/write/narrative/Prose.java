package org.gongkai.write.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.SourceRef;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.ClaimOrigin;

/**
 * A section being written: its paragraphs, each made of sentences, and the claims each sentence
 * makes. A claim is drafted with its figures and completed with the sentence once written, so the
 * sentence and its claim come from the same values.
 */
final class Prose {

  private final String label;
  private final String title;
  private final int level;
  private final String path;
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<NarrativeSection> subsections = new ArrayList<>();
  private final List<Claim> claims;
  private StringBuilder paragraph = new StringBuilder();
  private StringBuilder sentence = new StringBuilder();
  private List<Function<ClaimOrigin, Claim>> drafts = new ArrayList<>();
  private int sentenceIndex;

  Prose(String label, String title, int level, String parentPath, List<Claim> claims) {
    this.label = label;
    this.title = title;
    this.level = level;
    this.path = parentPath.isEmpty() ? label : parentPath + " " + label;
    this.claims = claims;
  }

  /** Adds text to the current sentence. */
  Prose text(String s) {
    sentence.append(s);
    return this;
  }

  /** Attaches a claim to the current sentence. */
  Prose claim(Function<ClaimOrigin, Claim> draft) {
    drafts.add(draft);
    return this;
  }

  /** Ends the current sentence (its text must carry its own closing punctuation). */
  Prose end() {
    if (sentence.length() == 0) {
      return this;
    }
    String s = sentence.toString();
    sentenceIndex++;
    ClaimOrigin origin = new ClaimOrigin(s, SourceRef.NONE, path, sentenceIndex);
    for (Function<ClaimOrigin, Claim> d : drafts) {
      claims.add(d.apply(origin));
    }
    paragraph.append(s);
    sentence = new StringBuilder();
    drafts = new ArrayList<>();
    return this;
  }

  /** Ends the current paragraph. */
  Prose paragraph() {
    end();
    if (paragraph.length() > 0) {
      paragraphs.add(new Paragraph(paragraph.toString(), SourceRef.NONE));
    }
    paragraph = new StringBuilder();
    return this;
  }

  /** A whole paragraph of plain text (no figures). */
  Prose plain(String text) {
    paragraph();
    paragraphs.add(new Paragraph(text, SourceRef.NONE));
    return this;
  }

  Prose sub(String subLabel, String subTitle) {
    return new Prose(subLabel, subTitle, level + 1, path, claims);
  }

  void add(Prose sub) {
    subsections.add(sub.build());
  }

  NarrativeSection build() {
    paragraph();
    return new NarrativeSection(label, title, level, paragraphs, subsections, SourceRef.NONE);
  }
}
