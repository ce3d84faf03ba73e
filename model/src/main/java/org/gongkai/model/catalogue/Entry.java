package org.gongkai.model.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * One code of a catalogue list with its official name and the list it came from. Level and parent
 * are derived from the code.
 *
 * @param code the code
 * @param name the official name, as the list gives it
 * @param source the list the entry came from
 */
public record Entry(ClassificationCode code, String name, ListSource source) {

  public Entry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    name = Objects.requireNonNull(name, "name").strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an entry needs a name: " + code);
    }
    if (code.classification() != source.classification()) {
      throw new IllegalArgumentException(
          "code " + code + " does not belong to a " + source.classification() + " list");
    }
  }

  public CodeLevel level() {
    return code.level();
  }

  /** The parent code, derived from the digits; empty for a 类. */
  public Optional<ClassificationCode> parent() {
    return code.parent().map(ClassificationCode.class::cast);
  }

  /** True when the printed name equals this official name, forgiving only {@link NameFolding}. */
  public boolean nameMatches(String printed) {
    return NameFolding.sameName(name, printed);
  }
}
