package org.gongkai.model;

import java.util.List;

/**
 * 单位概况: main functions, organisation and staffing.
 *
 * @param functions 主要职能, one entry per numbered duty (or paragraph)
 * @param organisation 机构设置 paragraphs as printed
 * @param internalDepartments names of the internal offices (内设科室/处室) listed
 * @param internalDepartmentCount the count stated (下设 12 个处室), null when not stated
 * @param subordinateUnits names of subordinate budget units, empty when none or not stated
 * @param staffing the staffing figures, null when absent
 */
public record Overview(
    List<Paragraph> functions,
    List<Paragraph> organisation,
    List<String> internalDepartments,
    Figure internalDepartmentCount,
    List<String> subordinateUnits,
    Staffing staffing) {

  public Overview {
    functions = List.copyOf(functions);
    organisation = List.copyOf(organisation);
    internalDepartments = List.copyOf(internalDepartments);
    subordinateUnits = List.copyOf(subordinateUnits);
  }

  public static Overview empty() {
    return new Overview(List.of(), List.of(), List.of(), null, List.of(), null);
  }
}
