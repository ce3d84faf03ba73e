package org.gongkai.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.gongkai.check.catalogue.CodeWellFormed;
import org.gongkai.check.catalogue.EconomicCodeExists;
import org.gongkai.check.catalogue.EconomicColumnNamedOfficially;
import org.gongkai.check.catalogue.EconomicNameMatchesCatalogue;
import org.gongkai.check.catalogue.FunctionCodeExists;
import org.gongkai.check.catalogue.FunctionNameMatchesCatalogue;
import org.gongkai.check.catalogue.RowUnderTrueParent;
import org.gongkai.check.catalogue.SameCodeSameName;
import org.gongkai.check.completeness.AgencyOperatingExplained;
import org.gongkai.check.completeness.ContentsMatchBody;
import org.gongkai.check.completeness.EconomicShownToSection;
import org.gongkai.check.completeness.EmptyTableExplained;
import org.gongkai.check.completeness.FunctionalShownToItem;
import org.gongkai.check.completeness.GlossaryPresent;
import org.gongkai.check.completeness.LayoutTablesPresent;
import org.gongkai.check.completeness.OverviewPresent;
import org.gongkai.check.completeness.PerformanceTargetsExplained;
import org.gongkai.check.completeness.ProcurementExplained;
import org.gongkai.check.completeness.StateAssetsExplained;
import org.gongkai.check.completeness.TableUnitStated;
import org.gongkai.check.completeness.ThreePublicChangeExplained;
import org.gongkai.check.completeness.ThreePublicExplained;
import org.gongkai.check.cross.BasicTotalMatchesBasicTable;
import org.gongkai.check.cross.ExpenditureTableTotalMatchesSummary;
import org.gongkai.check.cross.FiscalSummaryByClassMatchesIncomeTable;
import org.gongkai.check.cross.FiscalSummaryMatchesIncomeTable;
import org.gongkai.check.cross.FundLinesMatchIncomeTable;
import org.gongkai.check.cross.GeneralPublicMatchesFiscalSummary;
import org.gongkai.check.cross.GeneralPublicMatchesIncomeTable;
import org.gongkai.check.cross.GovFundsMatchFiscalSummary;
import org.gongkai.check.cross.IncomeTableMatchesExpenditureTable;
import org.gongkai.check.cross.IncomeTableTotalMatchesSummary;
import org.gongkai.check.cross.OperatingFundsMatchAgencyOperating;
import org.gongkai.check.cross.ProjectByCodeMatchesProjectTable;
import org.gongkai.check.cross.ProjectTableMatchesNarrativeProjects;
import org.gongkai.check.cross.ProjectTotalMatchesProjectTable;
import org.gongkai.check.cross.StateCapitalMatchesFiscalSummary;
import org.gongkai.check.cross.SummaryExpenditureMatchesExpenditureTable;
import org.gongkai.check.cross.ThreePublicTableMatchesNarrative;
import org.gongkai.check.performance.CostIndicatorsAddUpToFunds;
import org.gongkai.check.performance.FiscalSheetsMatchProjectTable;
import org.gongkai.check.performance.GoalAmountsMatchHeader;
import org.gongkai.check.performance.HeaderTotalEqualsFiscalPlusOther;
import org.gongkai.check.performance.IndicatorHasPositiveWeight;
import org.gongkai.check.performance.Level2UnderItsLevel1;
import org.gongkai.check.performance.MoneyIndicatorHasMoneyTarget;
import org.gongkai.check.performance.NoMoneyUnderTimeliness;
import org.gongkai.check.performance.PercentIndicatorHasPercentTarget;
import org.gongkai.check.performance.PercentTargetWithinHundred;
import org.gongkai.check.performance.RateTargetHasSensibleOperator;
import org.gongkai.check.performance.SheetCountMatchesNarrative;
import org.gongkai.check.performance.SheetHasCoreKinds;
import org.gongkai.check.performance.SheetUnitIsDocumentUnit;
import org.gongkai.check.performance.SheetYearIsDocumentYear;
import org.gongkai.check.performance.WeightsSumToTotal;
import org.gongkai.check.sanity.ActualStaffEqualsParts;
import org.gongkai.check.sanity.AssetFiguresNotNegative;
import org.gongkai.check.sanity.DepartmentCountMatchesList;
import org.gongkai.check.sanity.InServiceWithinAuthorized;
import org.gongkai.check.sanity.LargeEquipmentCountsNested;
import org.gongkai.check.sanity.NoNegativeBudgetFigures;
import org.gongkai.check.sanity.ProcurementTotalEqualsKinds;
import org.gongkai.check.sanity.ProcurementWithinBudget;
import org.gongkai.check.sanity.SmallMicroWithinSme;
import org.gongkai.check.sanity.SmeReservationWithinTotal;
import org.gongkai.check.sanity.VehicleCountsAddUp;
import org.gongkai.check.sanity.VehicleValuesAddUp;
import org.gongkai.check.table.CodePrintedOnce;
import org.gongkai.check.table.EconomicClassEqualsSumOfSections;
import org.gongkai.check.table.FiscalSubtotalEqualsBudgets;
import org.gongkai.check.table.FunctionalClassEqualsSumOfSections;
import org.gongkai.check.table.FunctionalSectionEqualsSumOfItems;
import org.gongkai.check.table.LineEqualsSumOfSubLines;
import org.gongkai.check.table.OfWhichNotAboveLine;
import org.gongkai.check.table.ProjectSubtotalEqualsSumOfProjects;
import org.gongkai.check.table.SideTotalEqualsSumOfLines;
import org.gongkai.check.table.ThreePublicTotalEqualsItems;
import org.gongkai.check.table.TotalEqualsBasicPlusProject;
import org.gongkai.check.table.TotalEqualsEconomicClasses;
import org.gongkai.check.table.TotalEqualsFundSources;
import org.gongkai.check.table.TotalEqualsPersonnelPlusOperating;
import org.gongkai.check.table.TotalRowEqualsSumOfClasses;
import org.gongkai.check.table.TwoSidesBalance;
import org.gongkai.check.table.VehicleSubtotalEqualsPurchasePlusOperation;

/**
 * Every rule, in one explicit list, in report order. A meta-test fails when a rule class is not
 * listed here, an id is malformed, duplicated or retired, or a rule lacks documentation or tests.
 */
public final class RuleRegistry {

  /** Bumped when rules change meaning; the id fingerprint in {@link #version} catches the rest. */
  public static final String RULESET = "1";

  private static final List<Rule> ALL = List.of(rules());

  /** The rules in report order; an array so that every line, the last too, ends with a comma. */
  private static Rule[] rules() {
    return new Rule[] {
      // --- inside one table (TBL)
      new TotalEqualsBasicPlusProject(),
      new TotalEqualsPersonnelPlusOperating(),
      new TotalEqualsFundSources(),
      new FiscalSubtotalEqualsBudgets(),
      new TotalEqualsEconomicClasses(),
      new LineEqualsSumOfSubLines(),
      new OfWhichNotAboveLine(),
      new SideTotalEqualsSumOfLines(),
      new TwoSidesBalance(),
      new FunctionalClassEqualsSumOfSections(),
      new FunctionalSectionEqualsSumOfItems(),
      new EconomicClassEqualsSumOfSections(),
      new TotalRowEqualsSumOfClasses(),
      new ProjectSubtotalEqualsSumOfProjects(),
      new CodePrintedOnce(),
      new ThreePublicTotalEqualsItems(),
      new VehicleSubtotalEqualsPurchasePlusOperation(),
      // --- across tables (XTB)
      new SummaryExpenditureMatchesExpenditureTable(),
      new IncomeTableTotalMatchesSummary(),
      new ExpenditureTableTotalMatchesSummary(),
      new IncomeTableMatchesExpenditureTable(),
      new FundLinesMatchIncomeTable(),
      new GeneralPublicMatchesFiscalSummary(),
      new FiscalSummaryMatchesIncomeTable(),
      new FiscalSummaryByClassMatchesIncomeTable(),
      new GovFundsMatchFiscalSummary(),
      new StateCapitalMatchesFiscalSummary(),
      new BasicTotalMatchesBasicTable(),
      new ProjectTotalMatchesProjectTable(),
      new ProjectByCodeMatchesProjectTable(),
      new GeneralPublicMatchesIncomeTable(),
      new OperatingFundsMatchAgencyOperating(),
      new ThreePublicTableMatchesNarrative(),
      new ProjectTableMatchesNarrativeProjects(),
      // --- catalogue (CAT)
      new FunctionCodeExists(),
      new EconomicCodeExists(),
      new FunctionNameMatchesCatalogue(),
      new EconomicNameMatchesCatalogue(),
      new RowUnderTrueParent(),
      new SameCodeSameName(),
      new CodeWellFormed(),
      new EconomicColumnNamedOfficially(),
      // --- performance sheets (PRF)
      new HeaderTotalEqualsFiscalPlusOther(),
      new GoalAmountsMatchHeader(),
      new WeightsSumToTotal(),
      new Level2UnderItsLevel1(),
      new PercentIndicatorHasPercentTarget(),
      new MoneyIndicatorHasMoneyTarget(),
      new NoMoneyUnderTimeliness(),
      new RateTargetHasSensibleOperator(),
      new CostIndicatorsAddUpToFunds(),
      new FiscalSheetsMatchProjectTable(),
      new SheetCountMatchesNarrative(),
      new SheetUnitIsDocumentUnit(),
      new SheetYearIsDocumentYear(),
      new SheetHasCoreKinds(),
      new IndicatorHasPositiveWeight(),
      new PercentTargetWithinHundred(),
      // --- completeness (CMP)
      new LayoutTablesPresent(),
      new EmptyTableExplained(),
      new FunctionalShownToItem(),
      new EconomicShownToSection(),
      new ThreePublicExplained(),
      new AgencyOperatingExplained(),
      new ProcurementExplained(),
      new StateAssetsExplained(),
      new PerformanceTargetsExplained(),
      new ContentsMatchBody(),
      new ThreePublicChangeExplained(),
      new GlossaryPresent(),
      new OverviewPresent(),
      new TableUnitStated(),
      // --- sanity (SAN)
      new ActualStaffEqualsParts(),
      new InServiceWithinAuthorized(),
      new ProcurementTotalEqualsKinds(),
      new SmeReservationWithinTotal(),
      new SmallMicroWithinSme(),
      new VehicleCountsAddUp(),
      new VehicleValuesAddUp(),
      new AssetFiguresNotNegative(),
      new LargeEquipmentCountsNested(),
      new DepartmentCountMatchesList(),
      new NoNegativeBudgetFigures(),
      new ProcurementWithinBudget(),
      // --- narrative (NAR) and text hygiene (TXT): keep below this line
    };
  }

  private RuleRegistry() {}

  /** All registered rules. */
  public static List<Rule> all() {
    return ALL;
  }

  /** "1+<n> rules (<fingerprint>)": the rule-set version a report records. */
  public static String version(List<Rule> rules) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Rule r : rules) {
        md.update(r.info().id().getBytes(StandardCharsets.US_ASCII));
        md.update((byte) r.info().severity().ordinal());
      }
      String fp = HexFormat.of().formatHex(md.digest()).substring(0, 8);
      return RULESET + "+" + rules.size() + "." + fp;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
