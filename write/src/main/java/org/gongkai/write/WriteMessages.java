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
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** True when the bundle has the key. */
  public static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }
}
