package org.gongkai.check.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.check.Finding;
import org.gongkai.check.Part;
import org.gongkai.check.Report;
import org.gongkai.model.Metadata;

/** What the human-readable writers share: findings by part, the document's heading. */
final class Grouping {

  private Grouping() {}

  /** Findings per part, in part order, each part's findings in report order. */
  static Map<Part, List<Finding>> byPart(Report r) {
    Map<Part, List<Finding>> m = new EnumMap<>(Part.class);
    for (Finding f : r.findings()) {
      m.computeIfAbsent(f.location().part(), k -> new ArrayList<>()).add(f);
    }
    return m;
  }

  /** "克孜勒苏…办公室 2024年 单位预算". */
  static String document(Metadata m) {
    StringBuilder sb = new StringBuilder(m.unitName());
    if (m.year() > 0) {
      sb.append(' ').append(m.year()).append('年');
    }
    if (m.kind() != null) {
      sb.append(' ').append(m.scope() == null ? "" : m.scope().label()).append(m.kind().label());
    }
    return sb.toString().strip();
  }

  /** The rule's title, from the registry of the rules that ran. */
  static String title(String ruleId) {
    return org.gongkai.check.Messages.text(ruleId + ".title");
  }
}
