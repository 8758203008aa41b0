package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Backup is {@code GET /api/v1/admin/export}; restore is posting that file to {@code
 * /api/v1/import} on an empty server. Everything comes back, unpublished groups included.
 */
class BackupRestoreTest {
  @Test
  void aBackupPostedToAnEmptyServerRestoresEverythingIncludingUnpublishedGroups() throws Exception {
    try (ApiServer source = new ApiServer();
        ApiServer target = new ApiServer()) {
      List<Group> groups = new ArrayList<>();
      groups.add(Fixtures.fullGroup());
      groups.add(
          Fixtures.group("utkast-1", "Utkast til gruppe", "4602", "digital", List.of("sorg"))
              .withPublished(false));
      for (int i = 0; i < 30; i++) {
        groups.add(
            Fixtures.group(
                "backup-" + i, "Gruppe " + i, "0301", "physical", List.of("angst", "sorg")));
      }
      assertThat(
              source
                  .importJson(
                      Map.of(
                          "districtOffices", List.of(Fixtures.office()),
                          "contactPoints", List.of(Fixtures.contactPoint()),
                          "groups", groups))
                  .status())
          .isEqualTo(200);

      WebClient web = new WebClient(source);
      assertThat(web.get("/api/v1/admin/export").statusCode()).isEqualTo(401);
      HttpResponse<String> backup =
          web.get("/api/v1/admin/export", "Authorization", "Bearer " + ApiServer.TOKEN);
      assertThat(backup.statusCode()).isEqualTo(200);
      assertThat(backup.headers().firstValue("Cache-Control")).hasValue("no-store");

      ApiServer.Reply restored = target.post("/api/v1/import", backup.body(), ApiServer.TOKEN);
      assertThat(restored.status()).isEqualTo(200);

      assertThat(everyGroup(target)).isEqualTo(everyGroup(source)).hasSize(groups.size());
      assertThat(target.engine.store().group("utkast-1"))
          .hasValueSatisfying(g -> assertThat(g.publiclyVisible()).isFalse());
      assertThat(target.engine.store().contactPoints())
          .isEqualTo(source.engine.store().contactPoints());
      assertThat(target.engine.store().districtOffices())
          .isEqualTo(source.engine.store().districtOffices());
      // Searchable on the restored server, and a second backup is the same document.
      assertThat(target.get("/api/v1/groups?q=gruppe&size=1").body().get("total").asLong())
          .isGreaterThanOrEqualTo(30);
      HttpResponse<String> again =
          new WebClient(target)
              .get("/api/v1/admin/export", "Authorization", "Bearer " + ApiServer.TOKEN);
      assertThat(target.engine.json().readTree(again.body()))
          .isEqualTo(source.engine.json().readTree(backup.body()));
    }
  }

  private static Map<String, Group> everyGroup(ApiServer server) {
    Map<String, Group> all = new LinkedHashMap<>();
    server.engine.store().forEachGroup(g -> all.put(g.id(), g));
    return new java.util.TreeMap<>(all);
  }
}
