package org.gongkai.check;

import java.util.Map;

/** A small catalogue for tests: the codes the clean document uses, as a partial or full list. */
public final class TestCatalogue implements CodeCatalogue {

  private static final Map<String, String> FUNCTION =
      Map.ofEntries(
          Map.entry("201", "一般公共服务支出"),
          Map.entry("202", "外交支出"),
          Map.entry("203", "国防支出"),
          Map.entry("205", "教育支出"),
          Map.entry("229", "其他支出"),
          Map.entry("234", "抗疫特别国债安排的支出"),
          Map.entry("20103", "政府办公厅（室）及相关机构事务"),
          Map.entry("2010301", "行政运行"),
          Map.entry("2010350", "事业运行"),
          Map.entry("2010399", "其他政府办公厅（室）及相关机构事务支出"),
          Map.entry("204", "公共安全支出"),
          Map.entry("20410", "缉私警察"),
          Map.entry("2041099", "其他缉私警察支出"),
          Map.entry("208", "社会保障和就业支出"),
          Map.entry("20805", "行政事业单位养老支出"),
          Map.entry("2080501", "行政单位离退休"),
          Map.entry("2080505", "机关事业单位基本养老保险缴费支出"));

  private static final Map<String, String> ECONOMIC =
      Map.ofEntries(
          Map.entry("301", "工资福利支出"),
          Map.entry("30101", "基本工资"),
          Map.entry("30102", "津贴补贴"),
          Map.entry("30103", "奖金"),
          Map.entry("30108", "机关事业单位基本养老保险缴费"),
          Map.entry("30110", "职工基本医疗保险缴费"),
          Map.entry("30112", "其他社会保障缴费"),
          Map.entry("30113", "住房公积金"),
          Map.entry("302", "商品和服务支出"),
          Map.entry("30201", "办公费"),
          Map.entry("30228", "工会经费"),
          Map.entry("30229", "福利费"),
          Map.entry("30299", "其他商品和服务支出"),
          Map.entry("303", "对个人和家庭的补助"),
          Map.entry("30302", "退休费"),
          Map.entry("30305", "生活补助"),
          Map.entry("30309", "奖励金"),
          Map.entry("30399", "其他对个人和家庭的补助"));

  private final boolean complete;

  private TestCatalogue(boolean complete) {
    this.complete = complete;
  }

  /** The test codes as a partial 2024 list: absent codes are unknown. */
  public static TestCatalogue partial2024() {
    return new TestCatalogue(false);
  }

  /** The test codes posing as the complete 2024 list: absent codes do not exist. */
  public static TestCatalogue complete2024() {
    return new TestCatalogue(true);
  }

  @Override
  public CodeLookup function(int year, String code) {
    return lookup(FUNCTION, year, code, "测试功能分类");
  }

  @Override
  public CodeLookup economic(int year, String code) {
    return lookup(ECONOMIC, year, code, "测试经济分类");
  }

  private CodeLookup lookup(Map<String, String> list, int year, String code, String name) {
    if (year != 2024) {
      return new CodeLookup(null, false, "");
    }
    return new CodeLookup(list.get(code), complete, name);
  }

  @Override
  public String describe(int year) {
    return year + " 测试目录" + (complete ? "（完整）" : "（部分）");
  }
}
