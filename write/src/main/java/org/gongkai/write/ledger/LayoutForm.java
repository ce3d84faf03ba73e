package org.gongkai.write.ledger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.ColumnRole;
import org.gongkai.write.input.FundSource;

/**
 * What the writer needs to fill a layout's tables beyond the layout profile: the fixed row labels
 * of the two-sided tables and of a row-wise 三公 table, which functional classes are listed and how a
 * class row is labelled, and how titles are printed. Data, loaded from {@code
 * org/gongkai/write/forms/<layout>.yaml}.
 *
 * @param layout the layout profile id
 * @param narrative which narrative plan the layout's 情况说明 follows
 * @param titleTemplate how a title is printed; {@code {title}} and {@code {year}} are replaced
 * @param numberedTitles true when each table is printed under "表 N"
 * @param preparerLabel 编制单位 or 编制部门
 * @param classRows whether the summary tables list every class of the official list or the used
 *     ones
 * @param classLabel how a class row of a summary table is labelled
 * @param classes the official classes for {@link ClassRows#ALL}, in order
 * @param incomeTotalLabel the income side's total row
 * @param expenditureTotalLabel the expenditure side's total row
 * @param incomeRows the income side of the 收支总表
 * @param fiscalIncomeRows the income side of the 财政拨款收支总表
 * @param threePublicRows the rows of a row-wise 三公 table (empty when the layout puts the items in
 *     columns)
 */
public record LayoutForm(
    String layout,
    NarrativePlan narrative,
    String titleTemplate,
    boolean numberedTitles,
    String preparerLabel,
    ClassRows classRows,
    ClassLabel classLabel,
    List<ClassEntry> classes,
    String incomeTotalLabel,
    String expenditureTotalLabel,
    List<IncomeRow> incomeRows,
    List<IncomeRow> fiscalIncomeRows,
    List<ThreePublicRow> threePublicRows) {

  public LayoutForm {
    classes = classes == null ? List.of() : List.copyOf(classes);
    incomeRows = incomeRows == null ? List.of() : List.copyOf(incomeRows);
    fiscalIncomeRows = fiscalIncomeRows == null ? List.of() : List.copyOf(fiscalIncomeRows);
    threePublicRows = threePublicRows == null ? List.of() : List.copyOf(threePublicRows);
    titleTemplate = titleTemplate == null ? "{title}" : titleTemplate;
    preparerLabel = preparerLabel == null ? "编制单位" : preparerLabel;
  }

  /** Which narrative plan a layout's 情况说明 follows. */
  public enum NarrativePlan {
    /** Eleven numbered sections, one per table, then other matters (Xinjiang). */
    XINJIANG,
    /** 编制说明 before the tables, 其他相关情况说明 after them (Shanghai). */
    SHANGHAI
  }

  /** Whether the summary tables list every class or only the classes used. */
  public enum ClassRows {
    ALL,
    USED
  }

  /** How a class row of a summary table is labelled. */
  public enum ClassLabel {
    /** "201 一般公共服务支出". */
    CODE_NAME,
    /** "一、一般公共服务支出". */
    NUMBERED
  }

  /** A functional class of the official list. */
  public record ClassEntry(String code, String name) {}

  /**
   * A fixed income row.
   *
   * @param label as printed
   * @param level 1 for the rows that together make the total
   * @param sources the fund sources the row sums
   */
  public record IncomeRow(String label, Integer level, List<FundSource> sources) {
    public IncomeRow {
      level = level == null ? 2 : level;
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  /** A row of a row-wise 三公 table and the items it sums. */
  public record ThreePublicRow(String label, List<ColumnRole> items) {
    public ThreePublicRow {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /** The printed title of a table. */
  public String title(String canonical, int year) {
    return titleTemplate.replace("{title}", canonical).replace("{year}", String.valueOf(year));
  }

  private static final java.util.Map<String, Optional<LayoutForm>> SHIPPED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The form shipped for a layout, if any (read once, then shared: forms are immutable). */
  public static Optional<LayoutForm> forLayout(String layoutId) {
    return SHIPPED.computeIfAbsent(layoutId, LayoutForm::load);
  }

  private static Optional<LayoutForm> load(String layoutId) {
    String path = "/org/gongkai/write/forms/" + layoutId + ".yaml";
    try (InputStream in = LayoutForm.class.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      ObjectMapper m =
          new ObjectMapper(new YAMLFactory())
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
      return Optional.of(m.readValue(in, LayoutForm.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the writer's form for " + layoutId, e);
    }
  }
}
