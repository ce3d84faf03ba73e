package org.gongkai.read.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.read.claim.DemoTables.parse;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Money;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.BreakdownClaim;
import org.gongkai.model.claim.ChangeClaim;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.ClassLevel;
import org.gongkai.model.claim.EnumerationClaim;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Quantity;
import org.gongkai.model.claim.ReasonClaim;
import org.gongkai.model.claim.ShareClaim;
import org.gongkai.model.claim.SubjectKind;
import org.gongkai.model.claim.UnboundReason;
import org.junit.jupiter.api.Test;

class ClaimParserTest {

  static <T extends Claim> List<T> only(List<Claim> claims, Class<T> type) {
    return claims.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static <T extends Claim> T one(List<Claim> claims, Class<T> type, SubjectKind kind) {
    List<T> found = only(claims, type).stream().filter(c -> c.subject().kind() == kind).toList();
    assertThat(found).as(type.getSimpleName() + " " + kind).hasSize(1);
    return found.get(0);
  }

  static Quantity q(Claim c) {
    assertThat(c.binding().isBound()).as("bound: " + c.binding()).isTrue();
    return c.binding().quantity();
  }

  @Test
  void readsAmountShareAndChangeOfAFundSourceAndBindsEachToItsOwnColumn() {
    List<Claim> claims =
        parse(
            "关于示例局2025年收入预算情况说明",
            "示例局2025年收入预算550.00万元，其中：",
            "一般公共预算470.00万元，占85.45%，比上年预算增加70.00万元，增长17.50%，主要原因是人员经费调增；",
            "单位资金50.00万元，占9.09%；",
            "财政拨款结转30.00万元，占5.45%。");
    AmountClaim gp = one(claims, AmountClaim.class, SubjectKind.FUND_GENERAL_PUBLIC);
    assertThat(gp.amount()).isEqualTo(Money.wan("470.00"));
    assertThat(q(gp).table()).isEqualTo(TableKind.INCOME_SUMMARY);
    assertThat(q(gp).column()).isEqualTo(ColumnRole.GENERAL_PUBLIC);
    assertThat(q(one(claims, AmountClaim.class, SubjectKind.FUND_UNIT)).column())
        .isEqualTo(ColumnRole.UNIT_FUNDS);

    ShareClaim share = one(claims, ShareClaim.class, SubjectKind.FUND_GENERAL_PUBLIC);
    assertThat(share.percent()).isEqualByComparingTo("85.45");
    assertThat(share.whole().kind()).isEqualTo(SubjectKind.INCOME_TOTAL);
    assertThat(share.wholeStated()).isEqualTo(Money.wan("550.00"));
    assertThat(q(share).cell().printed()).isEqualTo("470.00");

    ChangeClaim ch = one(claims, ChangeClaim.class, SubjectKind.FUND_GENERAL_PUBLIC);
    assertThat(ch.direction()).isEqualTo("增加");
    assertThat(ch.amount()).isEqualTo(Money.wan("70.00"));
    assertThat(ch.percent()).isEqualByComparingTo("17.50");
    assertThat(ch.percentDirection()).isEqualTo("增长");
    assertThat(ch.basis()).isEqualTo("比上年预算");
    assertThat(ch.current()).isEqualTo(Money.wan("470.00"));

    BreakdownClaim b = one(claims, BreakdownClaim.class, SubjectKind.INCOME_TOTAL);
    assertThat(b.total()).isEqualTo(Money.wan("550.00"));
    assertThat(b.parts())
        .extracting(p -> p.amount().plain())
        .containsExactly("470.00", "50.00", "30.00");
  }

  @Test
  void basicExpenditureIsBoundByTheSectionsScopeNotByAnyMatchingNumber() {
    List<Claim> overall = parse("关于示例局2025年支出预算情况说明", "基本支出410.00万元，占74.55%。");
    List<Claim> general = parse("关于示例局2025年一般公共预算当年拨款情况说明", "基本支出350.00万元，比上年预算增加10.00万元。");
    Quantity all = q(one(overall, AmountClaim.class, SubjectKind.BASIC));
    Quantity gp = q(one(general, AmountClaim.class, SubjectKind.BASIC));
    assertThat(all.table()).isEqualTo(TableKind.EXPENDITURE_SUMMARY);
    assertThat(all.cell().printed()).isEqualTo("410.00");
    assertThat(gp.table()).isEqualTo(TableKind.GENERAL_PUBLIC_EXPENDITURE);
    assertThat(gp.cell().printed()).isEqualTo("350.00");
    assertThat(one(general, AmountClaim.class, SubjectKind.BASIC).subject().scope())
        .isEqualTo(FundScope.GENERAL_PUBLIC);
  }

  @Test
  void anExplicitScopeInTheSentenceOverridesTheSection() {
    List<Claim> claims =
        parse("关于示例局2025年支出预算情况说明", "一般公共预算基本支出350.00万元，其中：人员经费300.00万元，公用经费50.00万元。");
    assertThat(q(one(claims, AmountClaim.class, SubjectKind.BASIC)).table())
        .isEqualTo(TableKind.GENERAL_PUBLIC_EXPENDITURE);
    Quantity personnel = q(one(claims, AmountClaim.class, SubjectKind.PERSONNEL));
    assertThat(personnel.table()).isEqualTo(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE);
    assertThat(personnel.column()).isEqualTo(ColumnRole.PERSONNEL);
    assertThat(one(claims, BreakdownClaim.class, SubjectKind.BASIC).parts()).hasSize(2);
  }

  @Test
  void aClassPrintedWithItsParentsIsTheRowUnderThoseParents() {
    List<Claim> claims =
        parse(
            "关于示例局2025年一般公共预算当年拨款情况说明",
            "1、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：2025年预算数为30.00万元，"
                + "比上年预算减少2.00万元，下降6.25%，主要原因是人员调出。");
    AmountClaim a = one(claims, AmountClaim.class, SubjectKind.FUNCTIONAL_CLASS);
    assertThat(a.subject().name()).isEqualTo("行政运行");
    assertThat(a.subject().level()).isEqualTo(ClassLevel.ITEM);
    assertThat(a.subject().path()).containsExactly("一般公共服务支出", "政府办公厅(室)及相关机构事务");
    assertThat(q(a).rowCode()).isEqualTo("2010301");
    ChangeClaim ch = one(claims, ChangeClaim.class, SubjectKind.FUNCTIONAL_CLASS);
    assertThat(ch.direction()).isEqualTo("减少");
    assertThat(ch.percentDirection()).isEqualTo("下降");
  }

  @Test
  void aClassNameThatFitsTwoRowsStaysUnbound() {
    List<Claim> claims = parse("关于示例局2025年支出预算情况说明", "行政运行200.00万元。");
    AmountClaim a = one(claims, AmountClaim.class, SubjectKind.FUNCTIONAL_CLASS);
    assertThat(a.binding().isBound()).isFalse();
    assertThat(a.binding().reason()).isEqualTo(UnboundReason.AMBIGUOUS_ROW);
  }

  @Test
  void aFigureAboutSomethingUnknownIsUnboundNeverGuessed() {
    List<Claim> claims = parse("关于示例局2025年支出预算情况说明", "单位预留机动经费20.00万元。");
    AmountClaim a = one(claims, AmountClaim.class, SubjectKind.OTHER);
    assertThat(a.subject().name()).isEqualTo("单位预留机动经费");
    assertThat(a.binding().reason()).isEqualTo(UnboundReason.UNKNOWN_SUBJECT);
  }

  @Test
  void notArrangedIsAnExactZero() {
    List<Claim> claims = parse("关于示例局2025年收入预算情况说明", "政府性基金预算拨款未安排。");
    AmountClaim a = one(claims, AmountClaim.class, SubjectKind.FUND_GOV_FUNDS);
    assertThat(a.nil()).isTrue();
    assertThat(a.amount().isZero()).isTrue();
    assertThat(q(a).cell().isBlank()).isTrue();
  }

  @Test
  void reasonsCarryTheirAmountsWithTheSignOfTheirVerbs() {
    List<Claim> claims =
        parse(
            "关于示例局2025年一般公共预算当年拨款情况说明",
            "一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)其他政府办公厅(室)及相关机构事务支出(项)："
                + "2025年预算数为90.00万元，比上年预算增加25.00万元，增长38.46%，主要原因是：1、新增办公楼维修费30万元；"
                + "2、不再安排档案整理经费5万元。");
    ReasonClaim r = one(claims, ReasonClaim.class, SubjectKind.FUNCTIONAL_CLASS);
    assertThat(r.change()).isEqualTo(Money.wan("25.00"));
    assertThat(r.reasons()).extracting(ReasonClaim.Reason::sign).containsExactly(1, -1);
    assertThat(r.reasons()).extracting(x -> x.amount().plain()).containsExactly("30", "5");
  }

  @Test
  void changesListedAfterOfWhichAreABreakdownOfTheTotalChange() {
    List<Claim> claims =
        parse(
            "关于示例局2025年财政拨款三公经费预算情况说明",
            "2025年“三公”经费预算8.00万元，比上年预算减少1.00万元，下降11.11%，其中：公务接待费减少1.00万元，"
                + "下降25.00%，主要原因是压减接待批次；公务用车运行费与上年预算持平。");
    List<BreakdownClaim> bs = only(claims, BreakdownClaim.class);
    assertThat(bs).hasSize(1);
    assertThat(bs.get(0).ofChanges()).isTrue();
    assertThat(bs.get(0).total()).isEqualTo(Money.wan("-1.00"));
    assertThat(bs.get(0).parts())
        .extracting(p -> p.subject().kind())
        .containsExactly(SubjectKind.RECEPTION);
    ChangeClaim flat = one(claims, ChangeClaim.class, SubjectKind.VEHICLE_OPERATION);
    assertThat(flat.direction()).isEqualTo("持平");
    assertThat(flat.amount()).isNull();
    assertThat(q(one(claims, AmountClaim.class, SubjectKind.THREE_PUBLIC_TOTAL)).cell().printed())
        .isEqualTo("8.00");
  }

  @Test
  void projectAllocationsPriceRatesByPeriodAndByHeadCount() {
    List<Claim> claims =
        parse(
            "关于示例局2025年一般公共预算项目支出情况说明",
            "1、项目名称：办公楼维修费",
            "预算安排规模：90.00万元",
            "资金分配情况：外墙修缮60万元，安保服务0.50万元/月，培训200人，人均培训费0.09万元/人",
            "资金执行时间：2025年1月-2025年12月",
            "2、项目名称：立法调研经费",
            "预算安排规模：30.00万元",
            "资金分配情况：调研差旅费0.10万元/人次，资料印刷费25万元");
    List<BreakdownClaim> bs = only(claims, BreakdownClaim.class);
    assertThat(bs).hasSize(2);
    BreakdownClaim repair = bs.get(0);
    assertThat(repair.subject().name()).isEqualTo("办公楼维修费");
    assertThat(repair.total()).isEqualTo(Money.wan("90.00"));
    assertThat(repair.parts()).hasSize(3);
    assertThat(repair.parts().get(1).rate().count()).isEqualByComparingTo(BigDecimal.valueOf(12));
    assertThat(repair.parts().get(2).rate().count()).isEqualByComparingTo("200");
    assertThat(bs.get(1).unpriced()).hasSize(1);
    assertThat(only(claims, AmountClaim.class))
        .allSatisfy(
            a -> assertThat(q(a).table()).isEqualTo(TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE));
  }

  @Test
  void aListOfNamesIsAnEnumerationOfTheWhole() {
    List<Claim> claims = parse("关于示例局2025年收支预算情况的总体说明", "支出预算包括：一般公共服务支出、社会保障和就业支出等。");
    EnumerationClaim e = one(claims, EnumerationClaim.class, SubjectKind.EXPENDITURE_TOTAL);
    assertThat(e.items()).containsExactly("一般公共服务支出", "社会保障和就业支出");
    assertThat(only(claims, AmountClaim.class)).isEmpty();
  }

  @Test
  void finalAccountsStateTheOriginalBudgetTheActualAndTheCompletionRate() {
    List<Claim> claims =
        parse(
            "关于示例局2024年度一般公共预算财政拨款支出决算情况说明",
            "一般公共预算财政拨款支出年初预算为480.00万元，支出决算为470.00万元，完成年初预算的97.92%。");
    List<AmountClaim> amounts = only(claims, AmountClaim.class);
    assertThat(amounts)
        .extracting(a -> a.measure().name())
        .containsExactly("ORIGINAL_BUDGET", "THIS_YEAR");
    ShareClaim s = one(claims, ShareClaim.class, SubjectKind.EXPENDITURE_TOTAL);
    assertThat(s.basis()).isEqualTo(ShareClaim.Basis.OF_BUDGET);
    assertThat(s.part()).isEqualTo(Money.wan("470.00"));
    assertThat(s.wholeStated()).isEqualTo(Money.wan("480.00"));
  }

  @Test
  void theHeadAfterDeIsTheSubjectAndSideBySideTheFirstIs() {
    List<Claim> a = parse("其他重要事项的情况说明", "2025年示例局财政拨款的机关运行经费预算为50.00万元。");
    assertThat(one(a, AmountClaim.class, SubjectKind.AGENCY_OPERATING).amount())
        .isEqualTo(Money.wan("50.00"));
    List<Claim> b = parse("其他重要事项的情况说明", "本单位面向中小企业预留政府采购项目预算金额12.00万元。");
    assertThat(one(b, AmountClaim.class, SubjectKind.PROCUREMENT_SME).amount())
        .isEqualTo(Money.wan("12.00"));
  }

  @Test
  void aFigureSplitFromItsUnitByAPageBreakIsJoined() {
    List<Claim> claims = parse("关于示例局2025年支出预算情况说明", "示例局2025年支出预算550.00", "万元，其中：基本支出410.00万元。");
    assertThat(one(claims, AmountClaim.class, SubjectKind.EXPENDITURE_TOTAL).amount())
        .isEqualTo(Money.wan("550.00"));
  }

  @Test
  void documentNumbersThresholdsAndDatesAreNotAmounts() {
    List<Claim> claims =
        parse("其他重要事项的情况说明", "依据示财预【2025】3号文件，安排购置单价50万元以上大型设备0台，资金执行时间2025年1月至12月。");
    assertThat(only(claims, AmountClaim.class)).isEmpty();
  }

  @Test
  void readsInLinearTimeWhateverTheInput() {
    String junk = "1,2,3,4,5.6.7.8%万元/其中占比上年增加".repeat(5_000);
    long start = System.nanoTime();
    parse("关于示例局2025年支出预算情况说明", junk);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void aDirectionLeftWithItsAlternativeMakesNoChange() {
    List<Claim> claims =
        parse("关于示例局2025年支出预算情况说明", "基本支出410.00万元，比上年预算增加（减少）10.00万元，增长（下降）2.50%。");
    assertThat(only(claims, ChangeClaim.class)).isEmpty();
    assertThat(only(claims, AmountClaim.class)).hasSize(1);
  }
}
