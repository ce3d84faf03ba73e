package org.gongkai.read.catalogue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Chinese texts of the catalogue importer and of the {@code gongkai catalogue} command, from
 * {@code org/gongkai/read/messages.properties} (keys beginning with {@code catalogue.}).
 */
public final class CatalogueMessages {

  private static final String BUNDLE = "org.gongkai.read.messages";

  private CatalogueMessages() {}

  /** The message for a key, its {@code {0}}… placeholders filled with the arguments. */
  public static String format(String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing message " + key + " in " + BUNDLE, e);
    }
    // Arguments are formatted as text: MessageFormat would print the year 2024 as "2,024".
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, Locale.ROOT).format(text);
  }
}
