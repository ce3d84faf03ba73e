package org.gongkai.model.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the catalogue for one code. The shipped lists are partial, so a code they lack is
 * {@link UnknownCode} — never evidence that the code is wrong. Only a list the user imported and
 * declared complete can say a code does not exist ({@link AbsentFromCompleteList}).
 */
public sealed interface Lookup
    permits Lookup.Known, Lookup.UnknownCode, Lookup.AbsentFromCompleteList {

  /** The three answers, for a {@code switch}. */
  enum Status {
    /** The list has the code; its official name is known. */
    KNOWN,
    /** The list lacks the code but is partial (or there is no list): nothing can be concluded. */
    UNKNOWN_CODE,
    /** A complete, user-imported list lacks the code: the code does not exist that year. */
    ABSENT_FROM_COMPLETE_LIST
  }

  Status status();

  /** The code asked about. */
  ClassificationCode code();

  /** The list that answered, and whether it is a fallback from an earlier year. */
  ListChoice list();

  /** The entry, when known. */
  default Optional<Entry> found() {
    return Optional.empty();
  }

  /** The list has the code. */
  record Known(Entry entry, ListChoice list) implements Lookup {
    public Known {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(list, "list");
    }

    @Override
    public Status status() {
      return Status.KNOWN;
    }

    @Override
    public ClassificationCode code() {
      return entry.code();
    }

    @Override
    public Optional<Entry> found() {
      return Optional.of(entry);
    }
  }

  /** The list lacks the code, and it is partial: the code is unknown, not wrong. */
  record UnknownCode(ClassificationCode code, ListChoice list) implements Lookup {
    public UnknownCode {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(list, "list");
    }

    @Override
    public Status status() {
      return Status.UNKNOWN_CODE;
    }
  }

  /** A complete imported list lacks the code. */
  record AbsentFromCompleteList(ClassificationCode code, ListChoice list) implements Lookup {
    public AbsentFromCompleteList {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(list, "list");
    }

    @Override
    public Status status() {
      return Status.ABSENT_FROM_COMPLETE_LIST;
    }
  }
}
