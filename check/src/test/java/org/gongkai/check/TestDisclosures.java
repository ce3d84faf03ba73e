package org.gongkai.check;

import static org.gongkai.check.DocBuilder.indicator;
import static org.gongkai.check.DocBuilder.para;
import static org.gongkai.check.DocBuilder.section;
import static org.gongkai.check.DocBuilder.sheet;
import static org.gongkai.check.DocBuilder.src;
import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.model.ColumnRole.BASIC;
import static org.gongkai.model.ColumnRole.CODE_CLASS;
import static org.gongkai.model.ColumnRole.CODE_NAME;
import static org.gongkai.model.ColumnRole.CODE_SECTION;
import static org.gongkai.model.ColumnRole.ECONOMIC_CLASS;
import static org.gongkai.model.ColumnRole.FISCAL_CARRYOVER;
import static org.gongkai.model.ColumnRole.FISCAL_SUBTOTAL;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC_TRANSFER;
import static org.gongkai.model.ColumnRole.GOV_FUNDS;
import static org.gongkai.model.ColumnRole.GOV_FUNDS_TRANSFER;
import static org.gongkai.model.ColumnRole.NAME;
import static org.gongkai.model.ColumnRole.NON_FISCAL_CARRYOVER;
import static org.gongkai.model.ColumnRole.OPERATING;
import static org.gongkai.model.ColumnRole.PERSONNEL;
import static org.gongkai.model.ColumnRole.PROJECT;
import static org.gongkai.model.ColumnRole.PROJECT_NAME;
import static org.gongkai.model.ColumnRole.SPECIAL_ACCOUNT;
import static org.gongkai.model.ColumnRole.STATE_CAPITAL;
import static org.gongkai.model.ColumnRole.TOTAL;
import static org.gongkai.model.ColumnRole.UNIT_FUNDS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.AgencyOperatingExpenses;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.Figure;
import org.gongkai.model.Metadata;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Overview;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProjectDescription;
import org.gongkai.model.Scope;
import org.gongkai.model.Staffing;
import org.gongkai.model.StateAssets;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.TocEntry;
import org.gongkai.model.VehicleHolding;
import org.gongkai.model.profile.ColumnSpec;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.TableSpec;

/**
 * A clean, self-consistent unit budget in a ten-table layout (figures after the seed, its defects
 * repaired, text in our own words), and its layout profile. Rule tests damage a copy to make a rule
 * fire, and check the clean one to see it stay silent.
 */
public final class TestDisclosures {

  public static final String UNIT = "测试市人民政府办公室";

  private TestDisclosures() {}

  /** The layout profile of the clean document: ten required tables, sheet weights total 90. */
  public static LayoutProfile layout() {
    List<TableSpec> specs = new ArrayList<>();
    Object[][] t = {
      {1, TableKind.INCOME_EXPENDITURE_SUMMARY, "单位收支总体情况表"},
      {2, TableKind.INCOME_SUMMARY, "单位收入总体情况表"},
      {3, TableKind.EXPENDITURE_SUMMARY, "单位支出总体情况表"},
      {4, TableKind.FISCAL_SUMMARY, "财政拨款收支总体情况表"},
      {5, TableKind.GENERAL_PUBLIC_EXPENDITURE, "一般公共预算支出情况表"},
      {6, TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE, "一般公共预算基本支出情况表"},
      {7, TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE, "一般公共预算项目支出情况表"},
      {8, TableKind.GOV_FUNDS_EXPENDITURE, "政府性基金预算支出情况表"},
      {9, TableKind.STATE_CAPITAL_EXPENDITURE, "国有资本经营预算支出情况表"},
      {10, TableKind.THREE_PUBLIC_EXPENSES, "财政拨款“三公”经费支出情况表"}
    };
    for (Object[] row : t) {
      specs.add(
          new TableSpec(
              (Integer) row[0],
              (TableKind) row[1],
              List.of((String) row[2]),
              MoneyUnit.WAN_YUAN,
              true,
              List.of(new ColumnSpec(List.of("合计"), TOTAL, 0, ""))));
    }
    return new LayoutProfile(
        "test-ten-tables",
        "测试十表",
        DisclosureKind.BUDGET,
        Scope.UNIT,
        List.of(),
        specs,
        MoneyUnit.WAN_YUAN,
        90,
        List.of("为空表"));
  }

  /** The clean document's parts, ready to be damaged. */
  public static DocBuilder clean() {
    DocBuilder d =
        new DocBuilder(
            new Metadata(
                UNIT,
                2024,
                DisclosureKind.BUDGET,
                Scope.UNIT,
                null,
                "test-ten-tables",
                "2024年单位预算公开",
                src()));
    d.tables.addAll(
        List.of(
            summary(),
            incomeSummary(),
            expenditureSummary(),
            fiscalSummary(),
            generalPublic(),
            basic(),
            projects(),
            emptyFunctional(8, TableKind.GOV_FUNDS_EXPENDITURE, "政府性基金预算支出情况表"),
            emptyFunctional(9, TableKind.STATE_CAPITAL_EXPENDITURE, "国有资本经营预算支出情况表"),
            threePublicTable("", "", "", "", "", "")));
    d.overview =
        new Overview(
            List.of(para("负责本级政府日常运转的保障工作。")),
            List.of(para("本单位内设两个科室。")),
            List.of("综合科", "财务科"),
            Figure.of(2, "个", src()),
            List.of(),
            new Staffing(
                Figure.of(70, "人", src()),
                Figure.of(104, "人", src()),
                Figure.of(68, "人", src()),
                Figure.of(0, "人", src()),
                Figure.of(36, "人", src()),
                Figure.of(1, "人", src()),
                Figure.of(0, "人", src()),
                Figure.of(0, "人", src())));
    d.contents.addAll(contents());
    d.narrative.addAll(narrative());
    d.threePublic =
        new ThreePublicExpenses(
            wan("0.00"), wan("0.00"), wan("0.00"), null, wan("0.00"), wan("0.00"), src());
    d.agencyOperating = new AgencyOperatingExpenses(wan("191.06"), null, src());
    d.procurement =
        new Procurement(
            wan("228.92"),
            wan("63.52"),
            wan("59.00"),
            wan("106.40"),
            wan("228.92"),
            wan("190.92"),
            src());
    d.assets =
        new StateAssets(
            "截至2023年底",
            new Figure(BigDecimal.ZERO, "平方米", src()),
            wan("0.00"),
            Figure.of(11, "辆", src()),
            wan("455.92"),
            List.of(
                new VehicleHolding("一般公务用车", Figure.of(0, "辆", src()), wan("0.00")),
                new VehicleHolding("执法执勤用车", Figure.of(0, "辆", src()), wan("0.00")),
                new VehicleHolding("其他车辆", Figure.of(11, "辆", src()), wan("455.92"))),
            wan("26.83"),
            wan("370.98"),
            Figure.of(0, "台", src()),
            Figure.of(0, "台", src()),
            null,
            src());
    d.projects.addAll(
        List.of(
            project("机场设施租赁费", "60.00"),
            project("业务活动经费项目", "50.00"),
            project("合作交流中心工作经费", "40.00"),
            project("政府楼搬迁改造费", "59.00")));
    d.performance.addAll(sheets());
    d.glossary.add(new org.gongkai.model.GlossaryEntry("基本支出", "保障机构正常运转的人员经费和公用经费。", src()));
    return d;
  }

  private static ProjectDescription project(String name, String amount) {
    return new ProjectDescription(name, "依据本级财政预算通知", wan(amount), UNIT, "", "2024年1月-12月", src());
  }

  static Table summary() {
    return new TableBuilder(1, TableKind.INCOME_EXPENDITURE_SUMMARY, "单位收支总体情况表")
        .line(40)
        .col(NAME, "项目")
        .col(TOTAL, "预算数")
        .right(CODE_NAME, "功能分类")
        .right(TOTAL, "预算数")
        .row("一、本年收入", "1,807.53", "201 一般公共服务支出", "1,665.38")
        .row("1. 一般公共预算拨款", "1,807.53", "202 外交支出", "")
        .row("其中：一般财力", "1,807.53", "203 国防支出", "")
        .row("上级一般公共预算安排转移支付", "", "204 公共安全支出", "20.00")
        .row("2. 基金预算拨款", "", "205 教育支出", "")
        .row("3. 国有资本经营预算拨款", "", "208 社会保障和就业支出", "204.00")
        .row("4. 财政专户核拨", "", "229 其他支出", "")
        .row("5. 单位资金", "", "234 抗疫特别国债安排的支出", "")
        .row("其中：事业收入", "", "", "")
        .row("其他收入", "", "", "")
        .row("二、上年结转结余", "81.85", "", "")
        .row("1. 财政拨款结转", "39.77", "", "")
        .row("其中：一般公共预算拨款", "39.77", "", "")
        .row("基金预算拨款", "", "", "")
        .row("2. 非财政拨款结转结余", "42.08", "", "")
        .row("其中：财政专户核拨", "", "", "")
        .row("单位资金", "42.08", "", "")
        .row("收入总计", "1,889.38", "支出总计", "1,889.38")
        .build();
  }

  static Table incomeSummary() {
    return new TableBuilder(2, TableKind.INCOME_SUMMARY, "单位收入总体情况表")
        .line(70)
        .codeStub3()
        .col(TOTAL, "总计")
        .col(FISCAL_SUBTOTAL, "财政拨款(补助)小计")
        .col(GENERAL_PUBLIC, "一般公共预算")
        .col(GENERAL_PUBLIC_TRANSFER, "上级一般公共预算安排的转移支付")
        .col(GOV_FUNDS, "政府性基金预算")
        .col(GOV_FUNDS_TRANSFER, "上级政府性基金安排的转移支付")
        .col(STATE_CAPITAL, "国有资本经营预算")
        .col(SPECIAL_ACCOUNT, "财政专户(教育收费)")
        .col(UNIT_FUNDS, "单位资金")
        .col(FISCAL_CARRYOVER, "财政拨款结转")
        .col(NON_FISCAL_CARRYOVER, "非财政拨款结转结余")
        .row(
            "201",
            "",
            "",
            "一般公共服务支出",
            "1,665.38",
            "1,603.53",
            "1,603.53",
            "",
            "",
            "",
            "",
            "",
            "",
            "19.77",
            "42.08")
        .row(
            "201",
            "03",
            "",
            "政府办公厅(室)及相关机构事务",
            "1,665.38",
            "1,603.53",
            "1,603.53",
            "",
            "",
            "",
            "",
            "",
            "",
            "19.77",
            "42.08")
        .row(
            "201",
            "03",
            "01",
            "行政运行",
            "1,304.41",
            "1,284.64",
            "1,284.64",
            "",
            "",
            "",
            "",
            "",
            "",
            "19.77",
            "")
        .row("201", "03", "50", "事业运行", "109.89", "109.89", "109.89")
        .row(
            "201",
            "03",
            "99",
            "其他政府办公厅(室)及相关机构事务支出",
            "251.08",
            "209.00",
            "209.00",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "42.08")
        .row("204", "", "", "公共安全支出", "20.00", "", "", "", "", "", "", "", "", "20.00", "")
        .row("204", "10", "", "缉私警察", "20.00", "", "", "", "", "", "", "", "", "20.00", "")
        .row("204", "10", "99", "其他缉私警察支出", "20.00", "", "", "", "", "", "", "", "", "20.00", "")
        .row("208", "", "", "社会保障和就业支出", "204.00", "204.00", "204.00")
        .row("208", "05", "", "行政事业单位养老支出", "204.00", "204.00", "204.00")
        .row("208", "05", "01", "行政单位离退休", "66.71", "66.71", "66.71")
        .row("208", "05", "05", "机关事业单位基本养老保险缴费支出", "137.29", "137.29", "137.29")
        .row(
            "",
            "",
            "",
            "合计",
            "1,889.38",
            "1,807.53",
            "1,807.53",
            "",
            "",
            "",
            "",
            "",
            "",
            "39.77",
            "42.08")
        .build();
  }

  static Table expenditureSummary() {
    return new TableBuilder(3, TableKind.EXPENDITURE_SUMMARY, "单位支出总体情况表")
        .line(100)
        .codeStub3()
        .col(TOTAL, "合计")
        .col(BASIC, "基本支出")
        .col(PROJECT, "项目支出")
        .row("201", "", "", "一般公共服务支出", "1,665.38", "1,394.53", "270.85")
        .row("201", "03", "", "政府办公厅(室)及相关机构事务", "1,665.38", "1,394.53", "270.85")
        .row("201", "03", "01", "行政运行", "1,304.41", "1,284.64", "19.77")
        .row("201", "03", "50", "事业运行", "109.89", "109.89", "")
        .row("201", "03", "99", "其他政府办公厅(室)及相关机构事务支出", "251.08", "", "251.08")
        .row("204", "", "", "公共安全支出", "20.00", "", "20.00")
        .row("204", "10", "", "缉私警察", "20.00", "", "20.00")
        .row("204", "10", "99", "其他缉私警察支出", "20.00", "", "20.00")
        .row("208", "", "", "社会保障和就业支出", "204.00", "204.00", "")
        .row("208", "05", "", "行政事业单位养老支出", "204.00", "204.00", "")
        .row("208", "05", "01", "行政单位离退休", "66.71", "66.71", "")
        .row("208", "05", "05", "机关事业单位基本养老保险缴费支出", "137.29", "137.29", "")
        .row("", "", "", "合计", "1,889.38", "1,598.53", "290.85")
        .build();
  }

  static Table fiscalSummary() {
    return new TableBuilder(4, TableKind.FISCAL_SUMMARY, "财政拨款收支总体情况表")
        .line(130)
        .col(NAME, "项目")
        .col(TOTAL, "合计")
        .right(CODE_NAME, "功能分类")
        .right(TOTAL, "合计")
        .right(GENERAL_PUBLIC, "一般公共预算")
        .right(GOV_FUNDS, "政府性基金预算")
        .right(STATE_CAPITAL, "国有资本经营预算")
        .row("一、财政拨款（补助）", "1,807.53", "201 一般公共服务支出", "1,603.53", "1,603.53")
        .row("一般公共预算", "1,807.53", "204 公共安全支出", "", "")
        .row("政府性基金预算", "", "208 社会保障和就业支出", "204.00", "204.00")
        .row("国有资本经营预算", "", "234 抗疫特别国债安排的支出", "", "")
        .row("收入总计", "1,807.53", "支出总计", "1,807.53", "1,807.53")
        .build();
  }

  static Table generalPublic() {
    return new TableBuilder(5, TableKind.GENERAL_PUBLIC_EXPENDITURE, "一般公共预算支出情况表")
        .line(160)
        .codeStub3()
        .col(TOTAL, "合计")
        .col(BASIC, "基本支出")
        .col(PROJECT, "项目支出")
        .row("201", "", "", "一般公共服务支出", "1,603.53", "1,394.53", "209.00")
        .row("201", "03", "", "政府办公厅（室）及相关机构事务", "1,603.53", "1,394.53", "209.00")
        .row("201", "03", "01", "行政运行", "1,284.64", "1,284.64", "")
        .row("201", "03", "50", "事业运行", "109.89", "109.89", "")
        .row("201", "03", "99", "其他政府办公厅（室）及相关机构事务支出", "209.00", "", "209.00")
        .row("208", "", "", "社会保障和就业支出", "204.00", "204.00", "")
        .row("208", "05", "", "行政事业单位养老支出", "204.00", "204.00", "")
        .row("208", "05", "01", "行政单位离退休", "66.71", "66.71", "")
        .row("208", "05", "05", "机关事业单位基本养老保险缴费支出", "137.29", "137.29", "")
        .row("", "", "", "合计", "1,807.53", "1,598.53", "209.00")
        .build();
  }

  static Table basic() {
    return new TableBuilder(6, TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE, "一般公共预算基本支出情况表")
        .line(190)
        .col(CODE_CLASS, "类")
        .col(CODE_SECTION, "款")
        .col(NAME, "经济分类科目名称")
        .col(TOTAL, "合计")
        .col(PERSONNEL, "人员经费")
        .col(OPERATING, "公用经费")
        .row("301", "", "工资福利支出", "1,312.21", "1,312.21", "")
        .row("301", "01", "基本工资", "369.50", "369.50", "")
        .row("301", "02", "津贴补贴", "457.72", "457.72", "")
        .row("301", "03", "奖金", "155.22", "155.22", "")
        .row("301", "08", "机关事业单位基本养老保险缴费", "137.29", "137.29", "")
        .row("301", "10", "职工基本医疗保险缴费", "77.01", "77.01", "")
        .row("301", "12", "其他社会保障缴费", "3.62", "3.62", "")
        .row("301", "13", "住房公积金", "111.85", "111.85", "")
        .row("302", "", "商品和服务支出", "191.06", "", "191.06")
        .row("302", "01", "办公费", "168.24", "", "168.24")
        .row("302", "28", "工会经费", "4.99", "", "4.99")
        .row("302", "29", "福利费", "12.94", "", "12.94")
        .row("302", "99", "其他商品和服务支出", "4.89", "", "4.89")
        .row("303", "", "对个人和家庭的补助", "95.26", "95.26", "")
        .row("303", "02", "退休费", "43.05", "43.05", "")
        .row("303", "05", "生活补助", "23.10", "23.10", "")
        .row("303", "09", "奖励金", "0.02", "0.02", "")
        .row("303", "99", "其他对个人和家庭的补助", "29.09", "29.09", "")
        .row("", "", "合计", "1,598.53", "1,407.47", "191.06")
        .build();
  }

  static Table projects() {
    String item = "其他政府办公厅（室）及相关机构事务支出";
    return new TableBuilder(7, TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE, "一般公共预算项目支出情况表")
        .line(220)
        .codeStub3()
        .col(PROJECT_NAME, "项目名称")
        .col(TOTAL, "项目支出合计")
        .col(ECONOMIC_CLASS, "工资福利支出", 0, "301")
        .col(ECONOMIC_CLASS, "商品和服务支出", 0, "302")
        .col(ECONOMIC_CLASS, "对个人和家庭的补助", 0, "303")
        .col(ECONOMIC_CLASS, "资本性支出", 0, "310")
        .row("201", "", "", "一般公共服务支出", "", "209.00", "", "209.00", "", "")
        .row("201", "03", "", "政府办公厅（室）及相关机构事务", "", "209.00", "", "209.00", "", "")
        .row("201", "03", "99", item, "机场设施租赁费", "60.00", "", "60.00", "", "")
        .row("201", "03", "99", item, "业务活动经费项目", "50.00", "", "50.00", "", "")
        .row("201", "03", "99", item, "合作交流中心工作经费", "40.00", "", "40.00", "", "")
        .row("201", "03", "99", item, "政府楼搬迁改造费", "59.00", "", "59.00", "", "")
        .row("", "", "", "", "合计", "209.00", "", "209.00", "", "")
        .build();
  }

  static Table emptyFunctional(int number, TableKind kind, String title) {
    return new TableBuilder(number, kind, title)
        .line(250 + number * 10)
        .codeStub3()
        .col(TOTAL, "合计")
        .col(BASIC, "基本支出")
        .col(PROJECT, "项目支出")
        .row("", "", "", "合计", "", "", "")
        .note("本单位本年度没有此项预算支出，" + title + "为空表。", true)
        .build();
  }

  /** 表10 with the given totals (合计, 出国, 接待, 用车小计, 购置, 运行) in the 合计 column. */
  public static Table threePublicTable(
      String total, String abroad, String reception, String cars, String buy, String run) {
    TableBuilder b =
        new TableBuilder(10, TableKind.THREE_PUBLIC_EXPENSES, "财政拨款“三公”经费支出情况表")
            .line(300)
            .col(NAME, "三公支出内容")
            .col(TOTAL, "合计")
            .col(GENERAL_PUBLIC, "一般公共预算")
            .col(GOV_FUNDS, "政府性基金")
            .col(STATE_CAPITAL, "国有资本经营预算")
            .row("合计", total, total)
            .row("因公出国（境）费", abroad, abroad)
            .row("公务接待费", reception, reception)
            .row("公务用车购置及运行费（小计）", cars, cars)
            .row("其中：公务用车购置费", buy, buy)
            .row("公务用车运行费", run, run);
    if (total.isEmpty()) {
      b.note("本单位本年度没有财政拨款“三公”经费支出，本表为空表。", true);
    }
    return b.build();
  }

  private static List<TocEntry> contents() {
    List<TocEntry> toc = new ArrayList<>();
    toc.add(new TocEntry(1, "第一部分", "单位概况", src()));
    toc.add(new TocEntry(1, "第二部分", "2024年单位预算公开表", src()));
    String[] titles = {
      "单位收支总体情况表",
      "单位收入总体情况表",
      "单位支出总体情况表",
      "财政拨款收支总体情况表",
      "一般公共预算支出情况表",
      "一般公共预算基本支出情况表",
      "一般公共预算项目支出情况表",
      "政府性基金预算支出情况表",
      "国有资本经营预算支出情况表",
      "财政拨款“三公”经费支出情况表"
    };
    String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (int i = 0; i < titles.length; i++) {
      toc.add(new TocEntry(2, numerals[i], titles[i], src()));
    }
    toc.add(new TocEntry(1, "第三部分", "2024年单位预算情况说明", src()));
    toc.add(new TocEntry(2, "一", "收支预算总体情况说明", src()));
    toc.add(new TocEntry(2, "二", "财政拨款“三公”经费预算情况说明", src()));
    toc.add(new TocEntry(2, "三", "其他重要事项的情况说明", src()));
    toc.add(new TocEntry(1, "第四部分", "名词解释", src()));
    return toc;
  }

  private static List<org.gongkai.model.NarrativeSection> narrative() {
    return List.of(
        section("一", "收支预算总体情况说明", "本单位本年度收入和支出预算均为1,889.38万元。"),
        section("二", "财政拨款“三公”经费预算情况说明", "本年度未安排“三公”经费，与上年持平，原因是上下年度均无此类支出。"),
        new org.gongkai.model.NarrativeSection(
            "三",
            "其他重要事项的情况说明",
            1,
            List.of(),
            List.of(
                new org.gongkai.model.NarrativeSection(
                    "（一）", "机关运行经费情况", 2, List.of(para("本单位机关运行经费预算191.06万元。")), List.of(), src()),
                new org.gongkai.model.NarrativeSection(
                    "（二）", "政府采购情况", 2, List.of(para("本单位政府采购预算228.92万元。")), List.of(), src()),
                new org.gongkai.model.NarrativeSection(
                    "（三）", "国有资产占用使用情况", 2, List.of(para("本单位占用车辆11辆。")), List.of(), src()),
                new org.gongkai.model.NarrativeSection(
                    "（四）",
                    "预算绩效情况",
                    2,
                    List.of(para("本年度纳入绩效目标管理的财政拨款项目4个，金额209.00万元；非财政拨款项目1个，金额4.08万元。")),
                    List.of(),
                    src())),
            src()));
  }

  private static List<org.gongkai.model.PerformanceTargets> sheets() {
    return List.of(
        sheet(
            "业务活动经费项目",
            "50.00",
            "50.00",
            "0.00",
            "本项目资金50万元，均为财政资金，用于保障日常业务运转。",
            List.of(
                indicator("产出指标", "数量指标", "编报政务信息条数（条）", ">=990 条", 10),
                indicator("产出指标", "质量指标", "信息准确率（%）", "=100%", 10),
                indicator("产出指标", "时效指标", "经费支付及时率（%）", "=100%", 10),
                indicator("成本指标", "经济成本指标", "日常活动经费（万元）", "=36.20 万元", 10),
                indicator("成本指标", "经济成本指标", "系统维护费（万元）", "=7 万元", 10),
                indicator("成本指标", "经济成本指标", "平台运维费（万元）", "=6.80 万元", 10),
                indicator("效益指标", "社会效益指标", "保障机关运转", "有效保障", 20),
                indicator("满意度指标", "满意度指标", "工作人员满意度（%）", ">=95%", 10))),
        sheet(
            "机场设施租赁费",
            "60.00",
            "60.00",
            "0.00",
            "本项目资金60万元，其中财政资金60万元，其他资金0万元。",
            List.of(
                indicator("产出指标", "数量指标", "贵宾厅使用人数（人）", ">=2000 人", 20),
                indicator("产出指标", "质量指标", "事故发生率（%）", "=0%", 10),
                indicator("产出指标", "时效指标", "资金支付及时率（%）", "=100%", 10),
                indicator("成本指标", "社会成本指标", "人均成本（万元/人）", "=0.03 万元/人", 20),
                indicator("效益指标", "社会效益指标", "提升接待水平", "有效提升", 20),
                indicator("满意度指标", "满意度指标", "宾客满意度（%）", ">=95%", 10))),
        sheet(
            "合作交流中心工作经费",
            "40.00",
            "40.00",
            "0.00",
            "项目总投资40万元，全部为财政资金。",
            List.of(
                indicator("产出指标", "数量指标", "接待团队数（个）", ">=150 个", 20),
                indicator("成本指标", "经济成本指标", "交流工作经费（万元）", "=40 万元", 30),
                indicator("效益指标", "社会效益指标", "展示地方形象", "效果显著", 20),
                indicator("满意度指标", "满意度指标", "来宾满意度（%）", ">=95%", 20))),
        sheet(
            "政府楼搬迁改造费",
            "59.00",
            "59.00",
            "0.00",
            "项目资金59万元，其中财政资金59万元，其他资金0万元。",
            List.of(
                indicator("产出指标", "数量指标", "改造会议室个数（个）", "=2 个", 20),
                indicator("成本指标", "经济成本指标", "会议室改造费（万元）", "=49 万元", 20),
                indicator("成本指标", "经济成本指标", "会议室维护费（万元）", "=10 万元", 20),
                indicator("效益指标", "社会效益指标", "保障会务运转", "有效保障", 15),
                indicator("满意度指标", "满意度指标", "使用部门满意度（%）", ">=95%", 15))),
        sheet(
            "群众工作经费项目",
            "4.08",
            "0.00",
            "4.08",
            "项目资金4.08万元，其中财政资金0万元，其他资金4.08万元。",
            List.of(
                indicator("产出指标", "数量指标", "联谊活动次数（次）", "=4 次", 20),
                indicator("成本指标", "经济成本指标", "文体活动费用（万元）", "<=3 万元", 20),
                indicator("成本指标", "经济成本指标", "车辆维护费（万元）", "<=1.08 万元", 20),
                indicator("效益指标", "社会效益指标", "增进群众互信", "有效增进", 15),
                indicator("满意度指标", "满意度指标", "受益群众满意度（%）", "=100%", 15))));
  }
}
