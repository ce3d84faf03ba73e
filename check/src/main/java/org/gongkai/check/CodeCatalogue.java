package org.gongkai.check;

/**
 * The official classification codes a rule checks against: 支出功能分类科目 (类/款/项, by year) and
 * 部门预算支出经济分类科目 (类/款). A code the catalogue lacks is unknown unless the catalogue holds the complete
 * list for that year; rules never call an unknown code wrong.
 */
public interface CodeCatalogue {

  /** A functional classification code (3, 5 or 7 digits) in the given budget year. */
  CodeLookup function(int year, String code);

  /** An economic classification code (3 or 5 digits) in the given budget year. */
  CodeLookup economic(int year, String code);

  /** Which lists were used for this year, for the report ("2024 功能分类（部分） · 经济分类（部分）"). */
  String describe(int year);

  /** A catalogue that knows nothing: every code is unknown. */
  static CodeCatalogue none() {
    return new CodeCatalogue() {
      @Override
      public CodeLookup function(int year, String code) {
        return new CodeLookup(null, false, "");
      }

      @Override
      public CodeLookup economic(int year, String code) {
        return new CodeLookup(null, false, "");
      }

      @Override
      public String describe(int year) {
        return Messages.text("catalogue.none");
      }
    };
  }
}
