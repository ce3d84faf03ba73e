package org.gongkai.read.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Figure;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Overview;
import org.gongkai.model.Paragraph;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Staffing;

/** 单位概况: functions, organisation, internal departments, subordinate units, staffing. */
final class OverviewReader {

  private static final Pattern DEPARTMENTS =
      Pattern.compile(
          "(?:下设|内设|设有)(?:[^，。；0-9]{0,8}?)(\\d+)\\s*个([^，。；：:0-9]{0,10}?)[，,]?\\s*"
              + "(?:分别是|分别为|包括|即|为|有)?\\s*[：:]([^。]+)");
  private static final Pattern NO_SUBORDINATE = Pattern.compile("无(?:下属|所属)(?:预算)?单位");
  private static final Pattern SUBORDINATES =
      Pattern.compile("(?:下属|所属)(?:预算)?单位(?:包括|有|为)?[^：:。]{0,12}[：:]([^。]+)");
  private static final Pattern AUTHORIZED =
      Pattern.compile("编制(?:数|人数)?\\s*(?:为|共)?\\s*(\\d+)\\s*(人|名)?");
  private static final Pattern ACTUAL =
      Pattern.compile("实有(?:人数|人员)?\\s*(?:为|共)?\\s*(\\d+)\\s*(人|名)?");

  private OverviewReader() {}

  static Overview read(List<NarrativeSection> sections, List<Paragraph> loose) {
    List<Paragraph> functions = new ArrayList<>();
    List<Paragraph> organisation = new ArrayList<>();
    for (NarrativeSection s : sections) {
      String t = Norm.fold(s.title());
      if (t.contains("职能") || t.contains("职责")) {
        functions.addAll(s.allParagraphs());
      } else {
        organisation.addAll(s.allParagraphs());
      }
    }
    organisation.addAll(0, loose);
    List<String> departments = new ArrayList<>();
    Figure departmentCount = null;
    List<String> subordinates = new ArrayList<>();
    Staffing staffing = null;
    for (Paragraph p : organisation) {
      String text = p.text();
      Matcher m = DEPARTMENTS.matcher(text);
      if (departmentCount == null && m.find()) {
        departmentCount = new Figure(new BigDecimal(m.group(1)), "个", p.source());
        departments.addAll(list(m.group(3)));
      }
      m = SUBORDINATES.matcher(text);
      if (subordinates.isEmpty() && !NO_SUBORDINATE.matcher(text).find() && m.find()) {
        subordinates.addAll(list(m.group(1)));
      }
      if (staffing == null) {
        staffing = staffing(text, p.source());
      }
    }
    return new Overview(
        functions, organisation, departments, departmentCount, subordinates, staffing);
  }

  private static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("[、，,；;]")) {
      String p = Norm.compact(part);
      if (p.startsWith("和") || p.startsWith("及")) {
        p = p.substring(1);
      }
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The staffing figures of a paragraph, or null when it states none. */
  static Staffing staffing(String text, SourceRef at) {
    Figure authorized = figure(AUTHORIZED.matcher(text), at);
    Figure actual = figure(ACTUAL.matcher(text), at);
    Figure[] inService = withChange(text, "在职", at);
    Figure[] retired = withChange(text, "退休", at);
    Figure[] honorable = withChange(text, "离休", at);
    if (authorized == null && actual == null && inService[0] == null && retired[0] == null) {
      return null;
    }
    return new Staffing(
        authorized,
        actual,
        inService[0],
        inService[1],
        retired[0],
        retired[1],
        honorable[0],
        honorable[1]);
  }

  private static Figure figure(Matcher m, SourceRef at) {
    if (!m.find()) {
      return null;
    }
    return new Figure(new BigDecimal(m.group(1)), m.group(2) == null ? "" : m.group(2), at);
  }

  /** "在职 68 人, 增加 0 人" → {68 人, 0 人}; a decrease is negative. 退休 is not 离退休. */
  private static Figure[] withChange(String text, String word, SourceRef at) {
    int from = 0;
    while (true) {
      int i = text.indexOf(word, from);
      if (i < 0) {
        return new Figure[2];
      }
      from = i + 1;
      if (word.equals("退休") && i > 0 && text.charAt(i - 1) == '离') {
        continue;
      }
      int j = skip(text, i + word.length(), "人员");
      int d = digits(text, j);
      if (d == 0) {
        continue;
      }
      BigDecimal n = new BigDecimal(text.substring(j, j + d));
      int k = skip(text, j + d, "");
      String unit =
          k < text.length() && (text.charAt(k) == '人' || text.charAt(k) == '名')
              ? String.valueOf(text.charAt(k))
              : "";
      Figure count = new Figure(n, unit, at);
      return new Figure[] {count, change(text, k + unit.length(), unit, at)};
    }
  }

  private static Figure change(String text, int from, String unit, SourceRef at) {
    int i = from;
    while (i < text.length()
        && i - from < 3
        && (Norm.isSpace(text.charAt(i)) || "，,、;；".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    int sign;
    if (text.startsWith("增加", i)) {
      sign = 1;
    } else if (text.startsWith("减少", i)) {
      sign = -1;
    } else {
      return null;
    }
    int j = skip(text, i + 2, "");
    int d = digits(text, j);
    if (d == 0) {
      return null;
    }
    BigDecimal n = new BigDecimal(text.substring(j, j + d));
    return new Figure(sign < 0 ? n.negate() : n, unit, at);
  }

  private static int skip(String text, int i, String word) {
    int j = i;
    while (j < text.length() && Norm.isSpace(text.charAt(j))) {
      j++;
    }
    if (!word.isEmpty() && text.startsWith(word, j)) {
      j += word.length();
      while (j < text.length() && Norm.isSpace(text.charAt(j))) {
        j++;
      }
    }
    if (j < text.length() && (text.charAt(j) == '为' || text.charAt(j) == '：')) {
      j++;
      while (j < text.length() && Norm.isSpace(text.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  private static int digits(String text, int i) {
    int j = i;
    while (j < text.length() && Norm.isDigit(text.charAt(j))) {
      j++;
    }
    return j - i;
  }
}
