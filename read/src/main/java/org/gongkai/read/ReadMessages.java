package org.gongkai.read;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gongkai.model.Diagnostic;

/**
 * The Chinese messages of the reading stage, from {@code org/gongkai/read/messages.properties}; a
 * diagnostic's code is its key.
 */
public final class ReadMessages {

  private static final String BUNDLE = "org.gongkai.read.messages";

  private ReadMessages() {}

  /** The message of a diagnostic, its arguments filled in (without its location). */
  public static String format(Diagnostic d) {
    return format(d.code(), d.args().toArray());
  }

  /** The message of a diagnostic with its location first, when it has one: "第157行：…". */
  public static String formatWithPlace(Diagnostic d) {
    String place = d.source().toString();
    return place.isEmpty() ? format(d) : place + "：" + format(d);
  }

  /** The message for a key; the key itself when the bundle lacks it. */
  public static String format(String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
      return new MessageFormat(pattern, Locale.ROOT).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** True when the bundle has a message for the key. */
  public static boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).containsKey(key);
  }
}
