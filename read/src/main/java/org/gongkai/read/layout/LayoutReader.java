package org.gongkai.read.layout;

/**
 * Turns the bytes of one document format into a {@link Layout}. One implementation per format; a
 * new format is a new reader and nothing else changes.
 *
 * <p>A reader never throws on bad content: it returns what it could read and says in the layout's
 * diagnostics what it could not. Everything it derives is bounded by {@link ReadLimits}.
 */
public interface LayoutReader {

  /**
   * Reads a document.
   *
   * @param bytes the document's bytes
   * @param fileName the name to use in diagnostics (and as a hint to the format)
   */
  Layout read(byte[] bytes, String fileName);
}
