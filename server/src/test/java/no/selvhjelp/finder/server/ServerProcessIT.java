package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, started, stopped, killed and restarted on one data directory. */
class ServerProcessIT {
  private final ObjectMapper json = Json.newMapper();
  @TempDir Path data;

  @Test
  void contentImportedBeforeAStopIsFoundAfterRestart() throws Exception {
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      String body =
          json.writeValueAsString(
              Map.of(
                  "districtOffices", List.of(Fixtures.office()),
                  "contactPoints", List.of(Fixtures.contactPoint()),
                  "groups", List.of(Fixtures.fullGroup())));
      assertThat(server.post("/api/v1/import", body).statusCode()).isEqualTo(200);
      String secret = "hemmeligsokeord";
      assertThat(server.get("/api/v1/groups?q=" + secret).statusCode()).isEqualTo(200);
      assertThat(server.get("/api/v1/groups?q=" + secret + "&page=0").statusCode()).isEqualTo(400);
      assertThat(server.terminate()).isIn(0, 143);
      assertThat(server.output()).doesNotContain(secret); // visitors' search text is never logged
      assertThat(server.output()).contains("Repository closed cleanly");
    }
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      JsonNode group = json.readTree(server.get("/api/v1/groups/sorggruppe-kinn").body());
      assertThat(group.get("title").asText()).isEqualTo(Fixtures.fullGroup().title());
      assertThat(
              json.readTree(server.get("/api/v1/groups?q=etterlatne").body()).get("total").asLong())
          .isEqualTo(1);
      assertThat(server.status("/api/v1/contact-points/frivilligsentralen-kinn")).isEqualTo(200);
      assertThat(server.status("/api/v1/district-offices/vest")).isEqualTo(200);
    }
  }

  @Test
  void everyAcknowledgedImportSurvivesKillMinus9() throws Exception {
    List<String> acknowledged = new ArrayList<>();
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      for (int batch = 0; batch < 5; batch++) {
        List<Object> groups = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
          String id = "kill-" + batch + "-" + i;
          groups.add(
              Fixtures.group(
                  id,
                  "Gruppe " + batch + " " + i + " mestring",
                  "0301",
                  "digital",
                  List.of("angst")));
          acknowledged.add(id);
        }
        assertThat(
                server
                    .post("/api/v1/import", json.writeValueAsString(Map.of("groups", groups)))
                    .statusCode())
            .isEqualTo(200);
      }
      server.kill();
    }
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      JsonNode health = json.readTree(server.get("/health").body());
      assertThat(health.get("groups").asLong()).isEqualTo(acknowledged.size());
      for (String id : List.of(acknowledged.get(0), acknowledged.get(250), acknowledged.get(499))) {
        assertThat(server.status("/api/v1/groups/" + id)).as(id).isEqualTo(200);
      }
      JsonNode all = json.readTree(server.get("/api/v1/groups?q=mestring&size=1").body());
      assertThat(all.get("total").asLong()).isEqualTo(acknowledged.size());
    }
  }

  @Test
  void demoContentLoadsOnceAndDeletionsStick() throws Exception {
    long total;
    try (ServerProcess server = ServerProcess.start(data)) {
      JsonNode all = json.readTree(server.get("/api/v1/groups?size=1").body());
      total = all.get("total").asLong();
      assertThat(total)
          .isGreaterThanOrEqualTo(290); // 300+ groups, a few of them unpublished drafts
      assertThat(all.at("/facets/fylke")).hasSize(15);
      String firstId = all.at("/hits/0/id").asText();
      var delete =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create(
                      "http://127.0.0.1:" + server.port + "/api/v1/groups/" + firstId))
              .header("Authorization", "Bearer " + ServerProcess.TOKEN)
              .DELETE()
              .build();
      assertThat(
              java.net.http.HttpClient.newBuilder()
                  .version(java.net.http.HttpClient.Version.HTTP_1_1)
                  .build()
                  .send(delete, java.net.http.HttpResponse.BodyHandlers.discarding())
                  .statusCode())
          .isEqualTo(204);
      server.terminate();
    }
    try (ServerProcess server = ServerProcess.start(data)) {
      assertThat(json.readTree(server.get("/api/v1/groups?size=1").body()).get("total").asLong())
          .isEqualTo(total - 1);
    }
  }
}
