package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.selvhjelp.finder.server.demo.DemoContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import commands that README.md and docs/api.md show, run as written with curl against a
 * server with the demo content: the shipped example files import, and their ids do not collide with
 * demo ids.
 */
class ExampleFilesApiTest {
  private static final Path ROOT = Path.of("..");
  private ApiServer api;

  @BeforeEach
  void start() throws Exception {
    Assumptions.assumeTrue(
        System.getenv("CI") != null || Files.isExecutable(Path.of("/usr/bin/curl")),
        "curl is needed to run the documented commands");
    api = new ApiServer();
    api.engine.imports().importBatch(new DemoContent(api.engine.referenceData()).batch());
  }

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void theDocumentedExampleImportsRunAsWrittenAndAddToTheDemoContent() throws Exception {
    long demoGroups = api.engine.store().groupCount();
    List<String> commands = new ArrayList<>();
    commands.addAll(exampleCommands(ROOT.resolve("README.md")));
    commands.addAll(exampleCommands(ROOT.resolve("docs/api.md")));
    assertThat(commands).hasSize(3); // README's JSON import; api.md's JSON and CSV imports

    for (String command : commands) {
      JsonNode answer = api.engine.json().readTree(run(command));
      assertThat(answer.has("imported")).as(command + " answered " + answer).isTrue();
    }

    assertThat(api.engine.store().groupCount()).isEqualTo(demoGroups + 4);
    assertThat(api.engine.store().group("eksempel-sorggruppe-floro")).isPresent();
    assertThat(api.engine.store().group("eksempel-csv-ensomhet-bergen").orElseThrow().contact())
        .satisfies(c -> assertThat(c.name()).isEqualTo("Åse Ødegård"));
    for (String id :
        List.of(
            "eksempel-sorggruppe-floro",
            "eksempel-angst-digital",
            "eksempel-csv-ensomhet-bergen",
            "eksempel-csv-mestring-tromso")) {
      assertThat(api.get("/api/v1/groups/" + id).status()).as(id).isEqualTo(200);
    }
  }

  /** The curl commands (with their continuation lines) that send a file from docs/examples. */
  private static List<String> exampleCommands(Path doc) throws IOException {
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    List<String> commands = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("curl ")) {
        continue;
      }
      StringBuilder command = new StringBuilder();
      int j = i;
      while (lines.get(j).endsWith("\\")) {
        command.append(lines.get(j), 0, lines.get(j).length() - 1).append(' ');
        j++;
      }
      command.append(lines.get(j));
      if (command.toString().contains("@docs/examples/")) {
        commands.add(command.toString());
      }
    }
    return commands;
  }

  private String run(String command) throws Exception {
    String local = command.replace("http://127.0.0.1:8080", "http://127.0.0.1:" + api.http.port());
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", local).directory(ROOT.toFile());
    pb.environment().put("TOKEN", ApiServer.TOKEN);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(command).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
