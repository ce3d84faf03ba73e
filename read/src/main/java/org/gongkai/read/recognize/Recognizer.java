package org.gongkai.read.recognize;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.Disclosure;
import org.gongkai.model.SourceRef;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.ReadLimits;

/**
 * Turns a {@link Layout} into a {@link Disclosure} with one layout profile. It knows budgets, not
 * formats: tables by title and header, column roles from the profile, lost cells placed by the
 * identities the values must satisfy, and the cover, contents, overview, narrative, 三公经费, 机关运行经费,
 * 政府采购, 国有资产, project descriptions, performance sheets and glossary. Claims are left empty (the
 * narrative claim parser fills them).
 *
 * <p>Never throws on content; what it could not read is in the disclosure's diagnostics.
 * Thread-safe: one instance may serve many documents at once.
 */
public final class Recognizer {

  /**
   * The profile a layout fits best.
   *
   * @param profile the profile
   * @param score how many of its detection phrases and table titles the layout shows (0: none)
   */
  public record Detection(LayoutProfile profile, int score) {}

  private final CompiledProfile profile;
  private final ReadLimits limits;
  private final Map<String, HeaderMapper.Result> headerCache = new ConcurrentHashMap<>();

  public Recognizer(LayoutProfile profile) {
    this(profile, ReadLimits.DEFAULT);
  }

  public Recognizer(LayoutProfile profile, ReadLimits limits) {
    this.profile = new CompiledProfile(profile);
    this.limits = limits;
  }

  public LayoutProfile profile() {
    return profile.profile;
  }

  /** The disclosure the layout holds; the layout's own diagnostics come first in it. */
  public Disclosure recognize(Layout layout) {
    Diagnostics diags = new Diagnostics(limits.maxDiagnostics());
    diags.addAll(layout.diagnostics());
    Disclosure d = new Recognition(profile, layout.blocks(), diags, headerCache).run();
    if (!isUsable(d) && !layout.isEmpty()) {
      List<org.gongkai.model.Diagnostic> all = new java.util.ArrayList<>(d.diagnostics());
      all.add(
          org.gongkai.model.Diagnostic.of(
              Severity.ERROR, RecognizeCodes.NOT_DISCLOSURE, SourceRef.NONE));
      return withDiagnostics(d, all);
    }
    return d;
  }

  /** One-off recognition with a profile. */
  public static Disclosure recognize(Layout layout, LayoutProfile profile) {
    return new Recognizer(profile).recognize(layout);
  }

  /**
   * True when the disclosure holds something a reader of budgets can use: a table with figures or
   * of the layout, a performance sheet, or a cover naming year and kind with some overview or
   * narrative.
   */
  public static boolean isUsable(Disclosure d) {
    boolean tables =
        d.tables().stream()
            .anyMatch(t -> !t.hasNoFigures() || t.kind() != org.gongkai.model.TableKind.OTHER);
    boolean cover =
        d.metadata().year() > 0
            && d.metadata().kind() != null
            && (!d.narrative().isEmpty() || !d.overview().functions().isEmpty());
    return tables || !d.performance().isEmpty() || cover;
  }

  /** Scores every profile against a layout; the best first (ties keep the given order). */
  public static Detection detect(Layout layout, List<LayoutProfile> profiles) {
    List<String> lines = titleLines(layout);
    Detection best = null;
    for (LayoutProfile p : profiles) {
      Detection d = new Detection(p, score(lines, new CompiledProfile(p)));
      if (best == null || d.score() > best.score()) {
        best = d;
      }
    }
    return best;
  }

  /** How well a layout fits this recogniser's profile (see {@link #detect}). */
  public int score(Layout layout) {
    return score(titleLines(layout), profile);
  }

  /** Scores the recognisers' profiles against a layout; the best first (ties: given order). */
  public static Detection detectWith(Layout layout, List<Recognizer> recognizers) {
    List<String> lines = titleLines(layout);
    Detection best = null;
    for (Recognizer r : recognizers) {
      Detection d = new Detection(r.profile(), score(lines, r.profile));
      if (best == null || d.score() > best.score()) {
        best = d;
      }
    }
    return best;
  }

  /** The layout's lines that may be a title (short, not a sentence), folded once for all. */
  private static List<String> titleLines(Layout layout) {
    List<String> out = new java.util.ArrayList<>();
    for (Block b : layout.blocks()) {
      String t = Front.text(b);
      if (t != null && t.length() <= TITLE_LENGTH && !t.endsWith("。")) {
        out.add(Norm.fold(t));
      }
    }
    return out;
  }

  /** Longer than any title, even one prefixed with its unit's name and year. */
  private static final int TITLE_LENGTH = 56;

  private static int score(List<String> lines, CompiledProfile p) {
    boolean[] phraseSeen = new boolean[p.detect.size()];
    java.util.Set<org.gongkai.model.profile.TableSpec> tablesSeen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    int score = 0;
    for (String f : lines) {
      for (int i = 0; i < phraseSeen.length; i++) {
        if (!phraseSeen[i] && f.contains(p.detect.get(i))) {
          phraseSeen[i] = true;
          score++;
        }
      }
      if (p.allTitlesNameTables && f.indexOf('表') < 0) {
        continue;
      }
      var spec = p.specForTitle(f);
      if (spec != null && tablesSeen.add(spec)) {
        score++;
      }
    }
    return score;
  }

  private static Disclosure withDiagnostics(Disclosure d, List<org.gongkai.model.Diagnostic> ds) {
    return new Disclosure(
        d.metadata(),
        d.contents(),
        d.overview(),
        d.tables(),
        d.narrative(),
        d.threePublic(),
        d.agencyOperating(),
        d.procurement(),
        d.assets(),
        d.projects(),
        d.performance(),
        d.glossary(),
        d.claims(),
        ds);
  }
}
