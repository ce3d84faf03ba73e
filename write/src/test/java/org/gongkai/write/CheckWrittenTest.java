package org.gongkai.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.gongkai.check.Checker;
import org.gongkai.check.CodeCatalogue;
import org.gongkai.check.CodeLookup;
import org.gongkai.check.Finding;
import org.gongkai.check.Report;
import org.gongkai.check.Severity;
import org.gongkai.model.Disclosure;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.read.DisclosureReader;
import org.gongkai.write.format.TextWriter;
import org.gongkai.write.ledger.CatalogueNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Xinjiang example, written and read back, passes the checker with no error. The Shanghai
 * example is left out until the checker's 合计 = 人员经费 + 公用经费 rule (TBL-002) allows for the 项目支出
 * column that Shanghai's 收支总表 prints beside them on the same side.
 */
class CheckWrittenTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"kizilsu-government-office-2024", "tianshan-county-urban-management-2025"})
  void writtenDisclosurePassesTheChecker(String name) throws Exception {
    WrittenDisclosure w = Examples.write(name + ".yaml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextWriter().write(w, out);
    Disclosure back =
        new DisclosureReader()
            .read(out.toByteArray(), name + ".txt", w.disclosure().metadata().layout())
            .disclosure();
    Report report = Checker.standard(catalogue()).check(back);
    List<Finding> findings = report.findings();
    findings.forEach(
        f ->
            System.out.println(
                name
                    + " "
                    + f.severity()
                    + " "
                    + f.rule()
                    + " "
                    + f.location()
                    + " "
                    + f.message()));
    assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  static CodeCatalogue catalogue() {
    Catalogue c = Catalogue.shipped();
    return new CodeCatalogue() {
      @Override
      public CodeLookup function(int year, String code) {
        return new CodeLookup(
            new CatalogueNames(c, year).functionName(code).orElse(null), false, "");
      }

      @Override
      public CodeLookup economic(int year, String code) {
        return new CodeLookup(
            new CatalogueNames(c, year).economicName(code).orElse(null), false, "");
      }

      @Override
      public String describe(int year) {
        return "shipped";
      }
    };
  }
}
