package org.gongkai.read.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.AgencyOperatingExpenses;
import org.gongkai.model.Amount;
import org.gongkai.model.Figure;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProjectDescription;
import org.gongkai.model.SourceRef;
import org.gongkai.model.StateAssets;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.VehicleHolding;

/**
 * The figures the narrative states outright: 三公经费, 机关运行经费, 政府采购, 国有资产占用, and the project
 * descriptions. Each is read from the section whose title names it.
 */
final class Facts {

  private static final String[] NONE = {};
  private static final String[] CHANGE = StatedAmounts.CHANGE_WORDS;

  private static final Pattern AS_OF =
      Pattern.compile("截[至止]\\s*\\d{4}\\s*年\\s*(?:\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*日)?|底|末)");
  private static final Pattern BUILDINGS =
      Pattern.compile(
          "房屋[^0-9。；;]{0,8}?([\\d,]+(?:\\.\\d+)?)\\s*平方米[^。；;]{0,12}?价值\\s*"
              + "([\\d,]+(?:\\.\\d+)?)\\s*(万元|元)");
  private static final Pattern VEHICLE =
      Pattern.compile(
          "([\\p{IsHan}（）()]{2,14}?)\\s*(?:共)?\\s*(\\d+)\\s*辆[，,、]?\\s*(?:价值|金额|原值)?\\s*"
              + "([\\d,]+(?:\\.\\d+)?)\\s*(万元|元)");
  private static final Pattern EQUIPMENT =
      Pattern.compile(
          "(\\d+)\\s*万元(?:\\(含\\)|（含）)?以上(?:的)?(?:大型|专用)?设备\\s*(?:共)?\\s*(\\d+)\\s*(台|套)");

  private Facts() {}

  static ThreePublicExpenses threePublic(List<NarrativeSection> narrative) {
    NarrativeSection s = SectionBuilder.find(narrative, "三公");
    if (s == null) {
      return null;
    }
    Amount total = null;
    Amount overseas = null;
    Amount reception = null;
    Amount vehicles = null;
    Amount purchase = null;
    Amount operation = null;
    for (Paragraph p : s.allParagraphs()) {
      String t = p.text();
      SourceRef at = p.source();
      total = first(total, StatedAmounts.find(t, at, 14, CHANGE, "三公”经费", "三公\"经费", "三公经费"));
      overseas =
          first(overseas, StatedAmounts.find(t, at, 8, CHANGE, "因公出国（境）费", "因公出国(境)费", "因公出国费"));
      reception = first(reception, StatedAmounts.find(t, at, 8, CHANGE, "公务接待费"));
      vehicles =
          first(vehicles, StatedAmounts.find(t, at, 8, CHANGE, "公务用车购置及运行维护费", "公务用车购置及运行费"));
      purchase = first(purchase, StatedAmounts.find(t, at, 8, CHANGE, "公务用车购置费"));
      operation = first(operation, StatedAmounts.find(t, at, 8, CHANGE, "公务用车运行维护费", "公务用车运行费"));
    }
    return new ThreePublicExpenses(
        total, overseas, reception, vehicles, purchase, operation, firstSource(s, total));
  }

  static AgencyOperatingExpenses agencyOperating(List<NarrativeSection> narrative) {
    NarrativeSection s = SectionBuilder.find(narrative, "机关运行经费");
    if (s == null) {
      return null;
    }
    for (Paragraph p : s.allParagraphs()) {
      Amount a = StatedAmounts.find(p.text(), p.source(), 16, CHANGE, "机关运行经费");
      if (a != null) {
        Amount last =
            StatedAmounts.find(
                p.text(),
                p.source(),
                6,
                new String[] {"增加", "减少", "增长", "下降"},
                "上年预算",
                "上年决算",
                "上年");
        return new AgencyOperatingExpenses(a, last, p.source());
      }
    }
    return new AgencyOperatingExpenses(null, null, s.source());
  }

  static Procurement procurement(List<NarrativeSection> narrative) {
    NarrativeSection s = SectionBuilder.find(narrative, "政府采购");
    if (s == null) {
      return null;
    }
    String[] notTotal = {"货物", "工程", "服务", "中小", "小微", "增加", "减少"};
    Amount total = null;
    Amount goods = null;
    Amount works = null;
    Amount services = null;
    Amount sme = null;
    Amount small = null;
    for (Paragraph p : s.allParagraphs()) {
      String t = p.text();
      SourceRef at = p.source();
      total = first(total, StatedAmounts.find(t, at, 10, notTotal, "政府采购"));
      goods = first(goods, StatedAmounts.find(t, at, 8, CHANGE, "货物"));
      works = first(works, StatedAmounts.find(t, at, 8, CHANGE, "工程"));
      services = first(services, StatedAmounts.find(t, at, 8, CHANGE, "服务"));
      sme = first(sme, StatedAmounts.find(t, at, 18, CHANGE, "中小企业"));
      small = first(small, StatedAmounts.find(t, at, 18, CHANGE, "小微企业"));
    }
    return new Procurement(total, goods, works, services, sme, small, firstSource(s, total));
  }

  static StateAssets assets(List<NarrativeSection> narrative) {
    NarrativeSection s = SectionBuilder.find(narrative, "国有资产", "资产占用");
    if (s == null) {
      return null;
    }
    AssetsDraft d = new AssetsDraft();
    for (Paragraph p : s.allParagraphs()) {
      d.read(p);
    }
    return new StateAssets(
        d.asOf,
        d.buildingArea,
        d.buildingValue,
        d.vehicleCount,
        d.vehicleValue,
        d.vehicles,
        d.furniture,
        d.other,
        d.over50,
        d.over100,
        d.planned,
        firstSource(s, null));
  }

  /** What the assets paragraphs state, filled as they are read. */
  private static final class AssetsDraft {
    String asOf;
    Figure buildingArea;
    Amount buildingValue;
    Figure vehicleCount;
    Amount vehicleValue;
    final List<VehicleHolding> vehicles = new ArrayList<>();
    Amount furniture;
    Amount other;
    Figure over50;
    Figure over100;
    Paragraph planned;

    void read(Paragraph p) {
      String t = p.text();
      SourceRef at = p.source();
      if (t.contains("购置")
          && (t.contains("安排") || t.contains("预算"))
          && (t.contains("车辆") || t.contains("设备"))) {
        planned = planned == null ? p : planned;
        return;
      }
      Matcher m = AS_OF.matcher(t);
      if (asOf == null && m.find()) {
        asOf = m.group();
      }
      m = BUILDINGS.matcher(t);
      if (buildingArea == null && m.find()) {
        buildingArea = new Figure(Amounts.parse(m.group(1)), "平方米", at);
        buildingValue = amount(m.group(2), m.group(3), at);
      }
      vehicles(t, at);
      furniture = first(furniture, StatedAmounts.find(t, at, 6, CHANGE, "家具"));
      other = first(other, StatedAmounts.find(t, at, 6, CHANGE, "其他资产"));
      m = EQUIPMENT.matcher(t);
      while (m.find()) {
        Figure f = new Figure(new BigDecimal(m.group(2)), m.group(3), at);
        if (m.group(1).equals("50") && over50 == null) {
          over50 = f;
        } else if (m.group(1).equals("100") && over100 == null) {
          over100 = f;
        }
      }
    }

    private void vehicles(String t, SourceRef at) {
      int car = t.indexOf("车辆");
      if (car < 0 || vehicleCount != null) {
        return;
      }
      Matcher m = VEHICLE.matcher(t);
      boolean firstMatch = true;
      while (m.find()) {
        String kind = cleanKind(m.group(1));
        Figure count = new Figure(new BigDecimal(m.group(2)), "辆", at);
        Amount value = amount(m.group(3), m.group(4), at);
        if (firstMatch && kind.endsWith("车辆") && !kind.startsWith("其他")) {
          vehicleCount = count;
          vehicleValue = value;
        } else {
          vehicles.add(new VehicleHolding(kind, count, value));
        }
        firstMatch = false;
      }
    }

    private static String cleanKind(String s) {
      String k = Norm.compact(s);
      int q = Math.max(k.lastIndexOf('：'), k.lastIndexOf(':'));
      k = q >= 0 ? k.substring(q + 1) : k;
      if (k.startsWith("其中")) {
        k = k.substring(2);
      }
      return k;
    }
  }

  /** Where the section's main figure is stated, else its first paragraph, else its heading. */
  private static SourceRef firstSource(NarrativeSection s, Amount main) {
    if (main != null) {
      return main.source();
    }
    List<Paragraph> ps = s.allParagraphs();
    return ps.isEmpty() ? s.source() : ps.get(0).source();
  }

  private static Amount amount(String printed, String unit, SourceRef at) {
    return new Amount(
        new Money(Amounts.parse(printed), unit.equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN),
        printed,
        at);
  }

  private static Amount first(Amount current, Amount found) {
    return current != null ? current : found;
  }

  /** The project descriptions: groups of 项目名称：…, 设立的政策依据：… lines. */
  static List<ProjectDescription> projects(List<NarrativeSection> narrative) {
    List<ProjectDescription> out = new ArrayList<>();
    ProjectDraft cur = null;
    for (Paragraph p : SectionBuilder.allParagraphs(narrative)) {
      String t = p.text();
      Numbering n = Numbering.of(t);
      String body = n != null && n.kind() != Numbering.Kind.PART ? n.rest() : t.strip();
      for (String[] kv : keyValues(body)) {
        if (kv[0].equals("项目名称")) {
          if (cur != null) {
            out.add(cur.build());
          }
          cur = new ProjectDraft(kv[1], p.source());
        } else if (cur != null) {
          cur.set(kv[0], kv[1], p.source());
        }
      }
    }
    if (cur != null) {
      out.add(cur.build());
    }
    return out;
  }

  private static final String[] PROJECT_KEYS = {
    "项目名称", "设立的政策依据", "政策依据", "立项依据", "预算安排规模", "安排规模", "预算安排", "项目承担单位", "承担单位", "实施单位", "资金分配情况",
    "资金分配", "资金执行时间", "执行时间", "实施时间"
  };

  /** "键：值" pairs of the project keys in a paragraph (several may share one line). */
  private static List<String[]> keyValues(String body) {
    if (body.indexOf('：') < 0 && body.indexOf(':') < 0) {
      return List.of();
    }
    List<int[]> found = new ArrayList<>();
    for (String k : PROJECT_KEYS) {
      int from = 0;
      while (true) {
        int at = body.indexOf(k, from);
        if (at < 0) {
          break;
        }
        int c = at + k.length();
        while (c < body.length() && Norm.isSpace(body.charAt(c))) {
          c++;
        }
        boolean colon = c < body.length() && (body.charAt(c) == '：' || body.charAt(c) == ':');
        boolean starts = at == 0 || "；;，。 ".indexOf(body.charAt(at - 1)) >= 0;
        if (colon && starts && !overlaps(found, at)) {
          found.add(new int[] {at, c + 1, indexOf(k)});
        }
        from = at + 1;
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      int end = i + 1 < found.size() ? found.get(i + 1)[0] : body.length();
      String v = body.substring(found.get(i)[1], end).strip();
      while (!v.isEmpty() && "；;，".indexOf(v.charAt(v.length() - 1)) >= 0) {
        v = v.substring(0, v.length() - 1).strip();
      }
      out.add(new String[] {canonicalKey(PROJECT_KEYS[found.get(i)[2]]), v});
    }
    return out;
  }

  private static boolean overlaps(List<int[]> found, int at) {
    for (int[] f : found) {
      if (at >= f[0] && at < f[1]) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(String key) {
    for (int i = 0; i < PROJECT_KEYS.length; i++) {
      if (PROJECT_KEYS[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static String canonicalKey(String k) {
    return switch (k) {
      case "政策依据", "立项依据" -> "设立的政策依据";
      case "安排规模", "预算安排" -> "预算安排规模";
      case "承担单位", "实施单位" -> "项目承担单位";
      case "资金分配" -> "资金分配情况";
      case "执行时间", "实施时间" -> "资金执行时间";
      default -> k;
    };
  }

  /** A project description being read. */
  private static final class ProjectDraft {
    final String name;
    final SourceRef source;
    String basis = "";
    Amount scale;
    String owner = "";
    String allocation = "";
    String period = "";

    ProjectDraft(String name, SourceRef source) {
      this.name = name;
      this.source = source;
    }

    void set(String key, String value, SourceRef at) {
      switch (key) {
        case "设立的政策依据" -> basis = value;
        case "预算安排规模" -> scale = StatedAmounts.after(value, 0, 12, NONE, at);
        case "项目承担单位" -> owner = value;
        case "资金分配情况" -> allocation = value;
        case "资金执行时间" -> period = value;
        default -> {}
      }
    }

    ProjectDescription build() {
      return new ProjectDescription(name, basis, scale, owner, allocation, period, source);
    }
  }
}
