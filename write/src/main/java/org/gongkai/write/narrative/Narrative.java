package org.gongkai.write.narrative;

import java.util.List;
import org.gongkai.model.AgencyOperatingExpenses;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Overview;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProjectDescription;
import org.gongkai.model.StateAssets;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.claim.Claim;

/**
 * Everything the narrative writer produces: the sections of 情况说明 with the claims their sentences
 * make, and the model parts the narrative states (overview, 三公, 机关运行经费, procurement, assets,
 * projects and their sheets, glossary).
 *
 * @param performanceSection the title of the section after which the performance sheets are printed
 */
public record Narrative(
    Overview overview,
    List<NarrativeSection> sections,
    List<Claim> claims,
    ThreePublicExpenses threePublic,
    AgencyOperatingExpenses agencyOperating,
    Procurement procurement,
    StateAssets assets,
    List<ProjectDescription> projects,
    List<PerformanceTargets> performance,
    List<GlossaryEntry> glossary,
    String performanceSection) {

  public Narrative {
    sections = List.copyOf(sections);
    claims = List.copyOf(claims);
    projects = List.copyOf(projects);
    performance = List.copyOf(performance);
    glossary = List.copyOf(glossary);
  }
}
