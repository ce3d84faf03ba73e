package org.gongkai.read.claim;

import static org.gongkai.model.ColumnRole.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.Metadata;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.Scope;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.Claim;

/**
 * A small fictional unit budget (示例局, 2025) for parser tests: its tables, and a helper that reads
 * paragraphs written in the tests as one narrative section.
 */
final class DemoTables {

  static final Metadata METADATA =
      new Metadata(
          "示例市示例局",
          2025,
          DisclosureKind.BUDGET,
          Scope.UNIT,
          LocalDate.of(2025, 2, 1),
          "xinjiang-unit-budget",
          "示例市示例局2025年单位预算公开",
          SourceRef.NONE);

  private DemoTables() {}

  static List<Table> all() {
    return List.of(t1(), t2(), t3(), t5(), t6(), t7(), t10());
  }

  /** Reads the paragraphs as one section with the given title. */
  static List<Claim> parse(String title, String... paragraphs) {
    return parse(all(), section("一", title, paragraphs));
  }

  static List<Claim> parse(List<Table> tables, NarrativeSection... sections) {
    return new ClaimParser().parse(List.of(sections), BindingContext.of(tables, METADATA));
  }

  static NarrativeSection section(String label, String title, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      ps.add(new Paragraph(paragraphs[i], SourceRef.line(1000 + i)));
    }
    return new NarrativeSection(label, title, 1, ps, List.of(), SourceRef.line(999));
  }

  static Table t1() {
    return TableBuilder.table(1, TableKind.INCOME_EXPENDITURE_SUMMARY)
        .col(NAME, "项目", 0)
        .col(TOTAL, "预算数", 0)
        .col(CODE_NAME, "功能分类", 1)
        .col(TOTAL, "预算数", 1)
        .row("一、本年收入", "520.00", "201 一般公共服务支出", "400.00")
        .row("1.一般公共预算拨款", "470.00", "208 社会保障和就业支出", "150.00")
        .row("5.单位资金", "50.00", "", "")
        .row("二、上年结转结余", "30.00", "", "")
        .row("1.财政拨款结转", "30.00", "", "")
        .row("其中：一般公共预算拨款", "30.00", "", "")
        .row("收入总计", "550.00", "支出总计", "550.00")
        .build();
  }

  static Table t2() {
    return TableBuilder.table(2, TableKind.INCOME_SUMMARY)
        .col(CODE, "科目编码")
        .col(NAME, "科目名称")
        .col(TOTAL, "总计")
        .col(FISCAL_SUBTOTAL, "财政拨款小计")
        .col(GENERAL_PUBLIC, "一般公共预算")
        .col(GOV_FUNDS, "政府性基金预算")
        .col(UNIT_FUNDS, "单位资金")
        .col(FISCAL_CARRYOVER, "财政拨款结转")
        .row("201", "一般公共服务支出", "400.00", "350.00", "350.00", "", "20.00", "30.00")
        .row("208", "社会保障和就业支出", "150.00", "120.00", "120.00", "", "30.00", "")
        .row("", "合计", "550.00", "470.00", "470.00", "", "50.00", "30.00")
        .build();
  }

  static Table t3() {
    return TableBuilder.table(3, TableKind.EXPENDITURE_SUMMARY)
        .col(CODE, "科目编码")
        .col(NAME, "科目名称")
        .col(TOTAL, "合计")
        .col(BASIC, "基本支出")
        .col(PROJECT, "项目支出")
        .row("201", "一般公共服务支出", "400.00", "260.00", "140.00")
        .row("20101", "人大事务", "250.00", "200.00", "50.00")
        .row("2010101", "行政运行", "200.00", "200.00", "")
        .row("2010102", "一般行政管理事务", "50.00", "", "50.00")
        .row("20103", "政府办公厅(室)及相关机构事务", "150.00", "60.00", "90.00")
        .row("2010301", "行政运行", "60.00", "60.00", "")
        .row("2010399", "其他政府办公厅(室)及相关机构事务支出", "90.00", "", "90.00")
        .row("208", "社会保障和就业支出", "150.00", "150.00", "")
        .row("20805", "行政事业单位养老支出", "150.00", "150.00", "")
        .row("2080505", "机关事业单位基本养老保险缴费支出", "150.00", "150.00", "")
        .row("", "合计", "550.00", "410.00", "140.00")
        .build();
  }

  static Table t5() {
    return TableBuilder.table(5, TableKind.GENERAL_PUBLIC_EXPENDITURE)
        .col(CODE, "科目编码")
        .col(NAME, "科目名称")
        .col(TOTAL, "合计")
        .col(BASIC, "基本支出")
        .col(PROJECT, "项目支出")
        .row("201", "一般公共服务支出", "350.00", "230.00", "120.00")
        .row("20101", "人大事务", "230.00", "200.00", "30.00")
        .row("2010101", "行政运行", "200.00", "200.00", "")
        .row("2010102", "一般行政管理事务", "30.00", "", "30.00")
        .row("20103", "政府办公厅（室）及相关机构事务", "120.00", "30.00", "90.00")
        .row("2010301", "行政运行", "30.00", "30.00", "")
        .row("2010399", "其他政府办公厅（室）及相关机构事务支出", "90.00", "", "90.00")
        .row("208", "社会保障和就业支出", "120.00", "120.00", "")
        .row("20805", "行政事业单位养老支出", "120.00", "120.00", "")
        .row("2080505", "机关事业单位基本养老保险缴费支出", "120.00", "120.00", "")
        .row("", "合计", "470.00", "350.00", "120.00")
        .build();
  }

  static Table t6() {
    return TableBuilder.table(6, TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE)
        .col(CODE, "科目编码")
        .col(NAME, "科目名称")
        .col(TOTAL, "合计")
        .col(PERSONNEL, "人员经费")
        .col(OPERATING, "公用经费")
        .row("301", "工资福利支出", "280.00", "280.00", "")
        .row("30101", "基本工资", "150.00", "150.00", "")
        .row("30102", "津贴补贴", "130.00", "130.00", "")
        .row("302", "商品和服务支出", "50.00", "", "50.00")
        .row("30201", "办公费", "50.00", "", "50.00")
        .row("303", "对个人和家庭的补助", "20.00", "20.00", "")
        .row("30302", "退休费", "20.00", "20.00", "")
        .row("", "合计", "350.00", "300.00", "50.00")
        .build();
  }

  static Table t7() {
    return TableBuilder.table(7, TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE)
        .col(CODE, "科目编码")
        .col(NAME, "科目名称")
        .col(PROJECT_NAME, "项目名称")
        .col(TOTAL, "项目支出合计")
        .row("2010102", "一般行政管理事务", "立法调研经费", "30.00")
        .row("2010399", "其他政府办公厅（室）及相关机构事务支出", "办公楼维修费", "90.00")
        .row("", "", "合计", "120.00")
        .build();
  }

  static Table t10() {
    return TableBuilder.table(10, TableKind.THREE_PUBLIC_EXPENSES)
        .col(NAME, "项目")
        .col(TOTAL, "合计")
        .row("合计", "8.00")
        .row("因公出国（境）费", "")
        .row("公务接待费", "3.00")
        .row("公务用车购置及运行费（小计）", "5.00")
        .row("其中：公务用车购置费", "")
        .row("公务用车运行费", "5.00")
        .build();
  }
}
