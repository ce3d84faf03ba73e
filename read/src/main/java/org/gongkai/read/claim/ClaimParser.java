package org.gongkai.read.claim;

import java.util.List;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.claim.Claim;

/**
 * Reads the narrative (情况说明) into typed claims — amounts, shares, changes, breakdowns, reasons,
 * counts, lists of names — each bound to the one table quantity its subject names, or unbound with
 * the reason. The recogniser calls it once the tables are read:
 *
 * <pre>{@code
 * List<Claim> claims = new ClaimParser().parse(narrative, BindingContext.of(tables, metadata));
 * }</pre>
 *
 * <p>Stateless and thread-safe. Work is linear in the text's length: a hand-written scanner, no
 * backtracking regular expressions.
 */
public final class ClaimParser {

  /** A parser with the shipped subject phrases. */
  public ClaimParser() {}

  /** The claims of the narrative's sections, in reading order. */
  public List<Claim> parse(List<NarrativeSection> narrative, BindingContext ctx) {
    TableLabels labels = new TableLabels();
    Lexicon lexicon = Lexicon.fixed().with(TableNames.entries(ctx.tables(), labels));
    ClaimSink sink = new ClaimSink(new Binder(ctx, labels));
    SectionParser sections = new SectionParser(new EventScanner(lexicon), sink);
    SectionContext root = SectionContext.root(ctx);
    for (NarrativeSection s : narrative) {
      sections.parse(s, root);
    }
    return sink.claims();
  }
}
