package org.gongkai.read.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.SourceRef;
import org.gongkai.model.claim.Claim;
import org.junit.jupiter.api.Test;

class ExploreScratchTest {
  @Test
  void explore() throws Exception {
    for (String f : System.getProperty("explore", "").split(",")) {
      if (f.isEmpty()) continue;
      List<String> lines = Files.readAllLines(Path.of(f));
      List<Paragraph> ps = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      int n = 0;
      for (String l : lines) {
        n++;
        String s = l.strip();
        if (s.isEmpty()) continue;
        if (l.startsWith(" ") || l.startsWith("\t") || s.matches("^[一二三四五六七八九十（(0-9].*")) {
          if (cur.length() > 0) ps.add(new Paragraph(cur.toString(), SourceRef.line(n)));
          cur = new StringBuilder();
        }
        cur.append(s);
      }
      if (cur.length() > 0) ps.add(new Paragraph(cur.toString(), SourceRef.line(n)));
      NarrativeSection sec = new NarrativeSection("一", "情况说明", 1, ps, List.of(), SourceRef.NONE);
      List<Claim> claims =
          new ClaimParser().parse(List.of(sec), BindingContext.of(List.of(), DemoTables.METADATA));
      System.out.println("FILE " + f + " claims=" + claims.size());
      for (Claim c : claims) {
        System.out.println(
            "C "
                + c.source().line()
                + " "
                + c.getClass().getSimpleName()
                + " "
                + c.subject().kind()
                + "/"
                + c.subject().scope()
                + " '"
                + c.subject().name()
                + "' "
                + SeedClaimsTestSupport.describe(c));
      }
    }
  }
}
