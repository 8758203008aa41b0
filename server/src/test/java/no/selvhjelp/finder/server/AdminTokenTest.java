package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {
  @TempDir Path data;

  @Test
  void tokenFromTheEnvironmentIsTheOnlyValidOne() throws Exception {
    AdminToken t =
        AdminToken.fromConfig(new ServerConfig(0, "127.0.0.1", data, false, "a-long-enough-token"));
    assertThat(t.isValid("a-long-enough-token")).isTrue();
    assertThat(t.isValid("a-long-enough-tokeN")).isFalse();
    assertThat(t.isValid("")).isFalse();
    assertThat(t.isValid(null)).isFalse();
  }

  @Test
  void generatedTokenIsPrintedOnceAndOnlyItsHashIsStored() throws Exception {
    ServerConfig config = new ServerConfig(0, "127.0.0.1", data, false, null);
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AdminToken first;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      first = AdminToken.fromConfig(config);
    } finally {
      System.setOut(original);
    }
    String printed =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.startsWith("  "))
            .findFirst()
            .orElseThrow()
            .strip();
    assertThat(first.isValid(printed)).isTrue();
    String stored = Files.readString(data.resolve(AdminToken.FILE));
    assertThat(stored).doesNotContain(printed);

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    AdminToken second;
    try {
      System.setOut(new PrintStream(again, true, StandardCharsets.UTF_8));
      second = AdminToken.fromConfig(config);
    } finally {
      System.setOut(original);
    }
    assertThat(again.toString(StandardCharsets.UTF_8)).doesNotContain(printed);
    assertThat(second.isValid(printed)).isTrue();
  }
}
