package org.gongkai.check;

/** How much a finding matters. A report with any {@link #ERROR} finding exits with code 1. */
public enum Severity {
  ERROR,
  WARNING,
  NOTICE;

  /** The Chinese label from the message bundle (错误, 警告, 提示). */
  public String label() {
    return Messages.text("severity." + name());
  }
}
