package org.gongkai.model;

/** 预算公开 or 决算公开. */
public enum DisclosureKind {
  BUDGET("预算"),
  FINAL_ACCOUNTS("决算");

  private final String label;

  DisclosureKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
