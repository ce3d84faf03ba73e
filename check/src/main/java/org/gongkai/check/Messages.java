package org.gongkai.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The checker's Chinese texts, from {@code org/gongkai/check/messages.properties} (UTF-8). Loaded
 * once; formatting happens only when a finding is made, so the passing path allocates nothing here.
 */
public final class Messages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.gongkai.check.messages", Locale.ROOT);

  // parsing a pattern costs more than formatting with it: keep one parsed copy per key and format
  // with a clone (MessageFormat is not thread-safe)
  private static final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Messages() {}

  /** True when the bundle has this key. */
  public static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }

  /** The text under this key; the key itself when missing (so a gap shows, never crashes). */
  public static String text(String key) {
    try {
      return BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The text under this key formatted with {@link MessageFormat}. */
  public static String format(String key, Object... args) {
    if (args == null || args.length == 0) {
      return text(key);
    }
    MessageFormat parsed =
        PARSED.computeIfAbsent(key, k -> new MessageFormat(text(k), Locale.ROOT));
    return ((MessageFormat) parsed.clone()).format(args);
  }

  /**
   * A reason for a not-applicable or insufficient-data outcome: the text of {@code reason.<key>}
   * when the bundle has it, else the given text itself.
   */
  public static String reason(String keyOrText, Object... args) {
    String key = "reason." + keyOrText;
    return has(key) ? format(key, args) : keyOrText;
  }
}
