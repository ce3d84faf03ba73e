package org.gongkai.read.recognize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.Metadata;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Overview;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Scope;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TableNote;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.read.claim.BindingContext;
import org.gongkai.read.claim.ClaimParser;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;

/** One recognition of one layout: walks the blocks once per part. Not thread-safe; one per call. */
final class Recognition {

  private enum Zone {
    AUTO,
    OVERVIEW,
    TABLES,
    NARRATIVE,
    GLOSSARY
  }

  private static final Pattern DATE =
      Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
  private static final String[] OVERVIEW_WORDS = {
    "职能", "职责", "机构设置", "人员情况", "单位概况", "部门概况", "基本情况", "概况"
  };

  private final CompiledProfile profile;
  private final List<Block> blocks;
  private final boolean[] consumed;
  private final Diagnostics diags;
  private final TableBuilder tables;
  private final List<Table> tableList = new ArrayList<>();
  private final Map<org.gongkai.model.TableKind, Table> byKind =
      new java.util.EnumMap<>(org.gongkai.model.TableKind.class);
  private final List<PerformanceTargets> sheets = new ArrayList<>();
  private LocalDate date;

  Recognition(
      CompiledProfile profile,
      List<Block> blocks,
      Diagnostics diags,
      Map<String, HeaderMapper.Result> headerCache) {
    this.profile = profile;
    this.blocks = blocks;
    this.consumed = new boolean[blocks.size()];
    this.diags = diags;
    this.tables = new TableBuilder(profile, headerCache, diags);
  }

  Disclosure run() {
    Front front = Front.read(blocks);
    grids(front.bodyStart);
    List<List<Texts.Line>> zones = zones(front.bodyStart);
    SectionBuilder.Result overviewPart = SectionBuilder.build(zones.get(Zone.OVERVIEW.ordinal()));
    SectionBuilder.Result narrativePart = SectionBuilder.build(zones.get(Zone.NARRATIVE.ordinal()));
    SectionBuilder.Result autoPart = SectionBuilder.build(zones.get(Zone.AUTO.ordinal()));
    List<NarrativeSection> overviewSections = new ArrayList<>(overviewPart.sections());
    List<NarrativeSection> narrative = new ArrayList<>();
    for (NarrativeSection s : autoPart.sections()) {
      (isOverview(s) ? overviewSections : narrative).add(s);
    }
    narrative.addAll(narrativePart.sections());
    Overview overview = OverviewReader.read(overviewSections, overviewPart.preamble());
    List<GlossaryEntry> glossary = glossary(zones.get(Zone.GLOSSARY.ordinal()));
    date = closingDate();
    Metadata metadata = metadata(front);
    checkCompleteness();
    return new Disclosure(
        metadata,
        front.contents,
        overview,
        tableList,
        narrative,
        Facts.threePublic(narrative),
        Facts.agencyOperating(narrative),
        Facts.procurement(narrative),
        Facts.assets(narrative),
        Facts.projects(narrative),
        sheets,
        glossary,
        new ClaimParser().parse(narrative, BindingContext.of(tableList, metadata)),
        diags.toList());
  }

  private static boolean isOverview(NarrativeSection s) {
    String t = Norm.fold(s.title());
    if (t.contains("说明") || t.contains("预算") || t.contains("决算")) {
      return false;
    }
    for (String w : OVERVIEW_WORDS) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- grids: tables and sheets

  private void grids(int from) {
    int previousGrid = from - 1;
    for (int i = from; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Block.Grid g) {
        GridContext ctx = GridContext.lookBack(blocks, consumed, i, previousGrid, profile);
        if (ctx.isSheet() || SheetReader.looksLikeSheet(g.rows())) {
          ctx.consume(consumed);
          sheets.addAll(new SheetReader(diags).read(g.rows(), ctx.year(), ctx.headingSource()));
        } else {
          table(g, ctx, i);
        }
        previousGrid = i;
      }
    }
  }

  private void table(Block.Grid g, GridContext ctx, int index) {
    Table last = tableList.isEmpty() ? null : tableList.get(tableList.size() - 1);
    boolean titled = ctx.label() != null || !ctx.title().isEmpty();
    if (last != null && continues(last, g, ctx, ctx.spec(), titled)) {
      ctx.consume(consumed);
      tableList.set(tableList.size() - 1, tables.extend(last, g, notes(index, last)));
      return;
    }
    TableSpec spec = titled ? ctx.spec() : guessSpec(g);
    reportIdentity(g, ctx, spec, titled);
    ctx.consume(consumed);
    int number = ctx.label() != null ? ctx.label().number() : 0;
    TableBuilder.Heading h =
        new TableBuilder.Heading(
            number, ctx.title(), spec, ctx.preparer(), ctx.unit(), ctx.source(g));
    Table built = tables.build(h, g, List.of());
    List<TableNote> notes = notes(index, built);
    if (!notes.isEmpty()) {
      built = withNotes(built, notes);
    }
    tableList.add(built);
    byKind.putIfAbsent(built.kind(), built);
  }

  /** Says when a table had no title, a title the layout does not know, or came twice. */
  private void reportIdentity(Block.Grid g, GridContext ctx, TableSpec spec, boolean titled) {
    if (!titled) {
      diags.add(
          Severity.WARNING,
          spec == null ? RecognizeCodes.GRID_UNRECOGNISED : RecognizeCodes.TABLE_UNTITLED,
          g.source(),
          spec == null ? firstCells(g) : spec.number());
    } else if (spec == null) {
      diags.add(
          Severity.WARNING,
          RecognizeCodes.TABLE_UNKNOWN,
          ctx.source(g),
          ctx.label() == null ? 0 : ctx.label().number(),
          ctx.title());
    }
    Table earlier = spec == null ? null : byKind.get(spec.kind());
    if (earlier != null) {
      diags.add(
          Severity.WARNING,
          RecognizeCodes.TABLE_DUPLICATE,
          ctx.source(g),
          spec.number(),
          earlier.title());
    }
  }

  private static Table withNotes(Table t, List<TableNote> notes) {
    return new Table(
        t.number(),
        t.kind(),
        t.title(),
        t.unit(),
        t.preparer(),
        t.columns(),
        t.rows(),
        notes,
        t.source());
  }

  /** A grid continues the table before it: marked 续, or untitled and without its own header. */
  private boolean continues(
      Table last, Block.Grid g, GridContext ctx, TableSpec spec, boolean titled) {
    if (ctx.continued()) {
      return true;
    }
    if (titled) {
      // the title (or number) printed again on the next page
      return spec != null
          && spec.kind() == last.kind()
          && (ctx.label() == null || ctx.label().number() == last.number());
    }
    TableSpec lastSpec = profile.specForNumber(last.number());
    String[][] headers = lastSpec == null ? null : profile.headers(lastSpec);
    if (HeaderRows.count(g.rows(), headers) == 0) {
      return g.width() <= lastWidth(last) + 1; // rows only: the rest of the table above
    }
    TableSpec same = guessSpec(g); // its header repeated on the new page
    return same != null && same.kind() == last.kind();
  }

  private static int lastWidth(Table t) {
    return t.columns().isEmpty() ? 0 : t.columns().get(t.columns().size() - 1).index() + 1;
  }

  /** The known table whose headers an untitled grid fits best, or null. */
  private TableSpec guessSpec(Block.Grid g) {
    int hc = HeaderRows.count(g.rows(), null);
    if (hc == 0) {
      return null;
    }
    List<List<GridCell>> header = g.rows().subList(0, hc);
    TableSpec best = null;
    double bestScore = 0.6;
    for (TableSpec spec : profile.profile.tables()) {
      String[][] sh = profile.headers(spec);
      String[] folded = positionHeaders(header, g.width());
      int[] m = HeaderMapper.align(folded, sh);
      int matched = 0;
      for (int x : m) {
        if (x >= 0) {
          matched++;
        }
      }
      double score = (double) matched / Math.max(sh.length, folded.length);
      if (score > bestScore) {
        bestScore = score;
        best = spec;
      }
    }
    return best;
  }

  private static String[] positionHeaders(List<List<GridCell>> header, int width) {
    String[] out = new String[width];
    for (int p = 0; p < width; p++) {
      out[p] = "";
      for (int r = header.size() - 1; r >= 0; r--) {
        List<GridCell> row = header.get(r);
        if (p < row.size() && !row.get(p).isBlank()) {
          out[p] = Norm.fold(row.get(p).text());
          break;
        }
      }
    }
    return out;
  }

  private static String firstCells(Block.Grid g) {
    StringBuilder sb = new StringBuilder();
    for (GridCell c : g.rows().get(0)) {
      if (!c.isBlank() && sb.length() < 40) {
        sb.append(sb.length() > 0 ? " " : "").append(Norm.compact(c.text()));
      }
    }
    return sb.toString();
  }

  /** Notes printed right after a table (备注：…, 注：…, or an empty-table statement). */
  private List<TableNote> notes(int gridIndex, Table table) {
    List<TableNote> out = new ArrayList<>();
    for (int j = gridIndex + 1; j < blocks.size(); j++) {
      Block b = blocks.get(j);
      String t = Front.text(b);
      if (t == null || consumed[j]) {
        break;
      }
      String f = Norm.fold(t);
      boolean note =
          f.startsWith("备注")
              || f.startsWith("注:")
              || f.startsWith("注释")
              || f.startsWith("说明:")
              || f.startsWith("注") && f.length() > 1 && Norm.isDigit(f.charAt(1))
              || table.hasNoFigures()
                  && f.length() <= 120
                  && profile.declaresEmpty(f)
                  && Numbering.of(t) == null;
      if (!note) {
        break;
      }
      consumed[j] = true;
      out.add(new TableNote(t.strip(), profile.declaresEmpty(f), b.source()));
    }
    return out;
  }

  // ---------------------------------------------------------------- running text

  /** The unconsumed text of the body, split by part headings (第X部分) into zones. */
  private List<List<Texts.Line>> zones(int from) {
    List<List<Texts.Line>> zones = new ArrayList<>();
    for (int z = 0; z < Zone.values().length; z++) {
      zones.add(new ArrayList<>());
    }
    Zone zone = Zone.AUTO;
    for (int i = from; i < blocks.size(); i++) {
      String t = Front.text(blocks.get(i));
      if (t == null || consumed[i] || t.isBlank()) {
        continue;
      }
      Numbering n = Numbering.of(t);
      if (n != null && n.kind() == Numbering.Kind.PART) {
        zone = zoneOf(Norm.fold(n.rest()));
        continue;
      }
      if (t.length() <= 16
          && (Norm.fold(t).equals("名词解释")
              || n != null && Norm.fold(n.rest()).equals("名词解释") && zone != Zone.OVERVIEW)) {
        zone = Zone.GLOSSARY;
        continue;
      }
      zones.get(zone.ordinal()).add(new Texts.Line(t.strip(), blocks.get(i).source()));
    }
    return zones;
  }

  private static Zone zoneOf(String title) {
    if (title.contains("名词解释")) {
      return Zone.GLOSSARY;
    }
    if (title.contains("概况")) {
      return Zone.OVERVIEW;
    }
    if (title.contains("说明")) {
      return Zone.NARRATIVE;
    }
    if (title.endsWith("表")
        || title.contains("公开表")
        || title.contains("预算表")
        || title.contains("决算表")) {
      return Zone.TABLES;
    }
    return Zone.NARRATIVE;
  }

  private List<GlossaryEntry> glossary(List<Texts.Line> lines) {
    List<GlossaryEntry> out = new ArrayList<>();
    for (Texts.Line l : Texts.join(lines)) {
      Numbering n = Numbering.of(l.text());
      String body = n != null ? n.rest() : l.text().strip();
      int colon = firstColon(body);
      if (colon > 0 && colon <= 30) {
        out.add(
            new GlossaryEntry(
                body.substring(0, colon).strip(), body.substring(colon + 1).strip(), l.source()));
      }
    }
    return out;
  }

  /** The date printed under the signature at the end (2025 年 2 月 10 日), or null. */
  private LocalDate closingDate() {
    int seen = 0;
    for (int i = blocks.size() - 1; i >= 0 && seen < 6; i--) {
      String t = Front.text(blocks.get(i));
      if (t == null) {
        break;
      }
      seen++;
      if (t.length() <= 24) {
        Matcher m = DATE.matcher(Norm.compact(t));
        if (m.matches()) {
          return date(m);
        }
      }
    }
    return null;
  }

  private static int firstColon(String s) {
    int a = s.indexOf('：');
    int b = s.indexOf(':');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static LocalDate date(Matcher m) {
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- metadata and completeness

  private Metadata metadata(Front front) {
    Front.Cover c = front.cover;
    if (c == null) {
      for (var e : front.contents) {
        c = Front.coverTitle(e.title(), e.source());
        if (c != null) {
          break;
        }
      }
    }
    String unit = c == null ? "" : c.unitName();
    if (unit.isEmpty()) {
      for (Table t : tableList) {
        if (!t.preparer().isEmpty()) {
          unit = t.preparer();
          break;
        }
      }
    }
    if (c == null) {
      diags.add(Severity.WARNING, RecognizeCodes.NO_METADATA, SourceRef.NONE);
      return new Metadata(
          unit,
          0,
          profile.profile.kind(),
          profile.profile.scope(),
          date,
          profile.profile.id(),
          "",
          SourceRef.NONE);
    }
    DisclosureKind kind = c.kind() != null ? c.kind() : profile.profile.kind();
    Scope scope = c.scope() != null ? c.scope() : profile.profile.scope();
    return new Metadata(
        unit, c.year(), kind, scope, date, profile.profile.id(), c.title(), c.source());
  }

  private void checkCompleteness() {
    if (tableList.isEmpty() && sheets.isEmpty()) {
      return;
    }
    boolean missing = false;
    for (TableSpec spec : profile.profile.tables()) {
      boolean found = byKind.containsKey(spec.kind());
      if (!found && spec.required()) {
        missing = true;
        diags.add(
            Severity.WARNING,
            RecognizeCodes.TABLE_MISSING,
            SourceRef.NONE,
            spec.number(),
            spec.titles().isEmpty() ? "" : spec.titles().get(0));
      }
    }
    if (missing && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Grid g) {
      diags.add(Severity.WARNING, RecognizeCodes.TRUNCATED, g.source());
    }
  }
}
