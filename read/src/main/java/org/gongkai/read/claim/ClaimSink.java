package org.gongkai.read.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Money;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.BreakdownClaim;
import org.gongkai.model.claim.ChangeClaim;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.ClaimOrigin;
import org.gongkai.model.claim.CountClaim;
import org.gongkai.model.claim.EnumerationClaim;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.ReasonClaim;
import org.gongkai.model.claim.ShareClaim;
import org.gongkai.model.claim.Subject;

/**
 * Builds claims as the parser finds them, binding each subject as it goes, and remembers the
 * amounts stated so far (a share's whole is often stated sentences before the share).
 */
final class ClaimSink {

  private final Binder binder;
  private final List<Claim> claims = new ArrayList<>();
  private final Map<String, Money> stated = new HashMap<>();

  ClaimSink(Binder binder) {
    this.binder = binder;
  }

  List<Claim> claims() {
    return List.copyOf(claims);
  }

  BindingContext context() {
    return binder.context();
  }

  /** The amount last stated for this subject this year, or null. */
  Money statedAmount(Subject s) {
    return s == null ? null : stated.get(s.key());
  }

  void amount(ClaimOrigin o, Subject s, Money m, Measure measure, boolean nil) {
    claims.add(new AmountClaim(o, s, m, measure, nil, binder.bind(s, measure)));
    if (measure == Measure.THIS_YEAR) {
      stated.put(s.key(), m);
    }
  }

  void share(
      ClaimOrigin o,
      Subject s,
      BigDecimal percent,
      Subject whole,
      ShareClaim.Basis basis,
      Money part,
      Money wholeStated) {
    Measure wholeMeasure =
        basis == ShareClaim.Basis.OF_BUDGET ? Measure.ORIGINAL_BUDGET : Measure.THIS_YEAR;
    Binding wb =
        whole == null
            ? Binding.unbound(org.gongkai.model.claim.UnboundReason.UNKNOWN_SUBJECT, "")
            : binder.bind(whole, wholeMeasure);
    claims.add(
        new ShareClaim(
            o, s, percent, whole, basis, part, wholeStated, binder.bind(s, Measure.THIS_YEAR), wb));
  }

  void change(ClaimOrigin o, ChangeDraft d, Money current, Money previous) {
    claims.add(
        new ChangeClaim(
            o,
            d.subject,
            d.direction,
            d.amount,
            d.percent,
            d.percentDirection,
            d.basis,
            current,
            previous,
            binder.bind(d.subject, Measure.THIS_YEAR)));
  }

  void breakdown(
      ClaimOrigin o,
      Subject s,
      Money total,
      List<BreakdownClaim.Part> parts,
      boolean ofChanges,
      List<String> unpriced) {
    claims.add(
        new BreakdownClaim(
            o, s, total, parts, ofChanges, unpriced, binder.bind(s, Measure.THIS_YEAR)));
  }

  void reasons(ClaimOrigin o, Subject s, Money change, List<ReasonClaim.Reason> r, String text) {
    claims.add(new ReasonClaim(o, s, change, r, text, binder.bind(s, Measure.THIS_YEAR)));
  }

  void count(ClaimOrigin o, Subject s, BigDecimal n, String unit, String qualifier) {
    claims.add(new CountClaim(o, s, n, unit, qualifier, binder.bind(s, Measure.THIS_YEAR)));
  }

  void enumeration(ClaimOrigin o, Subject s, List<String> items, List<Subject> subjects) {
    claims.add(new EnumerationClaim(o, s, items, subjects, binder.bind(s, Measure.THIS_YEAR)));
  }
}
