package org.gongkai.write;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The writer's Chinese text (resource bundle {@code org/gongkai/write/messages.properties}): the
 * statements, headings and sentence patterns of the documents it writes, and its error messages.
 */
public final class WriteMessages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.gongkai.write.messages", Locale.ROOT);

  private WriteMessages() {}

  /** The text of a key with its arguments filled in ({@link MessageFormat} patterns). */
  public static String format(String key, Object... args) {
    String pattern = BUNDLE.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    // Numbers are printed as given (a year is 2024, never 2,024): callers format money themselves.
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      plain[i] =
          a instanceof java.math.BigDecimal bd
              ? bd.toPlainString()
              : a instanceof Number n ? n.toString() : a;
    }
    return new MessageFormat(pattern, Locale.ROOT).format(plain);
  }

  /** True when the bundle has the key. */
  public static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }
}
