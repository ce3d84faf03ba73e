package org.gongkai.write;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.Disclosure;
import org.gongkai.write.format.Document;
import org.gongkai.write.input.InputProblem;

/**
 * A disclosure written from budget data: the model (what the checker and the JSON form see), the
 * printable document (what the output formats render), and the warnings the data raised.
 */
public record WrittenDisclosure(
    Disclosure disclosure, Document document, List<InputProblem> warnings) {
  public WrittenDisclosure {
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(document, "document");
    warnings = List.copyOf(warnings);
  }
}
