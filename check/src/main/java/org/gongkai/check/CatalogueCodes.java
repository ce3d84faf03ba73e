package org.gongkai.check;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.model.catalogue.ClassificationCode;
import org.gongkai.model.catalogue.CodeTable;
import org.gongkai.model.catalogue.EconomicCode;
import org.gongkai.model.catalogue.FunctionCode;
import org.gongkai.model.catalogue.ListChoice;
import org.gongkai.model.catalogue.Lookup;

/**
 * The official catalogue ({@link Catalogue}: the lists shipped with Gongkai, overlaid by the user's
 * imports) as the rules consult it. A code the lists lack is unknown unless a complete list was
 * imported for that year. Immutable and thread-safe.
 */
public final class CatalogueCodes implements CodeCatalogue {

  private final Catalogue catalogue;
  // the catalogue is immutable, so its answers can be kept: a batch asks the same few hundred codes
  private final java.util.concurrent.ConcurrentHashMap<Integer, java.util.Map<String, CodeLookup>>
      functionAnswers = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<Integer, java.util.Map<String, CodeLookup>>
      economicAnswers = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<Integer, String> descriptions =
      new java.util.concurrent.ConcurrentHashMap<>();

  public CatalogueCodes(Catalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** The lists shipped with Gongkai (partial). */
  public static CatalogueCodes shipped() {
    return new CatalogueCodes(Catalogue.shipped());
  }

  @Override
  public CodeLookup function(int year, String code) {
    return functionAnswers
        .computeIfAbsent(year, y -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(code, k -> lookupFunction(year, k));
  }

  private CodeLookup lookupFunction(int year, String code) {
    Optional<FunctionCode> c = FunctionCode.tryParse(code);
    return c.isEmpty() ? unknown() : answer(catalogue.lookupFunction(year, c.get()));
  }

  @Override
  public CodeLookup economic(int year, String code) {
    return economicAnswers
        .computeIfAbsent(year, y -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(code, k -> lookupEconomic(year, k));
  }

  private CodeLookup lookupEconomic(int year, String code) {
    Optional<EconomicCode> c = EconomicCode.tryParse(code);
    return c.isEmpty() ? unknown() : answer(catalogue.lookupEconomic(year, c.get()));
  }

  private static CodeLookup unknown() {
    return new CodeLookup(null, false, "");
  }

  private static CodeLookup answer(Lookup l) {
    String list = describe(l.list());
    return switch (l.status()) {
      case KNOWN ->
          new CodeLookup(l.found().orElseThrow().name(), l.list().table().complete(), list);
      case UNKNOWN_CODE -> new CodeLookup(null, false, list);
      case ABSENT_FROM_COMPLETE_LIST -> new CodeLookup(null, true, list);
    };
  }

  @Override
  public String describe(int year) {
    return descriptions.computeIfAbsent(year, this::describeYear);
  }

  private String describeYear(int year) {
    return Messages.format(
        "catalogue.describe",
        describe(catalogue.list(org.gongkai.model.catalogue.Classification.FUNCTION, year)),
        describe(
            catalogue.list(org.gongkai.model.catalogue.Classification.DEPARTMENT_ECONOMIC, year)));
  }

  /** "2024 年支出功能分类科目（随附部分目录）" and the like. */
  private static String describe(ListChoice choice) {
    CodeTable t = choice.table();
    if (t.isMissing()) {
      return Messages.format("catalogue.list.none", name(t));
    }
    String year =
        t.year() == 0 ? "" : Messages.format("catalogue.list.year", String.valueOf(t.year()));
    String kind =
        Messages.text(t.complete() ? "catalogue.list.complete" : "catalogue.list.partial");
    String fell =
        choice.fellBack()
            ? Messages.format("catalogue.list.fellBack", String.valueOf(choice.requestedYear()))
            : "";
    return year + name(t) + kind + fell;
  }

  private static String name(CodeTable t) {
    return Messages.text("catalogue.classification." + t.classification().name());
  }

  /** The catalogue's own entry, for callers that need more than the rules do. */
  public Optional<String> officialName(int year, ClassificationCode code) {
    return catalogue.lookup(year, code).found().map(e -> e.name());
  }
}
