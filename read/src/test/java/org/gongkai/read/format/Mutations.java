package org.gongkai.read.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.LayoutReader;

/**
 * Seeded mutations of a file for the readers' fuzz tests: flipped bytes, a cut, a hole, a repeated
 * run, inserted noise, a zeroed run. The same seed gives the same mutant, so a failure reproduces.
 */
public final class Mutations {

  /** How long one mutant may take to read. */
  public static final Duration BOUND = Duration.ofSeconds(5);

  private Mutations() {}

  public static byte[] mutate(byte[] base, long seed) {
    Random r = new Random(seed);
    byte[] b = base.clone();
    int kind = (int) (seed % 6);
    int n = b.length;
    if (n < 8) {
      return b;
    }
    int at = r.nextInt(n);
    int len = 1 + r.nextInt(Math.max(1, Math.min(4096, n - at)));
    return switch (kind) {
      case 0 -> {
        for (int i = 0; i < 1 + r.nextInt(32); i++) {
          b[r.nextInt(n)] ^= (byte) (1 << r.nextInt(8));
        }
        yield b;
      }
      case 1 -> Arrays.copyOf(b, at);
      case 2 -> concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(n, at + len), n));
      case 3 -> concat(Arrays.copyOf(b, Math.min(n, at + len)), Arrays.copyOfRange(b, at, n));
      case 4 -> {
        byte[] noise = new byte[len];
        r.nextBytes(noise);
        yield concat(concat(Arrays.copyOf(b, at), noise), Arrays.copyOfRange(b, at, n));
      }
      default -> {
        Arrays.fill(b, at, Math.min(n, at + len), (byte) 0);
        yield b;
      }
    };
  }

  private static byte[] concat(byte[] a, byte[] c) {
    byte[] out = Arrays.copyOf(a, a.length + c.length);
    System.arraycopy(c, 0, out, a.length, c.length);
    return out;
  }

  /**
   * Reads a mutant and checks what every reader promises: it returns within the bound, throws
   * nothing, and an empty layout comes with a reason.
   */
  public static Layout check(LayoutReader reader, byte[] bytes, String name) {
    Layout l = assertTimeoutPreemptively(BOUND, () -> reader.read(bytes, name), name);
    assertThat(l).isNotNull();
    if (l.isEmpty()) {
      assertThat(l.diagnostics()).as(name).anyMatch(d -> d.severity() != Diagnostic.Severity.INFO);
    }
    return l;
  }
}
