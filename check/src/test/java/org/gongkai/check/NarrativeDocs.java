package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.SourceRef;
import org.gongkai.read.claim.BindingContext;
import org.gongkai.read.claim.ClaimParser;

/**
 * The clean test document ({@link TestDisclosures#clean}) with a full narrative written for it —
 * every figure agreeing with its tables and with itself — and its claims read by the claim parser.
 * Tests damage one sentence and expect one rule to notice.
 */
public final class NarrativeDocs {

  private static int line = 2000;

  private NarrativeDocs() {}

  /** The clean document with the clean narrative and its claims. */
  public static DocBuilder clean() {
    return withNarrative(TestDisclosures.clean(), narrative());
  }

  /** The clean document with one piece of its narrative text replaced (which must occur). */
  public static DocBuilder replacing(String old, String replacement) {
    List<NarrativeSection> changed = new ArrayList<>();
    boolean[] found = {false};
    for (NarrativeSection s : narrative()) {
      changed.add(replace(s, old, replacement, found));
    }
    if (!found[0]) {
      throw new IllegalArgumentException("not in the clean narrative: " + old);
    }
    return withNarrative(TestDisclosures.clean(), changed);
  }

  /** The clean document with only the given sections as its narrative. */
  public static DocBuilder only(NarrativeSection... sections) {
    return withNarrative(TestDisclosures.clean(), List.of(sections));
  }

  /** The document's narrative replaced and its claims read again from it. */
  public static DocBuilder withNarrative(DocBuilder b, List<NarrativeSection> narrative) {
    b.narrative = new ArrayList<>(narrative);
    reparse(b);
    return b;
  }

  /** Reads the claims again after the tables or narrative changed. */
  public static DocBuilder reparse(DocBuilder b) {
    b.claims =
        new ArrayList<>(
            new ClaimParser().parse(b.narrative, BindingContext.of(b.tables, b.metadata)));
    return b;
  }

  public static NarrativeSection section(String label, String title, String... paragraphs) {
    return section(label, title, 1, List.of(), paragraphs);
  }

  public static NarrativeSection section(
      String label, String title, int level, List<NarrativeSection> subs, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) {
      ps.add(new Paragraph(p, SourceRef.line(line++)));
    }
    return new NarrativeSection(label, title, level, ps, subs, SourceRef.line(line++));
  }

  private static NarrativeSection replace(
      NarrativeSection s, String old, String replacement, boolean[] found) {
    List<Paragraph> ps = new ArrayList<>();
    for (Paragraph p : s.paragraphs()) {
      if (p.text().contains(old)) {
        found[0] = true;
      }
      ps.add(new Paragraph(p.text().replace(old, replacement), p.source()));
    }
    List<NarrativeSection> subs = new ArrayList<>();
    for (NarrativeSection sub : s.subsections()) {
      subs.add(replace(sub, old, replacement, found));
    }
    String title = s.title();
    if (title.contains(old)) {
      found[0] = true;
      title = title.replace(old, replacement);
    }
    return new NarrativeSection(s.label(), title, s.level(), ps, subs, s.source());
  }

  /** A narrative in the Xinjiang order, in our own words, consistent with the clean tables. */
  static List<NarrativeSection> narrative() {
    return List.of(
        section(
            "一",
            "关于本单位2024年收支预算情况的总体说明",
            "本单位2024年全部收入和支出均编入预算，收支总预算1,889.38万元。",
            "收入预算包括：一般公共预算、财政拨款结转、非财政拨款结转结余。",
            "支出预算包括：一般公共服务支出、公共安全支出、社会保障和就业支出。"),
        section(
            "二",
            "关于本单位2024年收入预算情况说明",
            "本单位2024年收入预算1,889.38万元，其中：",
            "一般公共预算1,807.53万元，占95.67%，比上年预算增加304.39万元，增长20.25%，主要原因是人员经费标准调整；",
            "政府性基金预算未安排。",
            "财政拨款结转39.77万元，占2.10%，比上年预算增加39.77万元，主要原因是上年结转资金纳入本年预算。",
            "非财政拨款结转结余42.08万元，占2.23%。"),
        section(
            "三",
            "关于本单位2024年支出预算情况说明",
            "本单位2024年支出预算1,889.38万元，其中：",
            "基本支出1,598.53万元，占84.61%，比上年预算增加252.39万元，增长18.75%；",
            "项目支出290.85万元，占15.39%，比上年预算增加133.85万元，增长85.25%。"),
        section(
            "四",
            "关于本单位2024年财政拨款收支预算情况的总体说明",
            "2024年财政拨款收支总预算1,807.53万元。",
            "一般公共预算支出包括：一般公共服务支出1,603.53万元，社会保障和就业支出204.00万元。"),
        section(
            "五",
            "关于本单位2024年一般公共预算当年拨款情况说明",
            1,
            List.of(
                section(
                    "（一）",
                    "一般公共预算当年拨款规模变化情况",
                    2,
                    List.of(),
                    "本单位2024年一般公共预算拨款合计1,807.53万元，其中：基本支出1,598.53万元，项目支出209.00万元。"),
                section(
                    "（二）",
                    "一般公共预算当年拨款结构情况",
                    2,
                    List.of(),
                    "1、一般公共服务支出（类）1,603.53万元，占88.71%。",
                    "2、社会保障和就业支出（类）204.00万元，占11.29%。"),
                section(
                    "（三）",
                    "一般公共预算当年拨款具体使用情况",
                    2,
                    List.of(),
                    "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）："
                        + "2024年预算数为209.00万元，比上年预算增加52.00万元，增长33.12%，主要原因是：新增政府楼搬迁改造费59万元；"
                        + "不再安排群众工作经费7万元。",
                    "2、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）：2024年预算数为66.71万元，"
                        + "比上年预算增加6.71万元，增长11.18%。"))),
        section(
            "六",
            "关于本单位2024年一般公共预算基本支出情况说明",
            "本单位2024年一般公共预算基本支出1,598.53万元，其中：",
            "人员经费1,407.47万元，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、"
                + "其他社会保障缴费、住房公积金、退休费、生活补助、奖励金、其他对个人和家庭的补助。",
            "公用经费191.06万元，主要包括：办公费、工会经费、福利费、其他商品和服务支出。"),
        section(
            "七",
            "关于本单位2024年一般公共预算项目支出情况说明",
            "1、项目名称：政府楼搬迁改造费",
            "预算安排规模：59.00万元",
            "资金分配情况：会议室改造费49万元，视频系统维护费10万元",
            "资金执行时间：2024年1月-2024年12月",
            "2、项目名称：业务活动经费项目",
            "预算安排规模：50.00万元",
            "资金分配情况：日常活动经费36.20万元，系统维护费7万元，平台运维费5万元，专网租赁费0.15万元/月",
            "资金执行时间：2024年1月-2024年12月"),
        section("八", "关于本单位2024年政府性基金预算拨款情况说明", "本单位2024年没有使用政府性基金预算拨款安排的支出。"),
        section(
            "十",
            "关于本单位2024年财政拨款“三公”经费预算情况说明",
            "本单位2024年财政拨款“三公”经费预算0.00万元，与上年预算持平，其中：因公出国（境）费0.00万元，"
                + "公务接待费0.00万元，公务用车购置及运行费0.00万元。"),
        section(
            "十一",
            "其他重要事项的情况说明",
            1,
            List.of(
                section(
                    "（一）",
                    "机关运行经费情况",
                    2,
                    List.of(),
                    "2024年本单位机关运行经费财政拨款预算191.06万元，比上年预算增加11.06万元，增长6.14%。"),
                section(
                    "（二）",
                    "政府采购情况",
                    2,
                    List.of(),
                    "2024年本单位政府采购预算228.92万元，其中：货物采购63.52万元，工程采购59.00万元，服务采购106.40万元。"),
                section(
                    "（三）",
                    "国有资产占用使用情况",
                    2,
                    List.of(),
                    "截至2023年底，本单位占用使用车辆11辆，价值455.92万元；其中：一般公务用车0辆，价值0.00万元；"
                        + "其他车辆11辆，价值455.92万元。"),
                section(
                    "（四）", "预算绩效情况", 2, List.of(), "2024年本单位纳入绩效目标管理的财政拨款项目4个，涉及预算金额209.00万元。"))));
  }
}
