package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public read API and the admin writes, over real HTTP. */
class GroupsApiTest {
  private ApiServer api;

  @BeforeEach
  void start() throws Exception {
    api = new ApiServer();
    ApiServer.Reply r =
        api.importJson(
            Map.of(
                "districtOffices", List.of(Fixtures.office()),
                "contactPoints", List.of(Fixtures.contactPoint()),
                "groups",
                    List.of(
                        Fixtures.fullGroup(),
                        Fixtures.group(
                            "angst-oslo", "Angst og uro", "0301", "digital", List.of("angst")),
                        Fixtures.group("kladd", "Kladd", "0301", "digital", List.of("angst"))
                            .withPublished(false))));
    assertThat(r.status()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void importReportsCountsPerType() {
    ApiServer.Reply r =
        api.importJson(
            Map.of(
                "groups", List.of(Fixtures.group("ny", "Ny", "0301", "digital", List.of("sorg")))));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().at("/imported/groups").asInt()).isEqualTo(1);
    assertThat(r.body().at("/imported/contactPoints").asInt()).isZero();
  }

  @Test
  void importedGroupsAreSearchableWithTheContractsFields() {
    ApiServer.Reply r = api.get("/api/v1/groups?q=etterlatne&kommune=4602");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("total").asLong()).isEqualTo(1);
    JsonNode hit = r.body().at("/hits/0");
    assertThat(hit.get("id").asText()).isEqualTo("sorggruppe-kinn");
    assertThat(hit.get("kommune").asText()).isEqualTo("Kinn");
    assertThat(hit.get("kommunenummer").asText()).isEqualTo("4602");
    assertThat(hit.get("themes")).hasSize(2);
    assertThat(r.body().get("page").asInt()).isEqualTo(1);
    assertThat(r.body().get("size").asInt()).isEqualTo(20);
    assertThat(r.body().get("facets").fieldNames())
        .toIterable()
        .containsExactly("theme", "language", "kommune", "fylke", "format");
  }

  @Test
  void repeatedParametersAreOr() {
    ApiServer.Reply r = api.get("/api/v1/groups?theme=angst&theme=sorg");
    assertThat(r.body().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void postnummerGivesDistances() {
    ApiServer.Reply r = api.get("/api/v1/groups?postnummer=6900&sort=distance&radiusKm=50");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().at("/hits/0/id").asText()).isEqualTo("sorggruppe-kinn");
    assertThat(r.body().at("/hits/0/distanceKm").asDouble()).isLessThan(5);
    // Digital groups are open to every visitor, so they follow the local ones, with no distance.
    assertThat(r.body().at("/hits/1/id").asText()).isEqualTo("angst-oslo");
    assertThat(r.body().at("/hits/1/distanceKm").isMissingNode()).isTrue();
    ApiServer.Reply local =
        api.get("/api/v1/groups?postnummer=6900&radiusKm=50&format=physical&format=hybrid");
    assertThat(local.body().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void unpublishedGroupsAreAbsentFromEveryPublicRead() {
    assertThat(api.get("/api/v1/groups?kommune=0301").body().get("total").asLong()).isEqualTo(1);
    assertThat(api.get("/api/v1/groups/kladd").status()).isEqualTo(404);
  }

  @Test
  void groupDetailHasEveryFieldAndItsPlace() {
    ApiServer.Reply r = api.get("/api/v1/groups/sorggruppe-kinn");
    assertThat(r.status()).isEqualTo(200);
    Group expected = Fixtures.fullGroup();
    assertThat(r.body().get("title").asText()).isEqualTo(expected.title());
    assertThat(r.body().at("/contact/email").asText()).isEqualTo("ola@example.org");
    assertThat(r.body().get("lastVerified").asText()).isEqualTo("2026-03-14");
    assertThat(r.body().get("fylke").asText()).isEqualTo("Vestland");
  }

  @Test
  void unknownGroupIs404Json() {
    ApiServer.Reply r = api.get("/api/v1/groups/finnes-ikke");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().get("error").asText()).isEqualTo("Not found");
  }

  @Test
  void deleteNeedsTheTokenThenRemoves() {
    assertThat(api.delete("/api/v1/groups/angst-oslo", null).status()).isEqualTo(401);
    assertThat(api.delete("/api/v1/groups/angst-oslo", "wrong-token").status()).isEqualTo(401);
    assertThat(api.get("/api/v1/groups/angst-oslo").status()).isEqualTo(200);
    assertThat(api.delete("/api/v1/groups/angst-oslo", ApiServer.TOKEN).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/groups/angst-oslo").status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/groups/angst-oslo", ApiServer.TOKEN).status()).isEqualTo(404);
  }

  @Test
  void contactPointsAndDistrictOfficesForAKommune() {
    ApiServer.Reply cps = api.get("/api/v1/contact-points?kommune=4602");
    assertThat(cps.body().at("/contactPoints/0/id").asText()).isEqualTo("frivilligsentralen-kinn");
    assertThat(api.get("/api/v1/contact-points?kommune=0301").body().get("contactPoints"))
        .isEmpty();
    ApiServer.Reply offices = api.get("/api/v1/district-offices?kommune=4602");
    assertThat(offices.body().at("/districtOffices/0/id").asText()).isEqualTo("vest");
    assertThat(api.get("/api/v1/district-offices?fylke=03").body().get("districtOffices"))
        .isEmpty();
    assertThat(api.get("/api/v1/district-offices?kommune=4602&fylke=03").status()).isEqualTo(400);
  }

  @Test
  void readsAreOpenToEveryOriginButOnlyForGet() {
    assertThat(api.get("/api/v1/groups").header("Access-Control-Allow-Origin")).isEqualTo("*");
    ApiServer.Reply preflight =
        api.send(
            java.net.http.HttpRequest.newBuilder(api.uri("/api/v1/import"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://kommune.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
    assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET");
  }

  @Test
  void suggestAnswersWithAList() {
    ApiServer.Reply r = api.get("/api/v1/suggest?q=sor");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("suggestions").isArray()).isTrue();
  }

  @Test
  void clientsOfferingAnHttp2UpgradeAreAnsweredPromptly() throws Exception {
    // java.net.http's default client asks to upgrade to h2c; the server must answer in HTTP/1.1.
    java.net.http.HttpClient http2 =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_2)
            .build();
    for (String method : List.of("GET", "POST")) {
      var request =
          java.net.http.HttpRequest.newBuilder(
                  api.uri(method.equals("GET") ? "/health" : "/api/v1/import"))
              .timeout(java.time.Duration.ofSeconds(5))
              .header("Content-Type", "application/json")
              .method(
                  method,
                  method.equals("GET")
                      ? java.net.http.HttpRequest.BodyPublishers.noBody()
                      : java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
              .build();
      var response = http2.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(method).isIn(200, 401);
    }
  }

  @Test
  void reindexNeedsTheTokenRunsInTheBackgroundAndReportsProgress() {
    assertThat(api.post("/api/v1/admin/reindex", "", null).status()).isEqualTo(401);
    ApiServer.Reply started = api.post("/api/v1/admin/reindex", "", ApiServer.TOKEN);
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.body().get("state").asText()).isIn("running", "done");
    ServerProcess.waitFor(
        () ->
            "done"
                .equals(
                    api.send(
                            java.net.http.HttpRequest.newBuilder(api.uri("/api/v1/admin/reindex"))
                                .header("Authorization", "Bearer " + ApiServer.TOKEN)
                                .GET()
                                .build())
                        .body()
                        .get("state")
                        .asText()),
        java.time.Duration.ofSeconds(30),
        "the reindex to finish");
    assertThat(api.get("/api/v1/groups?q=etterlatne").body().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void healthIsUpWithCounts() {
    ApiServer.Reply r = api.get("/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("status").asText()).isEqualTo("UP");
    assertThat(r.body().get("groups").asLong()).isEqualTo(3);
  }

  @Test
  void apiIs503UntilReady() {
    api.readiness.starting("rebuilding index");
    assertThat(api.get("/health").status()).isEqualTo(503);
    ApiServer.Reply r = api.get("/api/v1/groups");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("Retry-After")).isEqualTo("5");
  }
}
