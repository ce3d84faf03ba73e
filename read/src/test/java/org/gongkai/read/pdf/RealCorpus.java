package org.gongkai.read.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;

/** The real published PDFs under {@code ../shared/corpus/real/}, read in place, never copied. */
final class RealCorpus {

  private RealCorpus() {}

  /** The corpus folder; skips the calling test, saying so, when it is not there. */
  static Path folder() {
    String shared = System.getProperty("gongkai.shared");
    Path dir = shared == null ? null : Path.of(shared, "corpus", "real");
    boolean there = dir != null && Files.isDirectory(dir);
    if (!there) {
      System.out.println("SKIPPED: the real corpus (gongkai.shared/corpus/real) is not present");
    }
    assumeTrue(there, "the real corpus (gongkai.shared/corpus/real) is not present");
    return dir;
  }

  static List<Block.Grid> grids(Layout l) {
    return l.blocks().stream()
        .filter(b -> b instanceof Block.Grid)
        .map(b -> (Block.Grid) b)
        .toList();
  }

  static List<Block.Grid> gridsOnPage(Layout l, int page) {
    return grids(l).stream().filter(g -> g.source().page() == page).toList();
  }

  /** A row as its cell texts joined by |, spans as {rows x columns}. */
  static String row(List<GridCell> row) {
    return row.stream()
        .map(
            c ->
                c.text()
                    + (c.rowSpan() > 1 || c.colSpan() > 1
                        ? "{" + c.rowSpan() + "x" + c.colSpan() + "}"
                        : ""))
        .collect(Collectors.joining("|"));
  }

  static List<String> rows(Block.Grid g) {
    return g.rows().stream().map(RealCorpus::row).toList();
  }
}
