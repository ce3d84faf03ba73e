package org.gongkai.write.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Table;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.ChangeClaim;
import org.gongkai.model.claim.ClassLevel;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.ReasonClaim;
import org.gongkai.model.claim.ShareClaim;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.BudgetData.LineItem;
import org.gongkai.write.ledger.CodeNames;
import org.gongkai.write.ledger.Comparisons;
import org.gongkai.write.ledger.Ledger;
import org.gongkai.write.ledger.ThreePublicFigures;

/**
 * What the narrative is written from: the ledger, its comparisons with last year, the tables for
 * binding claims, and the phrases that turn one figure into a clause together with its claim.
 */
final class Facts {

  final Ledger ledger;
  final BudgetData data;
  final Comparisons comparisons;
  final ThreePublicFigures threePublic;
  final Quantities quantities;
  final CodeNames names;
  final MoneyUnit unit;
  final int year;
  final String unitName;
  final String self;

  Facts(
      Ledger ledger,
      Comparisons comparisons,
      ThreePublicFigures threePublic,
      List<Table> tables,
      CodeNames names,
      MoneyUnit narrativeUnit) {
    this.ledger = ledger;
    this.data = ledger.data();
    this.comparisons = comparisons;
    this.threePublic = threePublic;
    this.quantities = new Quantities(tables);
    this.names = names;
    this.unit = narrativeUnit;
    this.year = data.unit().year();
    this.unitName = data.unit().name();
    this.self = WriteMessages.format("subject." + data.unit().scope().name());
  }

  String msg(String key, Object... args) {
    return WriteMessages.format(key, args);
  }

  /** The printed amount with its unit: 1,807.53万元. */
  String money(Money m) {
    return Wording.amount(m, unit) + unit.label();
  }

  Money printed(Money m) {
    return new Money(Wording.value(m, unit), unit);
  }

  Money sum(Predicate<LineItem> p) {
    return ledger.sum(p);
  }

  Ledger.Change change(String key) {
    return comparisons
        .get(key)
        .orElseThrow(() -> new IllegalStateException("no comparison " + key));
  }

  /** Writes "{amount}" and claims it. */
  void amount(Prose p, Subject subject, Money m, Binding binding) {
    Money printed = printed(m);
    p.text(money(m));
    p.claim(o -> new AmountClaim(o, subject, printed, Measure.THIS_YEAR, false, binding));
  }

  /** Writes the change clause of a compared figure and claims it. */
  void change(Prose p, Subject subject, String key, Binding binding) {
    change(p, subject, change(key), binding);
  }

  void change(Prose p, Subject subject, Ledger.Change c, Binding binding) {
    Wording.ChangeFigures f = Wording.change(c, unit);
    String basis = msg("basis.lastYear");
    p.text(f.clause(basis, unit));
    Money current = new Money(f.current(), unit);
    Money amount = f.difference().signum() == 0 ? null : new Money(f.difference(), unit);
    String word = f.direction() == org.gongkai.model.claim.Direction.FLAT ? "持平" : f.amountWord();
    p.claim(
        o ->
            new ChangeClaim(
                o,
                subject,
                word,
                amount,
                f.percent(),
                f.percentWord(),
                basis,
                current,
                new Money(f.current().subtract(f.difference()), unit),
                binding));
  }

  /** Writes the reason sentence for a compared figure when the change has one. */
  void reason(Prose p, Subject subject, String key, Binding binding) {
    String text = data.reasons().get(key);
    if (text == null || text.isBlank()) {
      return;
    }
    Wording.ChangeFigures f = Wording.change(change(key), unit);
    if (f.difference().signum() == 0) {
      return;
    }
    String sentence = Wording.reason(text);
    BigDecimal signed = f.current().subtract(f.last());
    p.text(sentence);
    p.claim(
        o ->
            new ReasonClaim(
                o,
                subject,
                new Money(signed, unit),
                List.of(new ReasonClaim.Reason(text.strip(), null, 0)),
                text.strip(),
                binding));
  }

  /** Writes "，占{share}%" and claims the share. */
  void share(
      Prose p,
      Subject subject,
      BigDecimal percent,
      Money part,
      Subject whole,
      Money wholeAmount,
      Binding binding,
      Binding wholeBinding) {
    p.text(msg("share", percent.toPlainString()));
    Money partPrinted = printed(part);
    Money wholePrinted = printed(wholeAmount);
    p.claim(
        o ->
            new ShareClaim(
                o,
                subject,
                percent,
                whole,
                ShareClaim.Basis.OF_WHOLE,
                partPrinted,
                wholePrinted,
                binding,
                wholeBinding));
  }

  static Subject subject(SubjectKind kind, FundScope scope, String name) {
    return Subject.of(kind, scope, name);
  }

  /** A functional class, 款 or 项 as a subject, with its parents' names as its path. */
  Subject functional(String code, FundScope scope) {
    ClassLevel level =
        switch (code.length()) {
          case 3 -> ClassLevel.CLASS;
          case 5 -> ClassLevel.SECTION;
          default -> ClassLevel.ITEM;
        };
    List<String> path =
        code.length() == 7
            ? List.of(functionName(code.substring(0, 3)), functionName(code.substring(0, 5)))
            : code.length() == 5 ? List.of(functionName(code.substring(0, 3))) : List.of();
    return new Subject(SubjectKind.FUNCTIONAL_CLASS, functionName(code), code, level, scope, path);
  }

  String functionName(String code) {
    return names.functionName(code).orElse(code);
  }

  String economicName(String code) {
    return names.economicName(code).orElse(code);
  }

  /** Ends a class's sentence with what its money is mainly used for, when the data says. */
  void purpose(Prose p, String code) {
    String purpose = data.purposes().get(code);
    p.text(
        purpose == null || purpose.isBlank()
            ? "。"
            : msg("purpose", purpose.strip().replaceAll("[。；;]+$", "")));
  }
}
