package org.gongkai.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 2, item 7: bad input never throws past the I/O boundary; what can be read is read. */
class BadInputTest {

  private static final String SMALL =
      "某某局\n2024 年单位预算公开\n\n"
          + "表 3 单位支出总体情况表\n编制单位：某某局\n单位：万元\n"
          + "项 目\t\t\t支出预算\t\t\t\n"
          + "功能分类科目 编码\t\t\t功 能 分 类 科 目 名 称\t合 计\t基本支出\t项目支出\n"
          + "类\t款\t项\t\t\t\t\n"
          + "201\t\t\t一般公共服务支出\t30.00\t10.00\t20.00\n"
          + "\t\t\t合 计\t30.00\t10.00\t20.00\n"
          + "\n"
          + "表 5 一般公共预算支出情况表\n单位：万元\n"
          + "项 目\t\t\t一般公共预算支出\t\t\t\n"
          + "功能分类科目 编码\t\t\t功能分类科目名称\t合 计\t基本支出\t项目支出\n"
          + "类\t款\t项\t\t\t\t\n"
          + "201\t\t\t一般公共服务支出\t30.00\t10.00\t20.00\n";

  private final DisclosureReader reader = new DisclosureReader();

  private static boolean has(ReadResult r, String code) {
    return r.diagnostics().stream().anyMatch(d -> d.code().equals(code));
  }

  @Test
  void textThatIsNoDisclosureIsReadButNotUsable() {
    String novel = "第一章\n\n从前有座山，山里有座庙。\n\n庙里有个老和尚。\n";
    ReadResult r = reader.read(novel.getBytes(StandardCharsets.UTF_8), "novel.txt");
    assertThat(r.usable()).isFalse();
    assertThat(has(r, "read.document.notDisclosure")).isTrue();
    assertThat(r.disclosure().tables()).isEmpty();
  }

  @Test
  void aDisclosureIsUsableAndNamesItsLayout() {
    ReadResult r = reader.read(SMALL.getBytes(StandardCharsets.UTF_8), "small.txt");
    assertThat(r.usable()).isTrue();
    assertThat(r.disclosure().metadata().layout()).isEqualTo("xinjiang-unit-budget");
    assertThat(r.disclosure().metadata().year()).isEqualTo(2024);
    assertThat(has(r, "read.profile.used")).isTrue();
    assertThat(has(r, "read.document.notDisclosure")).isFalse();
  }

  @Test
  void anUnknownTableIsReadAndListed() {
    String text = SMALL + "\n表 12 单位人员情况表\n项目\t合计\n人数\t10\n";
    ReadResult r = reader.read(text.getBytes(StandardCharsets.UTF_8), "x.txt");
    assertThat(r.usable()).isTrue();
    assertThat(r.disclosure().tableNumber(12).orElseThrow().kind()).isEqualTo(TableKind.OTHER);
    assertThat(has(r, "read.table.unknown")).isTrue();
  }

  @Test
  void aTruncatedFileKeepsWhatItHasAndSaysWhatIsMissing() {
    byte[] whole = SMALL.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 5); // ends inside 表5's last row
    ReadResult r = reader.read(cut, "cut.txt");
    assertThat(r.usable()).isTrue();
    assertThat(r.disclosure().tables()).extracting(t -> t.number()).containsExactly(3, 5);
    assertThat(has(r, "read.document.truncated")).isTrue();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("read.table.missing"))
        .extracting(d -> d.args().get(0))
        .contains("1", "2", "4", "6", "7", "8", "9", "10");
  }

  @Test
  void aGbkFileIsDecodedAndReadLikeItsUtf8Twin() {
    ReadResult gbk = reader.read(SMALL.getBytes(Charset.forName("GBK")), "gbk.txt");
    ReadResult utf = reader.read(SMALL.getBytes(StandardCharsets.UTF_8), "utf.txt");
    assertThat(gbk.encoding()).isEqualTo("GBK");
    assertThat(utf.encoding()).isEqualTo("UTF-8");
    assertThat(org.gongkai.model.TidyCells.of(gbk.disclosure()).toCsv())
        .isEqualTo(org.gongkai.model.TidyCells.of(utf.disclosure()).toCsv());
  }

  @Test
  void emptyFilesRandomBytesAndOtherFormatsAreUnusableWithAReason() {
    byte[] noise = new byte[2048];
    new Random(11).nextBytes(noise);
    ReadResult empty = reader.read(new byte[0], "empty.txt");
    ReadResult random = reader.read(noise, "noise.bin");
    ReadResult pdf = reader.read("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1), "a.pdf");
    ReadResult rtf = reader.read("{\\rtf1 text}".getBytes(StandardCharsets.ISO_8859_1), "a.rtf");
    assertThat(empty.usable()).isFalse();
    assertThat(has(empty, "read.text.empty")).isTrue();
    assertThat(random.usable()).isFalse();
    assertThat(has(random, "read.format.unsupported")).isTrue();
    assertThat(pdf.usable()).isFalse();
    assertThat(has(pdf, "read.pdf.corrupt")).isTrue();
    assertThat(rtf.usable()).isFalse();
    assertThat(rtf.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("read.format.unsupported");
              assertThat(ReadMessages.format(d)).contains("a.rtf", "RTF");
            });
  }

  @Test
  void aFiftyMegabyteFileIsReadWithinItsBoundsAndTheTrueCountIsReported() {
    byte[] unit = SMALL.getBytes(StandardCharsets.UTF_8);
    int copies = 50 * 1024 * 1024 / unit.length + 1;
    byte[] big = new byte[unit.length * copies];
    for (int i = 0; i < copies; i++) {
      System.arraycopy(unit, 0, big, i * unit.length, unit.length);
    }
    long lines = SMALL.chars().filter(c -> c == '\n').count() * copies;
    long t0 = System.nanoTime();
    ReadResult r = reader.read(big, "big.txt");
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.usable()).isTrue();
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("read.limit.lines");
              assertThat(d.args().get(2)).isEqualTo(Long.toString(lines));
            });
    assertThat(r.diagnostics().size()).isLessThanOrEqualTo(2_001);
    assertThat(millis).as("milliseconds to read 50 MB").isLessThan(30_000);
  }

  @Test
  void aMissingFileOrADirectoryThrowsTheOneExceptionNamingTheFile(@TempDir Path dir)
      throws IOException {
    Path missing = dir.resolve("无此文件.txt");
    assertThatThrownBy(() -> reader.read(missing))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("无此文件.txt")
        .hasMessageContaining("文件不存在");
    assertThatThrownBy(() -> reader.read(dir))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining(dir.getFileName().toString());
    Path ok = dir.resolve("ok.txt");
    Files.write(ok, SMALL.getBytes(StandardCharsets.UTF_8));
    assertThat(reader.read(ok).usable()).isTrue();
    assertThat(reader.read(ok).name()).isEqualTo("ok.txt");
  }

  @Test
  void aFileLargerThanTheByteBoundIsReadInPartAndSaysSo(@TempDir Path dir) throws IOException {
    var limits = new org.gongkai.read.layout.ReadLimits(1024, 200_000, 256, 20_000, 20_000, 100);
    DisclosureReader small = new DisclosureReader(reader.profiles(), limits);
    Path f = dir.resolve("long.txt");
    byte[] bytes = (SMALL + SMALL).getBytes(StandardCharsets.UTF_8);
    Files.write(f, bytes);
    ReadResult r = small.read(f);
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("read.limit.bytes");
              assertThat(d.args())
                  .containsExactly("long.txt", "1024", Integer.toString(bytes.length));
              assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            });
  }

  @Test
  void aProfileCanBeChosenAndAnUnknownOneIsAUsageError() {
    byte[] b = SMALL.getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read(b, "x.txt", "xinjiang-unit-budget").usable()).isTrue();
    assertThatThrownBy(() -> reader.read(b, "x.txt", "no-such-layout"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-layout");
  }
}
