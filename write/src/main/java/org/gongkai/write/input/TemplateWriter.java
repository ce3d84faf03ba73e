package org.gongkai.write.input;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.model.Scope;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.LayoutProfiles;
import org.gongkai.write.input.TemplateSheets.Field;
import org.gongkai.write.input.TemplateSheets.Form;
import org.gongkai.write.input.TemplateSheets.Kind;
import org.gongkai.write.input.TemplateSheets.ListSheet;

/** Writes the empty budget-data workbook: headers, drop-downs and validation per field. */
final class TemplateWriter {

  /** Rows of a list sheet that carry validation. */
  private static final int LIST_ROWS = 2000;

  private final XSSFWorkbook wb;
  private final List<String> functionCodes;
  private final List<String> economicCodes;
  private final CellStyle header;

  private final java.util.Map<String, Object> data;

  TemplateWriter(
      XSSFWorkbook wb,
      List<String> functionCodes,
      List<String> economicCodes,
      java.util.Map<String, Object> data) {
    this.wb = wb;
    this.data = data;
    this.functionCodes = functionCodes;
    this.economicCodes = economicCodes;
    this.header = wb.createCellStyle();
    Font bold = wb.createFont();
    bold.setBold(true);
    header.setFont(bold);
  }

  void write() {
    form(TemplateSheets.UNIT);
    list(TemplateSheets.FUNCTIONS);
    list(TemplateSheets.DEPARTMENTS);
    list(TemplateSheets.ORGANISATION);
    list(TemplateSheets.SUBORDINATES);
    list(TemplateSheets.ITEMS);
    TemplateSheets.MAPS.keySet().forEach(this::map);
    form(TemplateSheets.OTHER);
    list(TemplateSheets.VEHICLES);
    list(TemplateSheets.PROJECTS);
    list(TemplateSheets.INDICATORS);
    lists();
  }

  private void form(Form form) {
    Sheet s = wb.createSheet(form.sheet());
    headerRow(s, List.of("项目", "填写", "说明"));
    int r = 1;
    for (Field f : form.fields()) {
      Row row = s.createRow(r);
      row.createCell(0).setCellValue(f.label());
      row.createCell(2).setCellValue(f.note());
      set(row, 1, f.kind(), at(data, f.path()));
      validate(s, f.kind(), r, r, 1);
      r++;
    }
    s.setColumnWidth(0, 9000);
    s.setColumnWidth(1, 9000);
    s.setColumnWidth(2, 9000);
  }

  private void list(ListSheet sheet) {
    Sheet s = wb.createSheet(sheet.sheet());
    List<String> labels = new ArrayList<>();
    sheet.columns().forEach(f -> labels.add(f.label()));
    headerRow(s, labels);
    for (int c = 0; c < sheet.columns().size(); c++) {
      validate(s, sheet.columns().get(c).kind(), 1, LIST_ROWS, c);
      s.setColumnWidth(c, sheet.columns().size() == 1 ? 24000 : 5200);
    }
    s.createFreezePane(0, 1);
    int r = 1;
    for (Object element : records(sheet)) {
      Row row = s.createRow(r++);
      for (int c = 0; c < sheet.columns().size(); c++) {
        Field f = sheet.columns().get(c);
        Object v = f.path().isEmpty() ? element : at(element, f.path());
        set(row, c, f.kind(), v);
      }
    }
  }

  /** The records a list sheet shows: the list at its path, or every project's indicators. */
  @SuppressWarnings("unchecked")
  private List<Object> records(ListSheet sheet) {
    if (sheet == TemplateSheets.INDICATORS) {
      List<Object> out = new ArrayList<>();
      Object projects = at(data, "projects");
      if (projects instanceof List<?> ps) {
        for (Object p : ps) {
          Object inds = at(p, "indicators");
          if (inds instanceof List<?> is) {
            for (Object i : is) {
              java.util.Map<String, Object> m =
                  new java.util.LinkedHashMap<>((java.util.Map<String, Object>) i);
              m.put("project", at(p, "name"));
              out.add(m);
            }
          }
        }
      }
      return out;
    }
    Object list = at(data, sheet.path());
    return list instanceof List<?> l ? new ArrayList<>(l) : List.of();
  }

  /** The value at a dotted path of a tree of maps, or null. */
  private static Object at(Object tree, String path) {
    Object v = tree;
    for (String part : path.split("\\.")) {
      if (!(v instanceof java.util.Map<?, ?> m)) {
        return null;
      }
      v = m.get(part);
    }
    return v;
  }

  /** Writes a value as the field shows it: numbers as numbers, choices by their label. */
  private static void set(Row row, int c, Kind kind, Object v) {
    if (v == null || v instanceof java.util.Collection<?>) {
      return;
    }
    org.apache.poi.ss.usermodel.Cell cell =
        row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    switch (kind) {
      case AMOUNT, COUNT, YEAR -> {
        if (v instanceof Number n) {
          cell.setCellValue(new java.math.BigDecimal(n.toString()).doubleValue());
        } else {
          cell.setCellValue(v.toString());
        }
      }
      case YES_NO -> cell.setCellValue(Boolean.TRUE.equals(v) ? "是" : "否");
      case FUND_SOURCE ->
          cell.setCellValue(TemplateSheets.choiceLabel(FundSource.valueOf(v.toString())));
      case EXPENDITURE_TYPE ->
          cell.setCellValue(TemplateSheets.choiceLabel(ExpenditureType.valueOf(v.toString())));
      case FUNDS_CATEGORY ->
          cell.setCellValue(TemplateSheets.choiceLabel(FundsCategory.valueOf(v.toString())));
      case SCOPE -> cell.setCellValue(TemplateSheets.choiceLabel(Scope.valueOf(v.toString())));
      default -> cell.setCellValue(v.toString());
    }
  }

  private void map(String name) {
    Sheet s = wb.createSheet(name);
    headerRow(s, List.of("键或科目编码", "内容"));
    Object m = at(data, TemplateSheets.MAPS.get(name));
    if (m instanceof java.util.Map<?, ?> entries) {
      int r = 1;
      for (var e : entries.entrySet()) {
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(String.valueOf(e.getKey()));
        row.createCell(1).setCellValue(String.valueOf(e.getValue()));
      }
    }
    s.setColumnWidth(0, 8000);
    s.setColumnWidth(1, 24000);
  }

  private void headerRow(Sheet s, List<String> labels) {
    Row row = s.createRow(0);
    for (int i = 0; i < labels.size(); i++) {
      row.createCell(i).setCellValue(labels.get(i));
      row.getCell(i).setCellStyle(header);
    }
  }

  /** The hidden sheet of drop-down lists, each a named range. */
  private void lists() {
    Sheet s = wb.createSheet(TemplateSheets.LISTS);
    column(s, 0, "来源", labels(FundSource.values()));
    column(s, 1, "类型", labels(ExpenditureType.values()));
    column(s, 2, "经费", labels(FundsCategory.values()));
    column(s, 3, "主体", labels(Scope.values()));
    column(s, 4, "版式", LayoutProfiles.all().stream().map(LayoutProfile::id).toList());
    column(s, 5, "单位", List.of("万元", "元"));
    column(s, 6, "是否", List.of("是", "否"));
    column(s, 7, "比较符", List.of(">=", "<=", "=", ">", "<"));
    column(s, 8, "功能科目", functionCodes);
    column(s, 9, "经济科目", economicCodes);
    wb.setSheetHidden(wb.getSheetIndex(s), true);
  }

  private static List<String> labels(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> e : values) {
      out.add(TemplateSheets.choiceLabel(e));
    }
    return out;
  }

  private void column(Sheet s, int c, String name, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      Row row = s.getRow(i) == null ? s.createRow(i) : s.getRow(i);
      row.createCell(c).setCellValue(values.get(i));
    }
    Name n = wb.createName();
    n.setNameName("list_" + c);
    String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
    int last = Math.max(values.size(), 1);
    n.setRefersToFormula("'" + TemplateSheets.LISTS + "'!$" + col + "$1:$" + col + "$" + last);
  }

  private void validate(Sheet s, Kind kind, int firstRow, int lastRow, int col) {
    DataValidationHelper h = s.getDataValidationHelper();
    DataValidationConstraint constraint =
        switch (kind) {
          case FUND_SOURCE -> h.createFormulaListConstraint("list_0");
          case EXPENDITURE_TYPE -> h.createFormulaListConstraint("list_1");
          case FUNDS_CATEGORY -> h.createFormulaListConstraint("list_2");
          case SCOPE -> h.createFormulaListConstraint("list_3");
          case LAYOUT -> h.createFormulaListConstraint("list_4");
          case MONEY_UNIT -> h.createFormulaListConstraint("list_5");
          case YES_NO -> h.createFormulaListConstraint("list_6");
          case OPERATOR -> h.createFormulaListConstraint("list_7");
          case FUNCTION_CODE -> h.createFormulaListConstraint("list_8");
          case ECONOMIC_CODE -> h.createFormulaListConstraint("list_9");
          case AMOUNT ->
              h.createDecimalConstraint(
                  DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
          case COUNT ->
              h.createIntegerConstraint(
                  DataValidationConstraint.OperatorType.BETWEEN, "-100000", "100000");
          case YEAR ->
              h.createIntegerConstraint(
                  DataValidationConstraint.OperatorType.BETWEEN, "2000", "2100");
          case DATE ->
              h.createDateConstraint(
                  DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                  "DATE(2000,1,1)",
                  null,
                  "yyyy-mm-dd");
          default -> null;
        };
    if (constraint == null) {
      return;
    }
    DataValidation v =
        h.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, col, col));
    v.setShowErrorBox(true);
    // Code lists may lack a real code (the shipped catalogue is partial): warn, do not forbid.
    if (kind == Kind.FUNCTION_CODE || kind == Kind.ECONOMIC_CODE) {
      v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    }
    v.createErrorBox("输入有误", "请按下拉列表或说明填写。");
    s.addValidationData(v);
  }
}
