package org.gongkai.write.ledger;

import java.util.Map;
import java.util.Optional;

/**
 * The names of classification codes for one budget year, as the ledger needs them: the official
 * catalogue where it knows a code, then the names the budget data supplies for codes it lacks.
 */
public interface CodeNames {

  /** The name of a functional class (3), 款 (5) or 项 (7). */
  Optional<String> functionName(String code);

  /** The name of an economic class (3) or 款 (5). */
  Optional<String> economicName(String code);

  /** True when the official catalogue itself lists the functional code. */
  boolean knowsFunction(String code);

  /** True when the official catalogue itself lists the economic code. */
  boolean knowsEconomic(String code);

  /** This classification, with names for codes it does not know taken from a map (code → name). */
  default CodeNames withNames(Map<String, String> extra) {
    CodeNames base = this;
    return new CodeNames() {
      @Override
      public Optional<String> functionName(String code) {
        return base.functionName(code).or(() -> Optional.ofNullable(extra.get(code)));
      }

      @Override
      public Optional<String> economicName(String code) {
        return base.economicName(code).or(() -> Optional.ofNullable(extra.get(code)));
      }

      @Override
      public boolean knowsFunction(String code) {
        return base.knowsFunction(code);
      }

      @Override
      public boolean knowsEconomic(String code) {
        return base.knowsEconomic(code);
      }
    };
  }

  /** A classification that knows no code (every name must come from the data). */
  static CodeNames empty() {
    return new CodeNames() {
      @Override
      public Optional<String> functionName(String code) {
        return Optional.empty();
      }

      @Override
      public Optional<String> economicName(String code) {
        return Optional.empty();
      }

      @Override
      public boolean knowsFunction(String code) {
        return false;
      }

      @Override
      public boolean knowsEconomic(String code) {
        return false;
      }
    };
  }
}
