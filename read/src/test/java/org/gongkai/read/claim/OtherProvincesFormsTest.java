package org.gongkai.read.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.read.claim.ClaimParserTest.one;
import static org.gongkai.read.claim.ClaimParserTest.only;
import static org.gongkai.read.claim.DemoTables.parse;

import java.util.List;
import org.gongkai.model.Money;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.ChangeClaim;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.CountClaim;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.ShareClaim;
import org.gongkai.model.claim.SubjectKind;
import org.junit.jupiter.api.Test;

/**
 * Forms other layouts use, in sentences written for these tests: items in quotation marks with last
 * year's executed figure beside this year's (上海), classes written "…（类）支出" and changes in a
 * separate sentence (江苏), purposes that introduce a list of figures, figures that a page break
 * moved to the next line, and counts of projects written after the noun.
 */
class OtherProvincesFormsTest {

  @Test
  void readsLastYearsStatedFigureIntoTheChange() {
    List<Claim> claims =
        parse(
            "关于示例局2025年一般公共预算当年拨款情况说明",
            "1. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”120.00万元，"
                + "主要用于在职人员养老保险缴费。2024年当年预算执行数为110.00万元，2025年预算安排120.00万元，"
                + "比2024年预算执行数增加9.09%。");
    List<AmountClaim> amounts = only(claims, AmountClaim.class);
    assertThat(amounts)
        .extracting(AmountClaim::measure)
        .containsExactly(Measure.THIS_YEAR, Measure.LAST_YEAR, Measure.THIS_YEAR);
    assertThat(amounts.get(0).binding().quantity().rowCode()).isEqualTo("2080505");
    ChangeClaim c = one(claims, ChangeClaim.class, SubjectKind.FUNCTIONAL_CLASS);
    assertThat(c.previous()).isEqualTo(Money.wan("110.00"));
    assertThat(c.current()).isEqualTo(Money.wan("120.00"));
    assertThat(c.percentDirection()).isEqualTo("增加");
  }

  @Test
  void aClassWrittenWithoutItsLastWordIsTheClassAndItsChangeFollowsInTheNextSentence() {
    List<Claim> claims =
        parse("关于示例局2025年支出预算情况说明", "2．社会保障和就业（类）支出150.00万元，主要用于离退休人员经费。与上年相比增加10.00万元，增长7.14%。");
    AmountClaim a = one(claims, AmountClaim.class, SubjectKind.FUNCTIONAL_CLASS);
    assertThat(a.subject().name()).isEqualTo("社会保障和就业支出");
    assertThat(a.binding().quantity().rowCode()).isEqualTo("208");
    ChangeClaim c = one(claims, ChangeClaim.class, SubjectKind.FUNCTIONAL_CLASS);
    assertThat(c.amount()).isEqualTo(Money.wan("10.00"));
    assertThat(c.current()).isEqualTo(Money.wan("150.00"));
  }

  @Test
  void aFundThatFramesAnotherItemIsNotTheFiguresSubject() {
    List<Claim> claims =
        parse("关于示例局2025年财政拨款三公经费预算情况说明", "2025年一般公共预算拨款安排的会议费预算支出12.00万元，与上年预算数一致。");
    assertThat(only(claims, AmountClaim.class))
        .singleElement()
        .satisfies(a -> assertThat(a.subject().name()).isEqualTo("会议费"));
  }

  @Test
  void aPurposeThatIntroducesAListOfFiguresDoesNotHideThem() {
    List<Claim> claims =
        parse(
            "关于示例局2025年一般公共预算财政拨款支出情况说明",
            "一般公共预算财政拨款支出470.00万元，主要用于以下方面：一般公共服务支出（类）350.00万元，占74.47%；"
                + "社会保障和就业支出（类）120.00万元，占25.53%。");
    List<ShareClaim> shares = only(claims, ShareClaim.class);
    assertThat(shares).hasSize(2);
    assertThat(shares).allSatisfy(s -> assertThat(s.wholeStated()).isEqualTo(Money.wan("470.00")));
    assertThat(shares.get(0).binding().quantity().cell().printed()).isEqualTo("350.00");
  }

  @Test
  void aPurposeWithoutFiguresStaysAPurpose() {
    List<Claim> claims =
        parse(
            "关于示例局2025年一般公共预算当年拨款情况说明",
            "1、一般公共服务支出（类）人大事务（款）行政运行（项）。主要用于：机关人员经费及公用经费。2025年预算数为200.00万元。");
    assertThat(only(claims, AmountClaim.class))
        .singleElement()
        .satisfies(a -> assertThat(a.subject().name()).isEqualTo("行政运行"));
  }

  @Test
  void aFigureMovedToTheNextLineBelongsToThePreviousOne() {
    List<Claim> claims = parse("关于示例局2025年支出预算情况说明", "基本支出410.00万元，比上年预算增加", "10.00万元，增长2.50%。");
    ChangeClaim c = one(claims, ChangeClaim.class, SubjectKind.BASIC);
    assertThat(c.amount()).isEqualTo(Money.wan("10.00"));
    assertThat(c.percent()).isEqualByComparingTo("2.50");
  }

  @Test
  void projectsCountedAfterTheNounAreProjects() {
    List<Claim> claims = parse("预算绩效情况", "2025年本单位编报绩效目标的项目共2个，涉及项目预算资金120.00万元。");
    assertThat(one(claims, CountClaim.class, SubjectKind.PROJECTS).count())
        .isEqualByComparingTo("2");
    assertThat(one(claims, AmountClaim.class, SubjectKind.PROJECTS).amount())
        .isEqualTo(Money.wan("120.00"));
  }
}
