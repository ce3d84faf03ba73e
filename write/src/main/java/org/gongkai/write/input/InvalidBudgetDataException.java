package org.gongkai.write.input;

import java.util.List;
import java.util.stream.Collectors;

/** Budget data that cannot be written: the problems found, each naming its field or cell. */
public final class InvalidBudgetDataException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  public InvalidBudgetDataException(String source, List<InputProblem> problems) {
    super(
        source
            + ": "
            + problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found (errors, and the warnings found with them). */
  public List<InputProblem> problems() {
    return problems;
  }
}
