package org.gongkai.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.model.Amount;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.Indicator;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.ProjectDescription;
import org.gongkai.model.Row;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TableNote;
import org.gongkai.model.TidyCells;
import org.gongkai.model.TocEntry;
import org.gongkai.model.VehicleHolding;

/**
 * Compares what was read with expectations written by hand (the {@code *-expected.yaml} and {@code
 * *-expected-cells.csv} fixtures): every difference is collected, so that one run shows all of
 * them. Text is compared with whitespace removed, numbers as BigDecimal, lines exactly.
 */
final class Expectations {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final List<String> problems = new ArrayList<>();

  static JsonNode yaml(String resource) {
    try (InputStream in = Expectations.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of a cells CSV, without the header, line endings normalised. */
  static List<String> csvRecords(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").split("\n")) {
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out.subList(1, out.size());
  }

  static List<String> csvResource(String resource) {
    try (InputStream in = Expectations.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      return csvRecords(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> problems() {
    return problems;
  }

  // ---------------------------------------------------------------- cells

  void cells(Disclosure d, List<String> expected) {
    List<String> actual = csvRecords(TidyCells.of(d).toCsv());
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    missing.forEach(m -> problems.add("cell missing: " + m));
    extra.forEach(m -> problems.add("cell not expected: " + m));
    if (missing.isEmpty() && extra.isEmpty() && !actual.equals(expected)) {
      problems.add("cells in another order than printed");
    }
  }

  // ---------------------------------------------------------------- parts

  void metadata(ReadResult r, JsonNode m) {
    var md = r.disclosure().metadata();
    text("metadata.unitName", m.get("unitName"), md.unitName());
    eq("metadata.year", m.get("year").asInt(), md.year());
    eq("metadata.kind", m.get("kind").asText(), String.valueOf(md.kind()));
    eq("metadata.scope", m.get("scope").asText(), String.valueOf(md.scope()));
    text("metadata.title", m.get("title"), md.title());
    JsonNode date = m.get("date");
    eq(
        "metadata.date",
        date == null || date.isNull() ? null : date.asText(),
        md.date() == null ? null : md.date().toString());
    line("metadata", m, md.source());
    if (m.has("encoding")) {
      eq("encoding", m.get("encoding").asText(), r.encoding());
    }
  }

  void contents(Disclosure d, JsonNode c) {
    List<TocEntry> toc = d.contents();
    eq("contents.count", c.get("count").asInt(), toc.size());
    JsonNode entries = c.get("entries");
    for (int i = 0; i < entries.size() && i < toc.size(); i++) {
      JsonNode e = entries.get(i);
      TocEntry t = toc.get(i);
      String at = "contents[" + i + "]";
      eq(at + ".level", e.get("level").asInt(), t.level());
      text(at + ".label", e.get("label"), t.label());
      text(at + ".title", e.get("title"), t.title());
      line(at, e, t.source());
    }
  }

  void tables(Disclosure d, JsonNode tables) {
    eq("tables.count", tables.size(), d.tables().size());
    for (JsonNode e : tables) {
      int n = e.get("number").asInt();
      Table t = d.tableNumber(n).orElse(null);
      String at = "表" + n;
      if (t == null) {
        problems.add(at + " not found");
        continue;
      }
      eq(at + ".kind", e.get("kind").asText(), t.kind().name());
      text(at + ".title", e.get("title"), t.title());
      eq(
          at + ".unit",
          e.get("unit").asText(),
          String.valueOf(t.unit() == null ? null : t.unit().name()));
      text(at + ".preparer", e.get("preparer"), t.preparer());
      eq(at + ".sides", e.get("sides").asInt(), t.sides());
      eq(at + ".rows", e.get("rows").asInt(), t.rows().size());
      eq(at + ".emptyTableNote", e.get("emptyTableNote").asBoolean(), t.declaredEmpty());
      if (e.has("noteLine")) {
        TableNote note =
            t.notes().stream().filter(TableNote::emptyTableStatement).findFirst().orElse(null);
        eq(at + ".noteLine", e.get("noteLine").asInt(), note == null ? -1 : note.source().line());
      }
      line(at, e, t.source());
    }
  }

  void rowNames(Disclosure d, int table, JsonNode names) {
    Table t = d.tableNumber(table).orElseThrow();
    List<String> actual = t.rows().stream().map(r -> t.label(r).name()).toList();
    List<String> expected = new ArrayList<>();
    names.forEach(n -> expected.add(compact(n.asText())));
    eq("表" + table + " row names", expected, actual);
  }

  /** Rows printed without their blank cells: the value is in the expected column, inferred. */
  void lostBlankRows(Disclosure d, JsonNode rows) {
    for (JsonNode r : rows) {
      int table = r.get(0).asInt();
      String code = r.get(1).asText();
      String column = r.get(2).asText();
      Table t = d.tableNumber(table).orElseThrow();
      List<Row> found = t.rowsWithCode(code, 0);
      Column col =
          t.columns().stream().filter(c -> c.header().equals(column)).findFirst().orElse(null);
      String at = "表" + table + " " + code + " " + column;
      if (found.size() != 1 || col == null) {
        problems.add(at + ": row or column not found");
        continue;
      }
      Cell cell = found.get(0).cell(col.index());
      if (!cell.isNumber() || !cell.inferred()) {
        problems.add(at + ": expected an inferred number, found " + cell);
      }
    }
  }

  void overview(Disclosure d, JsonNode o) {
    var ov = d.overview();
    eq("overview.functions", o.get("functions").asInt(), ov.functions().size());
    JsonNode count = o.get("internalDepartmentCount");
    figure("overview.internalDepartmentCount", count, ov.internalDepartmentCount());
    if (ov.internalDepartmentCount() != null) {
      line("overview.internalDepartmentCount", count, ov.internalDepartmentCount().source());
    }
    eq(
        "overview.internalDepartments",
        texts(o.get("internalDepartments")),
        ov.internalDepartments().stream().map(Expectations::compact).toList());
    eq("overview.subordinateUnits", texts(o.get("subordinateUnits")), ov.subordinateUnits());
    JsonNode s = o.get("staffing");
    var st = ov.staffing();
    if (st == null) {
      problems.add("overview.staffing missing");
      return;
    }
    figure("staffing.authorized", s.get("authorized"), st.authorized());
    figure("staffing.actual", s.get("actual"), st.actual());
    figure("staffing.inService", s.get("inService"), st.inService());
    figure("staffing.inServiceChange", s.get("inServiceChange"), st.inServiceChange());
    figure("staffing.retired", s.get("retired"), st.retired());
    figure("staffing.retiredChange", s.get("retiredChange"), st.retiredChange());
    figure("staffing.honorablyRetired", s.get("honorablyRetired"), st.honorablyRetired());
    figure(
        "staffing.honorablyRetiredChange",
        s.get("honorablyRetiredChange"),
        st.honorablyRetiredChange());
  }

  void narrative(Disclosure d, JsonNode sections) {
    sections("narrative", sections, d.narrative());
  }

  private void sections(String at, JsonNode expected, List<NarrativeSection> actual) {
    int n = expected == null ? 0 : expected.size();
    eq(at + ".count", n, actual.size());
    for (int i = 0; i < n && i < actual.size(); i++) {
      JsonNode e = expected.get(i);
      NarrativeSection s = actual.get(i);
      String here = at + "[" + e.get("label").asText() + "]";
      text(here + ".label", e.get("label"), s.label());
      eq(here + ".level", e.get("level").asInt(), s.level());
      text(here + ".title", e.get("title"), s.title());
      line(here, e, s.source());
      sections(here, e.get("subsections"), s.subsections());
    }
  }

  void threePublic(Disclosure d, JsonNode e) {
    var t = d.threePublic();
    if (t == null) {
      problems.add("threePublic missing");
      return;
    }
    money("threePublic.total", e.get("total"), t.total());
    money("threePublic.overseasTravel", e.get("overseasTravel"), t.overseasTravel());
    money("threePublic.reception", e.get("reception"), t.reception());
    money("threePublic.vehicles", e.get("vehicles"), t.vehicles());
    money("threePublic.vehiclePurchase", e.get("vehiclePurchase"), t.vehiclePurchase());
    money("threePublic.vehicleOperation", e.get("vehicleOperation"), t.vehicleOperation());
    line("threePublic", e, t.source());
  }

  void agencyOperating(Disclosure d, JsonNode e) {
    var a = d.agencyOperating();
    if (a == null) {
      problems.add("agencyOperating missing");
      return;
    }
    money("agencyOperating.amount", e.get("amount"), a.amount());
    money("agencyOperating.lastYear", e.get("lastYear"), a.lastYear());
    line("agencyOperating", e, a.source());
  }

  void procurement(Disclosure d, JsonNode e) {
    var p = d.procurement();
    if (p == null) {
      problems.add("procurement missing");
      return;
    }
    money("procurement.total", e.get("total"), p.total());
    money("procurement.goods", e.get("goods"), p.goods());
    money("procurement.works", e.get("works"), p.works());
    money("procurement.services", e.get("services"), p.services());
    money("procurement.reservedForSme", e.get("reservedForSme"), p.reservedForSme());
    money(
        "procurement.reservedForSmallMicro",
        e.get("reservedForSmallMicro"),
        p.reservedForSmallMicro());
    line("procurement", e, p.source());
  }

  void assets(Disclosure d, JsonNode e) {
    var a = d.assets();
    if (a == null) {
      problems.add("assets missing");
      return;
    }
    text("assets.asOf", e.get("asOf"), a.asOf());
    figure("assets.buildingArea", e.get("buildingArea"), a.buildingArea());
    money("assets.buildingValue", e.get("buildingValue"), a.buildingValue());
    figure("assets.vehicleCount", e.get("vehicleCount"), a.vehicleCount());
    money("assets.vehicleValue", e.get("vehicleValue"), a.vehicleValue());
    JsonNode vs = e.get("vehicles");
    eq("assets.vehicles.count", vs.size(), a.vehicles().size());
    for (int i = 0; i < vs.size() && i < a.vehicles().size(); i++) {
      VehicleHolding v = a.vehicles().get(i);
      text("assets.vehicles[" + i + "].kind", vs.get(i).get("kind"), v.kind());
      number("assets.vehicles[" + i + "].count", vs.get(i).get("count"), v.count().value());
      money("assets.vehicles[" + i + "].value", vs.get(i).get("value"), v.value());
    }
    money("assets.furnitureValue", e.get("furnitureValue"), a.furnitureValue());
    money("assets.otherAssetsValue", e.get("otherAssetsValue"), a.otherAssetsValue());
    figure("assets.equipmentOver50", e.get("equipmentOver50"), a.equipmentOver50());
    figure("assets.equipmentOver100", e.get("equipmentOver100"), a.equipmentOver100());
    eq(
        "assets.plannedPurchasesLine",
        e.get("plannedPurchasesLine").asInt(),
        a.plannedPurchases() == null ? -1 : a.plannedPurchases().source().line());
    line("assets", e, a.source());
  }

  void projects(Disclosure d, JsonNode ps) {
    eq("projects.count", ps.size(), d.projects().size());
    for (int i = 0; i < ps.size() && i < d.projects().size(); i++) {
      JsonNode e = ps.get(i);
      ProjectDescription p = d.projects().get(i);
      String at = "projects[" + e.get("name").asText() + "]";
      text(at + ".name", e.get("name"), p.name());
      text(at + ".basis", e.get("basis"), p.basis());
      money(at + ".scale", e.get("scale"), p.scale());
      text(at + ".owner", e.get("owner"), p.owner());
      text(at + ".allocation", e.get("allocation"), p.allocation());
      text(at + ".period", e.get("period"), p.period());
      line(at, e, p.source());
    }
  }

  void performance(Disclosure d, JsonNode sheets) {
    eq("performance.count", sheets.size(), d.performance().size());
    for (int i = 0; i < sheets.size() && i < d.performance().size(); i++) {
      JsonNode e = sheets.get(i);
      PerformanceTargets p = d.performance().get(i);
      String at = "sheet[" + e.get("project").asText() + "]";
      eq(at + ".year", e.get("year").asInt(), p.year());
      text(at + ".unit", e.get("unit"), p.unit());
      text(at + ".project", e.get("project"), p.project());
      text(at + ".manager", e.get("manager"), p.manager());
      money(at + ".fundsTotal", e.get("fundsTotal"), p.fundsTotal());
      money(at + ".fundsFiscal", e.get("fundsFiscal"), p.fundsFiscal());
      money(at + ".fundsOther", e.get("fundsOther"), p.fundsOther());
      String goal = p.overallGoal() == null ? "" : compact(p.overallGoal().text());
      String start = compact(e.get("goalStartsWith").asText());
      if (!goal.startsWith(start)) {
        problems.add(at + ".goal: expected to start with " + start + ", found " + goal);
      }
      line(at, e, p.source());
      BigDecimal weights =
          p.indicators().stream()
              .map(Indicator::weight)
              .filter(Objects::nonNull)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      number(at + ".weightSum", e.get("weightSum"), weights);
      indicators(at, e.get("indicators"), p.indicators());
    }
  }

  private void indicators(String at, JsonNode rows, List<Indicator> actual) {
    eq(at + ".indicators.count", rows.size(), actual.size());
    for (int k = 0; k < rows.size() && k < actual.size(); k++) {
      JsonNode r = rows.get(k);
      Indicator i = actual.get(k);
      String here = at + ".indicator[" + k + " " + r.get(2).asText() + "]";
      text(here + ".level1", r.get(0), i.level1());
      text(here + ".level2", r.get(1), i.level2());
      text(here + ".name", r.get(2), i.name());
      text(here + ".target", r.get(3), i.target());
      text(here + ".operator", r.get(4), i.operator());
      number(here + ".value", r.get(5), i.value());
      text(here + ".unit", r.get(6), i.unit());
      text(here + ".basis", r.get(7), i.basis());
      text(here + ".lastYear", r.get(8), i.lastYear());
      number(here + ".weight", r.get(9), i.weight());
      text(here + ".scoringRule", r.get(10), i.scoringRule());
      text(here + ".evidence", r.get(11), i.evidence());
    }
  }

  void glossary(Disclosure d, JsonNode entries) {
    eq("glossary.count", entries.size(), d.glossary().size());
    for (int i = 0; i < entries.size() && i < d.glossary().size(); i++) {
      JsonNode e = entries.get(i);
      GlossaryEntry g = d.glossary().get(i);
      String at = "glossary[" + e.get("term").asText() + "]";
      text(at + ".term", e.get("term"), g.term());
      String def = compact(g.definition());
      if (!def.startsWith(compact(e.get("definitionStartsWith").asText()))) {
        problems.add(at + ": definition starts otherwise: " + def);
      }
      if (e.has("definitionEndsWith")
          && !def.endsWith(compact(e.get("definitionEndsWith").asText()))) {
        problems.add(at + ": definition ends otherwise: " + def);
      }
      line(at, e, g.source());
    }
  }

  // ---------------------------------------------------------------- comparisons

  private void text(String at, JsonNode expected, String actual) {
    String e = expected == null || expected.isNull() ? "" : compact(expected.asText());
    eq(at, e, actual == null ? "" : compact(actual));
  }

  private void money(String at, JsonNode expected, Amount actual) {
    if (expected == null || expected.isNull()) {
      if (actual != null) {
        problems.add(at + ": expected none, found " + actual.money());
      }
      return;
    }
    if (actual == null) {
      problems.add(at + ": expected " + expected.asText() + ", found none");
      return;
    }
    number(at, expected, actual.money().amount());
  }

  private void figure(String at, JsonNode expected, Figure actual) {
    if (actual == null) {
      problems.add(at + ": expected " + expected + ", found none");
      return;
    }
    number(at + ".value", expected.get("value"), actual.value());
    text(at + ".unit", expected.get("unit"), actual.unit());
  }

  private void number(String at, JsonNode expected, BigDecimal actual) {
    if (expected == null || expected.isNull()) {
      if (actual != null) {
        problems.add(at + ": expected none, found " + actual);
      }
      return;
    }
    BigDecimal e = new BigDecimal(expected.asText());
    if (actual == null || e.compareTo(actual) != 0) {
      problems.add(at + ": expected " + e + ", found " + actual);
    }
  }

  private void line(String at, JsonNode e, SourceRef source) {
    if (e != null && e.has("line")) {
      eq(at + ".line", e.get("line").asInt(), source.line());
    }
  }

  private void eq(String at, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      problems.add(at + ": expected " + expected + ", found " + actual);
    }
  }

  private static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(compact(n.asText())));
    return out;
  }

  static String compact(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }
}
