package org.gongkai.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Metadata;
import org.gongkai.model.SourceRef;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.LayoutProfiles;
import org.gongkai.read.format.Format;
import org.gongkai.read.format.FormatDetector;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.ReadLimits;
import org.gongkai.read.recognize.Recognizer;

/**
 * Reads a disclosure from a file or bytes: picks the reader for the format, the layout profile that
 * fits (or the one asked for), and returns the disclosure with everything noticed while reading.
 * Bad content never throws: it is parsed as far as it goes and the rest is listed in the
 * diagnostics; only a file that cannot be opened or read throws {@link
 * UnreadableDocumentException}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult r = new DisclosureReader().read(Path.of("budget.txt"));
 * if (!r.usable()) { ... exit 2 ... }
 * TidyCells.of(r.disclosure()).toCsv();
 * }</pre>
 */
public final class DisclosureReader {

  /** INFO: the profile used. Args: profile id, score. */
  static final String PROFILE_USED = "read.profile.used";

  /** WARNING: no profile fits; the first was used. Args: profile id. */
  static final String PROFILE_NONE = "read.profile.none";

  /** ERROR: a format no reader handles yet. Args: file, format. */
  static final String FORMAT_UNSUPPORTED = "read.format.unsupported";

  /** WARNING: only part of a file was read. Args: file, limit, true size. */
  static final String LIMIT_BYTES = "read.limit.bytes";

  static final String[] CODES = {PROFILE_USED, PROFILE_NONE, FORMAT_UNSUPPORTED, LIMIT_BYTES};

  private final List<LayoutProfile> profiles;
  private final Map<String, Recognizer> recognizers = new LinkedHashMap<>();
  private final ReadLimits limits;
  private final LayoutReaders readers;

  /** A reader with the built-in layout profiles and default limits. */
  public DisclosureReader() {
    this(LayoutProfiles.all(), ReadLimits.DEFAULT);
  }

  public DisclosureReader(List<LayoutProfile> profiles, ReadLimits limits) {
    if (profiles.isEmpty()) {
      throw new IllegalArgumentException("at least one layout profile is needed");
    }
    this.profiles = List.copyOf(profiles);
    this.limits = limits;
    this.readers = new LayoutReaders(limits);
    for (LayoutProfile p : this.profiles) {
      recognizers.put(p.id(), new Recognizer(p, limits));
    }
  }

  public List<LayoutProfile> profiles() {
    return profiles;
  }

  /** Reads a file, detecting its layout. */
  public ReadResult read(Path file) throws UnreadableDocumentException {
    return read(file, null);
  }

  /**
   * Reads a file with the given layout profile (null: detect it).
   *
   * @throws UnreadableDocumentException when the file cannot be opened or read
   * @throws IllegalArgumentException when the profile id is not one of this reader's
   */
  public ReadResult read(Path file, String profileId) throws UnreadableDocumentException {
    checkProfile(profileId);
    long size;
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableDocumentException(
            file, ReadMessages.format("read.file.directory"), null);
      }
      size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(size, limits.maxBytes()));
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException(file, ReadMessages.format("read.file.missing"), e);
    } catch (AccessDeniedException e) {
      throw new UnreadableDocumentException(file, ReadMessages.format("read.file.denied"), e);
    } catch (UnreadableDocumentException e) {
      throw e;
    } catch (IOException | SecurityException e) {
      throw new UnreadableDocumentException(file, String.valueOf(e.getMessage()), e);
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<Diagnostic> pre = new ArrayList<>();
    if (size > bytes.length) {
      pre.add(
          Diagnostic.of(
              Severity.WARNING, LIMIT_BYTES, SourceRef.NONE, name, limits.maxBytes(), size));
    }
    return read(bytes, name, profileId, pre);
  }

  /** Reads bytes, detecting the layout. */
  public ReadResult read(byte[] bytes, String name) {
    return read(bytes, name, null);
  }

  /**
   * Reads bytes with the given layout profile (null: detect it).
   *
   * @throws IllegalArgumentException when the profile id is not one of this reader's
   */
  public ReadResult read(byte[] bytes, String name, String profileId) {
    checkProfile(profileId);
    return read(bytes, name, profileId, List.of());
  }

  private ReadResult read(byte[] bytes, String name, String profileId, List<Diagnostic> pre) {
    Format format = FormatDetector.detect(bytes, name);
    if (!format.readable()) {
      List<Diagnostic> ds = new ArrayList<>(pre);
      ds.add(
          Diagnostic.of(Severity.ERROR, FORMAT_UNSUPPORTED, SourceRef.NONE, name, format.label()));
      return new ReadResult(name, empty(ds), ds, false, "");
    }
    Layout layout = readers.read(format, bytes, name);
    List<Diagnostic> head = new ArrayList<>(pre);
    LayoutProfile profile;
    if (profileId != null) {
      profile = recognizers.get(profileId).profile();
      head.add(Diagnostic.of(Severity.INFO, PROFILE_USED, SourceRef.NONE, profile.id(), "-"));
    } else {
      Recognizer.Detection d = Recognizer.detectWith(layout, List.copyOf(recognizers.values()));
      profile = d.profile();
      head.add(
          d.score() > 0
              ? Diagnostic.of(Severity.INFO, PROFILE_USED, SourceRef.NONE, profile.id(), d.score())
              : Diagnostic.of(Severity.WARNING, PROFILE_NONE, SourceRef.NONE, profile.id()));
    }
    head.addAll(layout.diagnostics());
    Layout withHead = new Layout(layout.blocks(), head);
    Disclosure disclosure = recognizers.get(profile.id()).recognize(withHead);
    boolean usable = !layout.isEmpty() && Recognizer.isUsable(disclosure);
    return new ReadResult(name, disclosure, disclosure.diagnostics(), usable, encoding(layout));
  }

  private void checkProfile(String profileId) {
    if (profileId != null && !recognizers.containsKey(profileId)) {
      throw new IllegalArgumentException(
          "unknown layout profile: " + profileId + " (known: " + recognizers.keySet() + ")");
    }
  }

  private static String encoding(Layout layout) {
    for (Diagnostic d : layout.diagnostics()) {
      if (d.code().equals("read.text.encoding") && d.args().size() > 1) {
        return d.args().get(1);
      }
    }
    return "";
  }

  private static Disclosure empty(List<Diagnostic> ds) {
    return new Disclosure(
        new Metadata("", 0, null, null, null, "", "", SourceRef.NONE),
        List.of(),
        null,
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        ds);
  }
}
