package org.gongkai.app;

/** The process exit codes every subcommand uses. */
final class ExitCode {
  /** Done, nothing to report. */
  static final int OK = 0;

  /** Done, and problems were found (errors in a check, unread parts in a parse). */
  static final int PROBLEMS = 1;

  /** The input could not be read at all. */
  static final int UNREADABLE = 2;

  /** The command line was wrong. */
  static final int USAGE = 64;

  private ExitCode() {}
}
