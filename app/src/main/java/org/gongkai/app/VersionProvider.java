package org.gongkai.app;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (falls back to "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Gongkai.class.getPackage().getImplementationVersion();
    return new String[] {
      "gongkai " + (v == null ? "development" : v),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
