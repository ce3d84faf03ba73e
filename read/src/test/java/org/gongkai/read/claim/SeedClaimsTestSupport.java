package org.gongkai.read.claim;

import org.gongkai.model.claim.*;

final class SeedClaimsTestSupport {
  static String describe(Claim c) {
    if (c instanceof AmountClaim a) return a.amount() + (a.nil() ? " nil" : "") + " " + a.measure();
    if (c instanceof ShareClaim s)
      return s.percent()
          + "% of "
          + (s.whole() == null ? "?" : s.whole().kind() + "/" + s.whole().scope())
          + " part="
          + s.part()
          + " whole="
          + s.wholeStated()
          + " "
          + s.basis();
    if (c instanceof ChangeClaim ch)
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
    if (c instanceof BreakdownClaim b)
      return "total="
          + b.total()
          + " changes="
          + b.ofChanges()
          + " parts="
          + b.parts().stream()
              .map(x -> x.label() + ":" + (x.amount() != null ? x.amount() : x.rate()))
              .toList();
    if (c instanceof ReasonClaim r) return "change=" + r.change() + " " + r.reasons();
    if (c instanceof CountClaim k) return k.count() + k.unit() + " q=" + k.qualifier();
    if (c instanceof EnumerationClaim e) return e.items().toString();
    return "";
  }
}
