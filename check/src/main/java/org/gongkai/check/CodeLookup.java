package org.gongkai.check;

import java.util.Optional;

/**
 * What a catalogue says about one code.
 *
 * @param officialName the code's official name, null when the list lacks the code
 * @param listComplete true when the list consulted is the whole official list for that year, so a
 *     code it lacks really does not exist; false for the partial lists shipped by default
 * @param list which list answered (for the report), e.g. "2024 支出功能分类科目（部分）"
 */
public record CodeLookup(String officialName, boolean listComplete, String list) {

  /** Whether a code is known, unknown (absent from a partial list) or absent from a full list. */
  public enum Status {
    KNOWN,
    UNKNOWN,
    NOT_IN_CATALOGUE
  }

  public CodeLookup {
    list = list == null ? "" : list;
  }

  public Status status() {
    if (officialName != null) {
      return Status.KNOWN;
    }
    return listComplete ? Status.NOT_IN_CATALOGUE : Status.UNKNOWN;
  }

  public Optional<String> name() {
    return Optional.ofNullable(officialName);
  }
}
