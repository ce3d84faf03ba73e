package org.gongkai.check.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;

/** Damages one indicator of one sheet of the clean document. */
final class SheetEdits {

  private SheetEdits() {}

  /** The clean document with the named indicator of the named sheet replaced. */
  static Disclosure withIndicator(
      String project, String indicator, UnaryOperator<Indicator> change) {
    DocBuilder b = TestDisclosures.clean();
    b.sheet(
        project,
        s -> {
          List<Indicator> list = new ArrayList<>();
          boolean found = false;
          for (Indicator i : s.indicators()) {
            if (i.name().equals(indicator)) {
              list.add(change.apply(i));
              found = true;
            } else {
              list.add(i);
            }
          }
          if (!found) {
            throw new IllegalArgumentException(indicator);
          }
          return DocBuilder.withIndicators(s, list);
        });
    return b.build();
  }

  /** A new indicator with the same levels and weight. */
  static UnaryOperator<Indicator> as(String name, String target) {
    return i -> DocBuilder.indicator(i.level1(), i.level2(), name, target, i.weight().intValue());
  }

  static UnaryOperator<Indicator> levels(String level1, String level2) {
    return i -> DocBuilder.indicator(level1, level2, i.name(), i.target(), i.weight().intValue());
  }

  static UnaryOperator<Indicator> weight(int w) {
    return i -> DocBuilder.indicator(i.level1(), i.level2(), i.name(), i.target(), w);
  }
}
