package org.gongkai.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTest {

  private static final Catalogue SHIPPED = Catalogue.shipped();

  @ParameterizedTest
  @CsvSource({
    "FUNCTION, 2023, 1, 1, 6",
    "FUNCTION, 2024, 11, 35, 58",
    "FUNCTION, 2025, 11, 29, 44",
    "FUNCTION, 2026, 11, 9, 31",
    "DEPARTMENT_ECONOMIC, 0, 9, 80, 0",
    "GOVERNMENT_ECONOMIC, 0, 2, 8, 0",
  })
  void shippedListsHoldTheRowsTheReferenceReadmeCounts(
      Classification c, int year, int classes, int sections, int items) {
    CodeTable t = SHIPPED.list(c, year == 0 ? 2024 : year).table();
    assertThat(t.year()).isEqualTo(year);
    assertThat(t.count(CodeLevel.CLASS)).isEqualTo(classes);
    assertThat(t.count(CodeLevel.SECTION)).isEqualTo(sections);
    assertThat(t.count(CodeLevel.ITEM)).isEqualTo(items);
    assertThat(t.complete()).isFalse();
    assertThat(t.layers()).allMatch(s -> s instanceof ListSource.Shipped);
  }

  @Test
  void shippedFunctionYears() {
    assertThat(SHIPPED.years(Classification.FUNCTION)).containsExactly(2023, 2024, 2025, 2026);
    assertThat(SHIPPED.years(Classification.DEPARTMENT_ECONOMIC)).isEmpty();
  }

  @Test
  void knownCodeGivesItsOfficialNameLevelParentAndList() {
    Lookup l = SHIPPED.lookupFunction(2024, FunctionCode.parse("201 03 01"));
    assertThat(l).isInstanceOf(Lookup.Known.class);
    Entry e = ((Lookup.Known) l).entry();
    assertThat(e.name()).isEqualTo("行政运行");
    assertThat(e.level()).isEqualTo(CodeLevel.ITEM);
    assertThat(e.parent()).contains(new FunctionCode("20103"));
    assertThat(e.source())
        .isEqualTo(
            new ListSource.Shipped(Classification.FUNCTION, 2024, "function-codes-2024.csv"));
    assertThat(l.list().fellBack()).isFalse();
    assertThat(SHIPPED.function(2024, new FunctionCode("2010301"))).contains(e);
  }

  @Test
  void codeMissingFromAPartialListIsUnknownNotWrong() {
    // 203 国防支出 is a real class that the shipped 2024 list simply lacks.
    Lookup l = SHIPPED.lookupFunction(2024, new FunctionCode("203"));
    assertThat(l.status()).isEqualTo(Lookup.Status.UNKNOWN_CODE);
    assertThat(l.found()).isEmpty();
    assertThat(SHIPPED.function(2024, new FunctionCode("203"))).isEmpty();
    assertThat(SHIPPED.lookupEconomic(new EconomicCode("399")).status())
        .isEqualTo(Lookup.Status.UNKNOWN_CODE);
  }

  @Test
  void printedNameIsComparedWithTheOfficialOne() {
    Entry e = SHIPPED.function(2024, new FunctionCode("2041099")).orElseThrow();
    assertThat(e.nameMatches("其他缉私警察支出")).isTrue();
    assertThat(e.nameMatches("其 他 缉 私 警 察 支 出")).isTrue();
    assertThat(e.nameMatches("其他税私警察支出")).isFalse();
  }

  @Test
  void yearWithoutAListFallsBackToTheNearestEarlierYearAndSaysSo() {
    ListChoice c = SHIPPED.list(Classification.FUNCTION, 2030);
    assertThat(c.table().year()).isEqualTo(2026);
    assertThat(c.fellBack()).isTrue();
    Lookup l = SHIPPED.lookupFunction(2030, new FunctionCode("2040601"));
    assertThat(l.status()).isEqualTo(Lookup.Status.KNOWN);
    assertThat(l.list().fellBack()).isTrue();
    assertThat(l.list().requestedYear()).isEqualTo(2030);
    assertThat(SHIPPED.list(Classification.FUNCTION, 2025).fellBack()).isFalse();
  }

  @Test
  void yearBeforeEveryListHasNoList() {
    ListChoice c = SHIPPED.list(Classification.FUNCTION, 2019);
    assertThat(c.noList()).isTrue();
    assertThat(SHIPPED.lookupFunction(2019, new FunctionCode("201")).status())
        .isEqualTo(Lookup.Status.UNKNOWN_CODE);
  }

  @Test
  void latestListAnswersWhenNoYearIsGiven() {
    assertThat(SHIPPED.list(Classification.FUNCTION, 0).table().year()).isEqualTo(2026);
    assertThat(SHIPPED.list(Classification.FUNCTION, 0).fellBack()).isFalse();
  }

  @Test
  void undatedEconomicListAnswersForEveryYear() {
    EconomicCode c = new EconomicCode("30213");
    assertThat(SHIPPED.economic(c).map(Entry::name)).contains("维修（护）费");
    assertThat(SHIPPED.economic(2016, c)).isEqualTo(SHIPPED.economic(c));
    assertThat(SHIPPED.lookupEconomic(2024, c).list().fellBack()).isFalse();
    assertThat(SHIPPED.economic(new EconomicCode("50101")).map(Entry::name)).contains("工资奖金津补贴");
  }

  @Test
  void lineageGoesFromTheClassDownWithUnknownGaps() {
    // 2300412 is listed without its class 230 (see the reference README).
    List<Lookup> chain = SHIPPED.lineage(2024, new FunctionCode("2300412"));
    assertThat(chain).extracting(l -> l.code().digits()).containsExactly("230", "23004", "2300412");
    assertThat(chain)
        .extracting(Lookup::status)
        .containsExactly(Lookup.Status.UNKNOWN_CODE, Lookup.Status.KNOWN, Lookup.Status.KNOWN);
  }

  @Test
  void partialImportOverridesAndExtendsTheShippedListOfItsYearOnly() {
    Catalogue c = Catalogue.of(withShipped(imported(2024, false, "2010301:行政运行（新）", "203:国防支出")));
    Entry overridden = c.function(2024, new FunctionCode("2010301")).orElseThrow();
    assertThat(overridden.name()).isEqualTo("行政运行（新）");
    assertThat(overridden.source()).isInstanceOf(ListSource.Imported.class);
    assertThat(c.function(2024, new FunctionCode("203")).map(Entry::name)).contains("国防支出");
    // the rest of the shipped 2024 list still answers, from the shipped list
    assertThat(c.function(2024, new FunctionCode("2010350")).orElseThrow().source())
        .isInstanceOf(ListSource.Shipped.class);
    // other years are untouched
    assertThat(c.function(2025, new FunctionCode("2010301")).orElseThrow().name())
        .isEqualTo("行政运行");
    assertThat(c.lookupFunction(2024, new FunctionCode("221")).status())
        .isEqualTo(Lookup.Status.KNOWN);
    assertThat(c.lookupFunction(2024, new FunctionCode("234")).status())
        .isEqualTo(Lookup.Status.UNKNOWN_CODE);
  }

  @Test
  void completeImportMakesAbsenceMeaningful() {
    Catalogue c = Catalogue.of(withShipped(imported(2024, true, "201:一般公共服务支出", "20103:x")));
    assertThat(c.lookupFunction(2024, new FunctionCode("201")).status())
        .isEqualTo(Lookup.Status.KNOWN);
    Lookup absent = c.lookupFunction(2024, new FunctionCode("2010301"));
    assertThat(absent.status()).isEqualTo(Lookup.Status.ABSENT_FROM_COMPLETE_LIST);
    assertThat(absent.list().table().complete()).isTrue();
    // 2025 has its own (shipped) list, so the 2024 import does not reach it
    assertThat(c.lookupFunction(2025, new FunctionCode("2010301")).status())
        .isEqualTo(Lookup.Status.KNOWN);
    // the economic lists were not part of the import and stay partial
    assertThat(c.lookupEconomic(2024, new EconomicCode("399")).status())
        .isEqualTo(Lookup.Status.UNKNOWN_CODE);
  }

  @Test
  void importedYearWithoutShippedListIsUsedAndFallenBackTo() {
    Catalogue c = Catalogue.of(withShipped(imported(2027, true, "201:一般公共服务支出")));
    assertThat(c.list(Classification.FUNCTION, 2028).table().year()).isEqualTo(2027);
    assertThat(c.lookupFunction(2028, new FunctionCode("203")).status())
        .isEqualTo(Lookup.Status.ABSENT_FROM_COMPLETE_LIST);
  }

  @Test
  void importedEconomicListOverlaysTheUndatedOneFromItsYearOn() {
    Catalogue c = Catalogue.of(withShipped(imported(2025, false, "39999:新款")));
    assertThat(c.economic(2025, new EconomicCode("39999"))).isPresent();
    assertThat(c.economic(2026, new EconomicCode("39999"))).isPresent();
    assertThat(c.economic(2024, new EconomicCode("39999"))).isEmpty();
    assertThat(c.economic(2024, new EconomicCode("30101"))).isPresent();
    assertThat(c.economic(2026, new EconomicCode("30101"))).isPresent();
    assertThat(c.lookupEconomic(2026, new EconomicCode("30101")).list().fellBack()).isTrue();
  }

  @Test
  void twoListsForTheSamePlaceAreRefused() {
    List<CodeList> lists = withShipped(imported(2024, false, "201:a"));
    lists.addAll(imported(2024, true, "201:b"));
    assertThatThrownBy(() -> Catalogue.of(lists)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lookupsAreSafeFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  int known = 0;
                  for (int i = 0; i < 5_000; i++) {
                    known +=
                        SHIPPED.function(2024, new FunctionCode("2080505")).isPresent() ? 1 : 0;
                  }
                  return known;
                }));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get()).isEqualTo(5_000);
      }
    } finally {
      pool.shutdown();
    }
  }

  static List<CodeList> withShipped(List<CodeList> imported) {
    List<CodeList> all = new ArrayList<>(Catalogue.shipped().sources());
    all.addAll(imported);
    return all;
  }

  /** Lists from "code:name" pairs, one per classification present. */
  static List<CodeList> imported(int year, boolean complete, String... pairs) {
    List<CodeList> out = new ArrayList<>();
    for (Classification c : Classification.values()) {
      ListSource s = new ListSource.Imported(c, year, "list.xlsx", "00", Instant.EPOCH, complete);
      List<Entry> entries = new ArrayList<>();
      for (String p : pairs) {
        ClassificationCode code = ClassificationCode.parse(p.substring(0, p.indexOf(':')));
        if (code.classification() == c) {
          entries.add(new Entry(code, p.substring(p.indexOf(':') + 1), s));
        }
      }
      if (!entries.isEmpty()) {
        out.add(new CodeList(s, entries));
      }
    }
    return out;
  }
}
