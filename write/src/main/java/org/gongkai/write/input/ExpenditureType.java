package org.gongkai.write.input;

/** 基本支出 or 项目支出. */
public enum ExpenditureType {
  BASIC,
  PROJECT
}
