package org.gongkai.write.ledger;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.model.catalogue.EconomicCode;
import org.gongkai.model.catalogue.Entry;
import org.gongkai.model.catalogue.FunctionCode;

/** Code names from the official catalogue's lists for one budget year. */
public final class CatalogueNames implements CodeNames {

  private final Catalogue catalogue;
  private final int year;

  public CatalogueNames(Catalogue catalogue, int year) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.year = year;
  }

  /** The shipped catalogue's names for a year. */
  public static CatalogueNames shipped(int year) {
    return new CatalogueNames(Catalogue.shipped(), year);
  }

  @Override
  public Optional<String> functionName(String code) {
    return FunctionCode.tryParse(code).flatMap(c -> catalogue.function(year, c)).map(Entry::name);
  }

  @Override
  public Optional<String> economicName(String code) {
    return EconomicCode.tryParse(code).flatMap(c -> catalogue.economic(year, c)).map(Entry::name);
  }

  @Override
  public boolean knowsFunction(String code) {
    return functionName(code).isPresent();
  }

  @Override
  public boolean knowsEconomic(String code) {
    return economicName(code).isPresent();
  }
}
