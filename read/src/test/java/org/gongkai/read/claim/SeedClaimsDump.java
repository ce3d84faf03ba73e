package org.gongkai.read.claim;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.Metadata;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Scope;
import org.gongkai.model.SourceRef;
import org.gongkai.model.claim.Claim;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SeedClaimsDump {
  @Test
  void dump() throws Exception {
    Path p = SeedNarrative.seed().orElse(null);
    Assumptions.assumeTrue(p != null, "seed not found: skipped");
    List<NarrativeSection> n = SeedNarrative.read(p);
    Metadata md =
        new Metadata(
            "克孜勒苏柯尔克孜自治州人民政府办公室",
            2024,
            DisclosureKind.BUDGET,
            Scope.UNIT,
            LocalDate.of(2024, 2, 23),
            "xinjiang-unit-budget",
            "",
            SourceRef.NONE);
    List<Claim> claims = new ClaimParser().parse(n, BindingContext.of(SeedTables.all(), md));
    for (Claim c : claims) {
      System.out.println(
          c.origin().section()
              + "#"
              + c.origin().sentenceIndex()
              + " L"
              + c.source().line()
              + " "
              + c.getClass().getSimpleName()
              + " "
              + c.subject().kind()
              + "/"
              + c.subject().scope()
              + " '"
              + c.subject().name()
              + "' "
              + describe(c)
              + " -> "
              + (c.binding().isBound()
                  ? c.binding().quantity().describe()
                      + "="
                      + c.binding().quantity().cell().printed()
                  : "UNBOUND " + c.binding().reason() + " " + c.binding().detail()));
    }
  }

  static String describe(Claim c) {
    if (c instanceof org.gongkai.model.claim.AmountClaim a) {
      return a.amount() + (a.nil() ? " nil" : "") + " " + a.measure();
    }
    if (c instanceof org.gongkai.model.claim.ShareClaim s) {
      return s.percent()
          + "% of "
          + (s.whole() == null ? "?" : s.whole().kind() + "/" + s.whole().scope())
          + " part="
          + s.part()
          + " whole="
          + s.wholeStated()
          + " wb="
          + (s.wholeBinding().isBound()
              ? s.wholeBinding().quantity().describe()
              : s.wholeBinding().reason());
    }
    if (c instanceof org.gongkai.model.claim.ChangeClaim ch) {
      return ch.basis()
          + " "
          + ch.direction()
          + " "
          + ch.amount()
          + " "
          + ch.percentDirection()
          + " "
          + ch.percent()
          + " cur="
          + ch.current();
    }
    if (c instanceof org.gongkai.model.claim.BreakdownClaim b) {
      return "total="
          + b.total()
          + " changes="
          + b.ofChanges()
          + " parts="
          + b.parts().stream()
              .map(x -> x.label() + ":" + (x.amount() != null ? x.amount() : x.rate()))
              .toList()
          + " unpriced="
          + b.unpriced();
    }
    if (c instanceof org.gongkai.model.claim.ReasonClaim r) {
      return "change=" + r.change() + " " + r.reasons();
    }
    if (c instanceof org.gongkai.model.claim.CountClaim k) {
      return k.count() + k.unit() + " q=" + k.qualifier();
    }
    if (c instanceof org.gongkai.model.claim.EnumerationClaim e) {
      return e.items().toString();
    }
    return "";
  }
}
