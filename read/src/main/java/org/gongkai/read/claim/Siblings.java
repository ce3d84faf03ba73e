package org.gongkai.read.claim;

import java.util.List;
import java.util.Set;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;

/**
 * Which subjects are parts of one whole side by side (基本支出 and 项目支出; 人员经费 and 公用经费; the fund
 * sources; classes of one level), so that a breakdown can run on past a sentence end only with
 * parts of the same kind.
 */
final class Siblings {

  private static final List<Set<SubjectKind>> SETS =
      List.of(
          Set.of(SubjectKind.BASIC, SubjectKind.PROJECT_EXPENDITURE),
          Set.of(SubjectKind.PERSONNEL, SubjectKind.OPERATING),
          Set.of(SubjectKind.OVERSEAS_TRAVEL, SubjectKind.RECEPTION, SubjectKind.VEHICLES),
          Set.of(SubjectKind.VEHICLE_PURCHASE, SubjectKind.VEHICLE_OPERATION),
          Set.of(
              SubjectKind.PROCUREMENT_GOODS,
              SubjectKind.PROCUREMENT_WORKS,
              SubjectKind.PROCUREMENT_SERVICES));

  private Siblings() {}

  static boolean of(Subject a, Subject b) {
    if (a.kind().group() == SubjectKind.Group.FUNDS
        && b.kind().group() == SubjectKind.Group.FUNDS) {
      return true;
    }
    if (a.kind() == SubjectKind.FUNCTIONAL_CLASS && b.kind() == SubjectKind.FUNCTIONAL_CLASS) {
      return a.level() == b.level();
    }
    if (a.kind() == b.kind()) {
      return a.kind() == SubjectKind.ASSET || a.kind() == SubjectKind.ECONOMIC_CLASS;
    }
    return SETS.stream().anyMatch(s -> s.contains(a.kind()) && s.contains(b.kind()));
  }
}
