package org.gongkai.read.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Staffing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbering, paragraphs split by page breaks, sections, staffing and stated amounts. */
class RunningTextTest {

  @ParameterizedTest
  @CsvSource({
    "'第三部分 情况说明', PART, 第三部分, 情况说明",
    "'十一、其他重要事项', CHINESE, 十一, 其他重要事项",
    "'（二）政府采购情况', CHINESE_BRACKETED, 二, 政府采购情况",
    "'(一) 规模变化', CHINESE_BRACKETED, 一, 规模变化",
    "'3、项目名称：某项目', ARABIC, 3, 项目名称：某项目",
    "'1. 房屋 0.00 平方米', ARABIC, 1, 房屋 0.00 平方米",
    "'(14) 承办其他事项。', ARABIC_BRACKETED, 14, 承办其他事项。"
  })
  void readsNumbering(String line, Numbering.Kind kind, String label, String rest) {
    Numbering n = Numbering.of(line);
    assertThat(n.kind()).isEqualTo(kind);
    assertThat(n.label()).isEqualTo(label);
    assertThat(n.rest()).isEqualTo(rest);
  }

  @ParameterizedTest
  @CsvSource({"'一般公共预算 1,807.53 万元'", "'2024 年预算'", "'1.5 万元'", "'二〇二四年'", "'第一次会议'"})
  void textWithoutNumberingHasNone(String line) {
    assertThat(Numbering.of(line)).isNull();
  }

  @Test
  void joinsLinesAPageBreakSplitAndKeepsItemsApart() {
    List<Texts.Line> joined =
        Texts.join(
            List.of(
                line("六、关于某局 2024", 1),
                line("年一般公共预算基本支出情况说明", 3),
                line("1、一般公共服务支出(类)行政运行(项):2024 年预算数为 1,284.64", 5),
                line("万元,比上年预算减少 61.50 万元。", 7),
                line("项目承担单位：某局办公", 9),
                line("室", 11),
                line("资金分配情况：会议费 10 万元。", 13),
                line("某局", 15),
                line("2025 年 2 月 10 日", 17)));
    assertThat(joined)
        .extracting(Texts.Line::text)
        .containsExactly(
            "六、关于某局 2024 年一般公共预算基本支出情况说明",
            "1、一般公共服务支出(类)行政运行(项):2024 年预算数为 1,284.64 万元,比上年预算减少 61.50 万元。",
            "项目承担单位：某局办公室",
            "资金分配情况：会议费 10 万元。",
            "某局",
            "2025 年 2 月 10 日");
    assertThat(joined.get(1).source().line()).isEqualTo(5);
  }

  @Test
  void aHeadingIsNotJoinedToTheParagraphUnderIt() {
    assertThat(Texts.continues("（一）一般公共预算当年拨款规模变化情况", "某局 2024 年一般公共预算拨款合计 100 万元。")).isFalse();
    assertThat(Texts.continues("一、主要职能", "(1) 负责某某工作。")).isFalse();
    assertThat(Texts.continues("收入预算 100 万元，其中：", "一般公共预算 100 万元。")).isFalse();
  }

  @Test
  void buildsSectionsOfThreeLevelsWithItemsAsParagraphs() {
    Disclosure d =
        Docs.read(
            "第三部分 情况说明\n"
                + "一、关于收入预算情况说明\n收入预算 10 万元。\n"
                + "二、其他重要事项的情况说明\n（一）机关运行经费情况\n"
                + "机关运行经费财政拨款预算 5.00 万元，比上年预算增加 1.00 万元。\n"
                + "1、一般公共服务支出(类)5.00 万元,占 50.00%。\n");
    List<NarrativeSection> s = d.narrative();
    assertThat(s).extracting(NarrativeSection::label).containsExactly("一", "二");
    NarrativeSection sub = s.get(1).subsections().get(0);
    assertThat(sub.title()).isEqualTo("机关运行经费情况");
    assertThat(sub.level()).isEqualTo(2);
    assertThat(sub.paragraphs()).hasSize(2);
    assertThat(d.agencyOperating().amount().money().amount()).isEqualByComparingTo("5.00");
    assertThat(d.agencyOperating().lastYear()).isNull();
  }

  @Test
  void readsStaffingWithIncreasesAndDecreases() {
    Staffing s =
        OverviewReader.staffing(
            "编制数 30 人，实有人数 41 人，其中：在职 28 人，减少 2 人；退休 13 人，增加 1 人；离休 0 人，增加 0 人。",
            SourceRef.line(1));
    assertThat(s.authorized().value()).isEqualByComparingTo("30");
    assertThat(s.authorized().unit()).isEqualTo("人");
    assertThat(s.actual().value()).isEqualByComparingTo("41");
    assertThat(s.inService().value()).isEqualByComparingTo("28");
    assertThat(s.inServiceChange().value()).isEqualByComparingTo("-2");
    assertThat(s.retired().value()).isEqualByComparingTo("13");
    assertThat(s.retiredChange().value()).isEqualByComparingTo("1");
    assertThat(s.honorablyRetired().value()).isEqualByComparingTo("0");
    assertThat(OverviewReader.staffing("本单位负责全县商务工作。", SourceRef.NONE)).isNull();
  }

  @Test
  void aStatedAmountIsTheValueNotTheChange() {
    String t = "“三公”经费比上年预算增加 2.00 万元，其中公务接待费 3.50 万元，因公出国（境）费增加 0.50 万元。";
    assertThat(StatedAmounts.find(t, SourceRef.NONE, 14, StatedAmounts.CHANGE_WORDS, "三公”经费"))
        .isNull();
    assertThat(
            StatedAmounts.find(t, SourceRef.NONE, 8, StatedAmounts.CHANGE_WORDS, "公务接待费")
                .money()
                .amount())
        .isEqualByComparingTo("3.50");
    assertThat(StatedAmounts.find(t, SourceRef.NONE, 8, StatedAmounts.CHANGE_WORDS, "因公出国（境）费"))
        .isNull();
    assertThat(
            StatedAmounts.find("房屋价值 1,260 元", SourceRef.NONE, 6, new String[0], "价值")
                .money()
                .toString())
        .isEqualTo("1,260 元");
  }

  private static Texts.Line line(String text, int n) {
    return new Texts.Line(text, SourceRef.line(n));
  }
}
