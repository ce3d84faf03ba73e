package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static Path example(String name) {
    return Path.of("..", "examples", "data", name).toAbsolutePath().normalize();
  }

  @Test
  void rendersTheChosenFormats() {
    int code =
        run(
            new RenderCommand(),
            example("tianshan-county-urban-management-2025.yaml").toString(),
            "--to",
            "text,json,xlsx",
            "--out",
            tmp.toString(),
            "--data-dir",
            tmp.resolve("home").toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(tmp.resolve("tianshan-county-urban-management-2025.txt")).exists();
    assertThat(tmp.resolve("tianshan-county-urban-management-2025.json")).exists();
    assertThat(tmp.resolve("tianshan-county-urban-management-2025.xlsx")).exists();
    assertThat(out.toString()).contains("已写出");
  }

  @Test
  void invalidDataListsItsProblemsAndWritesNothing() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    String yaml =
        Files.readString(example("tianshan-county-urban-management-2025.yaml"))
            .replace("amount: 210.00, lastYear: 200.00", "amount: -210.00, lastYear: 200.00");
    Files.writeString(bad, yaml);
    Path dir = tmp.resolve("out");
    int code =
        run(
            new RenderCommand(),
            bad.toString(),
            "--to",
            "text",
            "--out",
            dir.toString(),
            "--data-dir",
            tmp.resolve("home").toString());
    assertThat(code).isEqualTo(ExitCode.PROBLEMS);
    assertThat(err.toString()).contains("items[0].amount").contains("未输出任何文件");
    assertThat(dir).doesNotExist();
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    int code =
        run(
            new RenderCommand(),
            example("tianshan-county-urban-management-2025.yaml").toString(),
            "--to",
            "odt",
            "--data-dir",
            tmp.resolve("home").toString());
    assertThat(code).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void templateWritesAWorkbookThatRenderReadsBack() {
    Path book = tmp.resolve("budget.xlsx");
    int code =
        run(
            new TemplateCommand(),
            "--out",
            book.toString(),
            "--from",
            example("kizilsu-government-office-2024.yaml").toString(),
            "--data-dir",
            tmp.resolve("home").toString());
    assertThat(code).as(err.toString()).isZero();
    int render =
        run(
            new RenderCommand(),
            book.toString(),
            "--to",
            "text",
            "--out",
            tmp.toString(),
            "--data-dir",
            tmp.resolve("home").toString());
    assertThat(render).as(err.toString()).isZero();
    assertThat(tmp.resolve("budget.txt")).exists();
  }
}
