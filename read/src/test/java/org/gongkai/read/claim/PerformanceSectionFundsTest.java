package org.gongkai.read.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.Metadata;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.Scope;
import org.gongkai.model.SourceRef;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.SubjectKind;
import org.junit.jupiter.api.Test;

/** In 预算绩效情况, 财政拨款资金 counts the projects' funds, not the fiscal appropriation total. */
class PerformanceSectionFundsTest {

  private static List<AmountClaim> amounts(String title, String text) {
    NarrativeSection s =
        new NarrativeSection(
            "（四）",
            title,
            2,
            List.of(new Paragraph(text, SourceRef.line(5))),
            List.of(),
            SourceRef.line(4));
    Metadata m =
        new Metadata("某某局", 2025, DisclosureKind.BUDGET, Scope.UNIT, null, "", "", SourceRef.NONE);
    List<Claim> claims = new ClaimParser().parse(List.of(s), BindingContext.of(List.of(), m));
    return claims.stream()
        .filter(AmountClaim.class::isInstance)
        .map(AmountClaim.class::cast)
        .toList();
  }

  @Test
  void fundFiguresInThePerformanceSectionAreNotTheFundsTotals() {
    List<AmountClaim> a = amounts("预算绩效情况", "公开绩效目标表的项目中，财政拨款资金468.00万元，非财政拨款资金30.00万元。");
    assertThat(a).isNotEmpty();
    assertThat(a)
        .allSatisfy(
            c -> assertThat(c.subject().kind().group()).isNotEqualTo(SubjectKind.Group.FUNDS));
  }

  @Test
  void elsewhereTheSameWordsNameTheFund() {
    List<AmountClaim> a = amounts("财政拨款收支预算情况说明", "财政拨款资金468.00万元。");
    assertThat(a)
        .anySatisfy(c -> assertThat(c.subject().kind().group()).isEqualTo(SubjectKind.Group.FUNDS));
  }
}
