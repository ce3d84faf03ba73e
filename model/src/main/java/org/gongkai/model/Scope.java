package org.gongkai.model;

/** A 单位 (one budget unit) or a 部门 (a department with its subordinate units). */
public enum Scope {
  UNIT("单位"),
  DEPARTMENT("部门");

  private final String label;

  Scope(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
