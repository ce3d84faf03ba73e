package org.gongkai.app;

import java.nio.file.Path;

/** The user's data folder: {@code --data-dir}, else {@code $GONGKAI_HOME}, else ~/.local/share. */
final class DataFolder {
  private DataFolder() {}

  static Path resolve(Path given) {
    if (given != null) {
      return given;
    }
    String home = System.getenv("GONGKAI_HOME");
    return home != null && !home.isBlank()
        ? Path.of(home)
        : Path.of(System.getProperty("user.home"), ".local", "share", "gongkai");
  }
}
