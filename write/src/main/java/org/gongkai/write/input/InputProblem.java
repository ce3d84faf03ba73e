package org.gongkai.write.input;

import java.util.Objects;

/**
 * One problem with budget data: where (a field path such as {@code items[3].function}, or a
 * workbook cell such as {@code 明细!B7}), how serious, and what is wrong, in Chinese.
 *
 * @param path the field or cell
 * @param severity an error stops the writer; a warning does not
 * @param message the Chinese message
 */
public record InputProblem(String path, Severity severity, String message) {

  /** How serious a problem is. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public InputProblem {
    path = path == null ? "" : path;
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** "错误 items[3].function：…". */
  @Override
  public String toString() {
    String label = severity == Severity.ERROR ? "错误" : "提示";
    return path.isEmpty() ? label + "：" + message : label + " " + path + "：" + message;
  }
}
