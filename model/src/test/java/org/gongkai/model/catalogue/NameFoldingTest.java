package org.gongkai.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTest {

  @ParameterizedTest(name = "forgiven: {0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "政府办公厅（室）及相关机构事务 | 政府办公厅(室)及相关机构事务",
        "其他政府办公厅（室）及相关机构事务支出 | 其他政府办公厅(室)及相关机构 事务支出",
        "机关事业单位基本养老保险缴费支出 | 机关事业单位基本养老保险缴费\t支出",
        "维修（护）费 | 维修(护)费",
        "因公出国（境）费用 | 因公出国（境)费用",
        "收 入 总 计 | 收入总计",
        "说明：一 | 说明:一",
        "“三公”经费 | \"三公\"经费",
        "‘三公’经费 | '三公'经费",
        "行政运行 | '\u3000行政运行\u00a0'",
      })
  void forgivesWhitespaceAndPunctuationWidth(String official, String printed) {
    assertThat(NameFolding.sameName(official, printed)).isTrue();
  }

  @ParameterizedTest(name = "not forgiven: {0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "其他缉私警察支出 | 其他税私警察支出",
        "抗疫特别国债安排的支出 | 抗疫特别国债还本支出",
        "一般公共服务支出 | 一般公共服务",
        "行政运行 | 行政运行(项)",
        "政府办公厅（室）及相关机构事务 | 政府办公厅〔室〕及相关机构事务",
        "政府办公厅（室）及相关机构事务 | 政府办公厅【室】及相关机构事务",
        "办公费 | 办公費",
        "住房公积金 | 住房公积金。",
        "第１项 | 第1项",
        "ＡＢ | AB",
      })
  void forgivesNothingElse(String official, String printed) {
    assertThat(NameFolding.sameName(official, printed)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"政府办公厅（室） | 政府办公厅(室)", "“三公” ： 经费 | \"三公\":经费"})
  void foldShowsTheComparedForm(String name, String folded) {
    assertThat(NameFolding.fold(name)).isEqualTo(folded);
  }
}
