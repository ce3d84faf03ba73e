package org.gongkai.check.narrative;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.check.CodeLookup;
import org.gongkai.check.Location;
import org.gongkai.check.Messages;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.Names;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.ClassLevel;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;
import org.gongkai.model.claim.UnboundReason;

/**
 * A functional class the narrative names with its (类)/(款)/(项) marker is printed in the tables under
 * that name, and that name is the catalogue's: a misspelt class is reported with the closest class
 * the tables print (and its official name); a class whose narrative and table name both differ from
 * the catalogue is noted.
 */
public final class NarrativeClassFoundInTables implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-003", RuleFamily.NARRATIVE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Set<String> seen = new HashSet<>();
    for (Claim c : ctx.disclosure().claims()) {
      Subject s = c.subject();
      if (s.kind() != SubjectKind.FUNCTIONAL_CLASS || s.level() == ClassLevel.UNMARKED) {
        continue;
      }
      if (!seen.add(c.origin().section() + "#" + c.origin().sentenceIndex() + "#" + s.name())) {
        continue;
      }
      if (c.binding().isBound()) {
        catalogue(ctx, out, c);
      } else if (c.binding().reason() == UnboundReason.NO_ROW) {
        missing(ctx, out, c);
      }
    }
    if (seen.isEmpty()) {
      out.notApplicable("not-stated");
    }
  }

  private static void missing(RuleContext ctx, Outcomes out, Claim c) {
    Subject s = c.subject();
    Optional<FunctionalTables.CodedName> near =
        FunctionalTables.closest(ctx, s.name(), s.level().codeLength());
    String hint = "";
    if (near.isPresent()) {
      String official = official(ctx, near.get().code()).orElse(near.get().name());
      hint = Messages.format("NAR-003.hint", near.get().code(), near.get().name(), official);
    }
    out.fail(ClaimRules.where(c), near.map(n -> n.name()).orElse(""), s.name(), hint);
  }

  private static void catalogue(RuleContext ctx, Outcomes out, Claim c) {
    Location where = ClaimRules.where(c);
    String code = c.binding().quantity().rowCode();
    Optional<String> official = official(ctx, code);
    if (official.isEmpty()) {
      out.pass(where);
    } else if (Names.same(official.get(), c.subject().name())) {
      out.pass(where);
    } else {
      out.fail(Severity.NOTICE, "catalogue", where, official.get(), c.subject().name(), code);
    }
  }

  private static Optional<String> official(RuleContext ctx, String code) {
    if (code.isEmpty()) {
      return Optional.empty();
    }
    CodeLookup l = ctx.catalogue().function(ctx.year(), code);
    return l.name();
  }
}
