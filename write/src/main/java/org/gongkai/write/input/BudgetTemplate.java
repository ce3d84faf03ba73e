package org.gongkai.write.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.model.Scope;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.input.TemplateSheets.Field;
import org.gongkai.write.input.TemplateSheets.Form;
import org.gongkai.write.input.TemplateSheets.Kind;
import org.gongkai.write.input.TemplateSheets.ListSheet;

/**
 * Budget data as a workbook: {@link #write} makes the empty template (one sheet per part, code
 * lists as drop-downs, cell validation), {@link #read} reads a filled one back into {@link
 * BudgetData}; a problem names the sheet and cell (明细!G7).
 */
public final class BudgetTemplate {

  private BudgetTemplate() {}

  /** Writes the empty template, offering the codes of the given lists in its drop-downs. */
  public static void write(OutputStream out, List<String> functionCodes, List<String> economicCodes)
      throws IOException {
    write(out, functionCodes, economicCodes, null);
  }

  /**
   * Writes the template filled with budget data (a YAML file turned into a workbook), or empty when
   * {@code data} is null.
   */
  @SuppressWarnings("unchecked")
  public static void write(
      OutputStream out, List<String> functionCodes, List<String> economicCodes, BudgetData data)
      throws IOException {
    Map<String, Object> tree =
        data == null
            ? Map.of()
            : new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(
                    com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .convertValue(data, Map.class);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      new TemplateWriter(wb, functionCodes, economicCodes, tree).write();
      wb.write(out);
    }
  }

  /** Reads a filled workbook. */
  public static BudgetData read(InputStream in, String source)
      throws IOException, InvalidBudgetDataException {
    try (Workbook wb = new XSSFWorkbook(in)) {
      return new Reading(wb, source).read();
    }
  }

  /** One read of a workbook: the tree of values and where each came from. */
  private static final class Reading {
    private final Workbook wb;
    private final String source;
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, String> cells = new HashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter();

    Reading(Workbook wb, String source) {
      this.wb = wb;
      this.source = source;
    }

    BudgetData read() throws InvalidBudgetDataException {
      form(TemplateSheets.UNIT);
      form(TemplateSheets.OTHER);
      strings(TemplateSheets.FUNCTIONS);
      strings(TemplateSheets.DEPARTMENTS);
      strings(TemplateSheets.ORGANISATION);
      strings(TemplateSheets.SUBORDINATES);
      put("items", list(TemplateSheets.ITEMS, "items"));
      put("assets.vehicles", list(TemplateSheets.VEHICLES, "assets.vehicles"));
      List<Map<String, Object>> projects = list(TemplateSheets.PROJECTS, "projects");
      indicators(projects);
      put("projects", projects);
      TemplateSheets.MAPS.forEach(this::map);
      if (!problems.isEmpty()) {
        throw new InvalidBudgetDataException(source, problems);
      }
      return convert();
    }

    private BudgetData convert() throws InvalidBudgetDataException {
      ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
      m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
      try {
        return m.convertValue(root, BudgetData.class);
      } catch (IllegalArgumentException e) {
        String path =
            e.getCause() instanceof JsonMappingException jm ? BudgetDataReader.path(jm) : "";
        String cell = cells.getOrDefault(path, path);
        String value =
            e.getCause() instanceof InvalidFormatException f ? String.valueOf(f.getValue()) : "";
        throw new InvalidBudgetDataException(
            source,
            List.of(
                new InputProblem(
                    cell,
                    InputProblem.Severity.ERROR,
                    WriteMessages.format("template.badValue", value))));
      }
    }

    private Sheet sheet(String name) {
      return wb.getSheet(name);
    }

    private void form(Form form) {
      Sheet s = sheet(form.sheet());
      if (s == null) {
        return;
      }
      for (Row row : s) {
        if (row.getRowNum() == 0) {
          continue;
        }
        String label = text(row.getCell(0));
        for (Field f : form.fields()) {
          if (f.label().equals(label)) {
            Cell c = row.getCell(1);
            Object v = value(c, f.kind(), ref(s, row.getRowNum(), 1));
            if (v != null) {
              put(f.path(), v);
              cells.put(f.path(), ref(s, row.getRowNum(), 1));
            }
          }
        }
      }
    }

    private void strings(ListSheet sheet) {
      Sheet s = sheet(sheet.sheet());
      List<String> out = new ArrayList<>();
      if (s != null) {
        for (Row row : s) {
          String t = row.getRowNum() == 0 ? "" : text(row.getCell(0));
          if (!t.isEmpty()) {
            out.add(t);
          }
        }
      }
      put(sheet.path(), out);
    }

    private List<Map<String, Object>> list(ListSheet sheet, String path) {
      List<Map<String, Object>> out = new ArrayList<>();
      Sheet s = sheet(sheet.sheet());
      if (s == null) {
        return out;
      }
      for (Row row : s) {
        if (row.getRowNum() == 0) {
          continue;
        }
        Map<String, Object> rec = new LinkedHashMap<>();
        for (int i = 0; i < sheet.columns().size(); i++) {
          Field f = sheet.columns().get(i);
          String ref = ref(s, row.getRowNum(), i);
          Object v = value(row.getCell(i), f.kind(), ref);
          if (v != null) {
            rec.put(f.path(), v);
            cells.put(path + "[" + out.size() + "]." + f.path(), ref);
          }
        }
        if (!rec.isEmpty()) {
          out.add(rec);
        }
      }
      return out;
    }

    @SuppressWarnings("unchecked")
    private void indicators(List<Map<String, Object>> projects) {
      List<Map<String, Object>> rows = list(TemplateSheets.INDICATORS, "indicators");
      for (int n = 0; n < rows.size(); n++) {
        Map<String, Object> row = rows.get(n);
        Object name = row.remove("project");
        Map<String, Object> project =
            projects.stream()
                .filter(p -> p.get("name") != null && p.get("name").equals(name))
                .findFirst()
                .orElse(null);
        if (project == null) {
          problems.add(
              new InputProblem(
                  cells.getOrDefault(
                      "indicators[" + n + "].project", TemplateSheets.INDICATORS.sheet()),
                  InputProblem.Severity.ERROR,
                  WriteMessages.format("template.indicatorProject", String.valueOf(name))));
          continue;
        }
        ((List<Object>) project.computeIfAbsent("indicators", k -> new ArrayList<>())).add(row);
      }
    }

    private void map(String sheetName, String path) {
      Sheet s = sheet(sheetName);
      Map<String, Object> out = new LinkedHashMap<>();
      if (s != null) {
        for (Row row : s) {
          String k = row.getRowNum() == 0 ? "" : text(row.getCell(0));
          if (!k.isEmpty()) {
            out.put(k, text(row.getCell(1)));
          }
        }
      }
      put(path, out);
    }

    @SuppressWarnings("unchecked")
    private void put(String path, Object value) {
      String[] parts = path.split("\\.");
      Map<String, Object> m = root;
      for (int i = 0; i < parts.length - 1; i++) {
        m = (Map<String, Object>) m.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
      }
      m.put(parts[parts.length - 1], value);
    }

    private String text(Cell c) {
      return c == null ? "" : formatter.formatCellValue(c).strip();
    }

    /** A cell's value as the data path expects it, or null when blank. */
    private Object value(Cell c, Kind kind, String ref) {
      if (c == null || c.getCellType() == CellType.BLANK) {
        return null;
      }
      String t = text(c);
      if (t.isEmpty()) {
        return null;
      }
      switch (kind) {
        case AMOUNT:
          return c.getCellType() == CellType.NUMERIC
              ? BigDecimal.valueOf(c.getNumericCellValue())
              : number(t, ref);
        case COUNT:
        case YEAR:
          Object n =
              c.getCellType() == CellType.NUMERIC
                  ? BigDecimal.valueOf(c.getNumericCellValue())
                  : number(t, ref);
          return n instanceof BigDecimal bd ? bd.stripTrailingZeros().toPlainString() : n;
        case DATE:
          if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getDateCellValue()
                .toInstant()
                .atZone(ZoneId.systemDefault())
                .toLocalDate()
                .toString();
          }
          return t;
        case SCOPE:
          return choice(Scope.values(), t, ref);
        case FUND_SOURCE:
          return choice(FundSource.values(), t, ref);
        case EXPENDITURE_TYPE:
          return choice(ExpenditureType.values(), t, ref);
        case FUNDS_CATEGORY:
          return choice(FundsCategory.values(), t, ref);
        case YES_NO:
          return t.equals("是") ? Boolean.TRUE : t.equals("否") ? Boolean.FALSE : t;
        case FUNCTION_CODE:
        case ECONOMIC_CODE:
          return t.split("\\s+")[0];
        default:
          return t;
      }
    }

    private Object number(String t, String ref) {
      try {
        return new BigDecimal(t.replace(",", ""));
      } catch (NumberFormatException e) {
        problems.add(
            new InputProblem(
                ref, InputProblem.Severity.ERROR, WriteMessages.format("template.notNumber", t)));
        return null;
      }
    }

    private Object choice(Enum<?>[] values, String t, String ref) {
      for (Enum<?> e : values) {
        if (TemplateSheets.choiceLabel(e).equals(t) || e.name().equals(t)) {
          return e.name();
        }
      }
      problems.add(
          new InputProblem(
              ref, InputProblem.Severity.ERROR, WriteMessages.format("template.notAChoice", t)));
      return null;
    }

    private static String ref(Sheet s, int row, int col) {
      return s.getSheetName() + "!" + new CellReference(row, col).formatAsString(false);
    }
  }
}
