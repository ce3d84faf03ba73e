package org.gongkai.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own Chinese messages (bundle {@code org.gongkai.app.messages}). */
final class Text {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.gongkai.app.messages", Locale.ROOT);

  private Text() {}

  static String get(String key, Object... args) {
    String pattern = BUNDLE.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // Numbers print as written (no grouping): years and counts, not amounts.
      plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
    }
    return f.format(plain);
  }
}
