package org.gongkai.model.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layout profiles shipped as resources under {@code org/gongkai/profiles/}, listed in {@code
 * index.txt} there. Loaded once; immutable.
 */
public final class LayoutProfiles {

  private static final String DIR = "org/gongkai/profiles/";
  private static final List<LayoutProfile> BUILT_IN = loadBuiltIn();

  private LayoutProfiles() {}

  /** All shipped profiles, in index order. */
  public static List<LayoutProfile> all() {
    return BUILT_IN;
  }

  public static Optional<LayoutProfile> byId(String id) {
    return BUILT_IN.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Reads one profile from YAML. */
  public static LayoutProfile read(InputStream yaml) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    return mapper.readValue(yaml, LayoutProfile.class);
  }

  private static List<LayoutProfile> loadBuiltIn() {
    ClassLoader cl = LayoutProfiles.class.getClassLoader();
    List<LayoutProfile> out = new ArrayList<>();
    try (InputStream index = cl.getResourceAsStream(DIR + "index.txt")) {
      if (index == null) {
        return List.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        try (InputStream in = cl.getResourceAsStream(DIR + name)) {
          if (in == null) {
            throw new IllegalStateException("profile listed in index.txt is missing: " + name);
          }
          out.add(read(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in layout profiles", e);
    }
    return List.copyOf(out);
  }
}
