package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built server on a real PostgreSQL (a throwaway cluster started here): content imported
 * through the API survives a restart, and survives even a restart on an empty data directory, which
 * proves it lives in the database and not on local disk. In CI (env {@code CI} set) a missing
 * PostgreSQL fails the test; elsewhere it is skipped with a message.
 */
class PostgresRepositoryIT {
  private static PostgresCluster postgres;
  private final ObjectMapper json = Json.newMapper();

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = PostgresCluster.startForTest();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  private String[] args() {
    return new String[] {
      "--no-demo",
      "--repository",
      "postgres",
      "--jdbc-url",
      postgres.jdbcUrl(),
      "--jdbc-user",
      PostgresCluster.USER
    };
  }

  @Test
  void contentImportedOnPostgresSurvivesARestartOnAnEmptyDataDirectory(
      @TempDir Path first, @TempDir Path second) throws Exception {
    List<Object> groups = new ArrayList<>();
    groups.add(Fixtures.fullGroup());
    for (int i = 0; i < 50; i++) {
      groups.add(
          Fixtures.group(
              "pg-" + i, "Zebrafinke samtalegruppe " + i, "0301", "digital", List.of("angst")));
    }
    String body =
        json.writeValueAsString(
            Map.of(
                "districtOffices", List.of(Fixtures.office()),
                "contactPoints", List.of(Fixtures.contactPoint()),
                "groups", groups));
    try (ServerProcess server = ServerProcess.start(first, args())) {
      assertThat(server.post("/api/v1/import", body).statusCode()).isEqualTo(200);
      assertFound(server, groups.size());
      assertThat(server.terminate()).isIn(0, 143);
      assertThat(server.output()).contains("Repository closed cleanly");
    }
    // The bundles are rows in PostgreSQL, not files in the data directory.
    assertThat(Long.parseLong(postgres.psql("select count(*) from pm_selvhjelp_bundle").strip()))
        .isGreaterThan(groups.size());
    assertThat(Files.exists(first.resolve("repository/workspaces/selvhjelp/db"))).isFalse();

    // A restart on a new data directory, with nothing on local disk: both indexes are rebuilt
    // from the database, and everything is there.
    try (ServerProcess server = ServerProcess.start(second, args())) {
      assertFound(server, groups.size());
      JsonNode group = json.readTree(server.get("/api/v1/groups/sorggruppe-kinn").body());
      assertThat(group.get("title").asText()).isEqualTo(Fixtures.fullGroup().title());
    }
  }

  private void assertFound(ServerProcess server, int groups) throws Exception {
    JsonNode health = json.readTree(server.get("/health").body());
    assertThat(health.get("groups").asLong()).isEqualTo(groups);
    JsonNode search = json.readTree(server.get("/api/v1/groups?q=zebrafinke&size=1").body());
    assertThat(search.get("total").asLong()).isEqualTo(groups - 1);
    assertThat(server.status("/api/v1/contact-points/frivilligsentralen-kinn")).isEqualTo(200);
    assertThat(server.status("/api/v1/district-offices/vest")).isEqualTo(200);
  }
}
