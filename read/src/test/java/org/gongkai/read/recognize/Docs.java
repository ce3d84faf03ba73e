package org.gongkai.read.recognize;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TidyCells;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.LayoutProfiles;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.text.TextLayoutReader;

/** Small documents in the text form, read with the Xinjiang profile, for the recogniser tests. */
final class Docs {

  static final LayoutProfile XINJIANG = LayoutProfiles.byId("xinjiang-unit-budget").orElseThrow();
  private static final Recognizer RECOGNIZER = new Recognizer(XINJIANG);

  /** 表3's header rows, as the seed prints them (spaced out, over three rows). */
  static final String EXPENDITURE_HEADER =
      "项 目\t\t\t支出预算\t\t\t\n"
          + "功能分类科目 编码\t\t\t功 能 分 类 科 目 名 称\t合 计\t基本支出\t项目支出\n"
          + "类\t款\t项\t\t\t\t\n";

  private Docs() {}

  static Layout layout(String text) {
    return new TextLayoutReader().read(text.getBytes(StandardCharsets.UTF_8), "test.txt");
  }

  static Disclosure read(String text) {
    return RECOGNIZER.recognize(layout(text));
  }

  /** The tidy cells as CSV records (no header). */
  static List<String> cells(Disclosure d) {
    List<String> out = new ArrayList<>();
    for (TidyCells.Entry e : TidyCells.of(d).entries()) {
      out.add(e.toCsvRecord());
    }
    return out;
  }

  static List<String> codes(Disclosure d) {
    return d.diagnostics().stream().map(Diagnostic::code).toList();
  }

  static List<Diagnostic> withCode(Disclosure d, String code) {
    return d.diagnostics().stream().filter(x -> x.code().equals(code)).toList();
  }
}
