package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceDataApiTest {
  private static ApiServer api;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void servesAll357KommunerWithFylkeMaalformAndAttribution() {
    ApiServer.Reply r = api.get("/api/v1/kommuner");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("kommuner")).hasSize(357);
    assertThat(r.body().get("attribution").asText())
        .contains("Kartverket")
        .contains("Erik Bolstad")
        .contains("Bring");
    var voss =
        r.body().findParents("kommunenummer").stream()
            .filter(k -> k.get("kommunenummer").asText().equals("4621"))
            .findFirst()
            .orElseThrow();
    assertThat(voss.get("maalform").asText()).isEqualTo("nn");
    assertThat(voss.get("fylke").asText()).isEqualTo("Vestland");
  }

  @Test
  void servesAll15FylkerWithTheirKommuner() {
    ApiServer.Reply r = api.get("/api/v1/fylker");
    assertThat(r.body().get("fylker")).hasSize(15);
    assertThat(r.body().at("/fylker/0/fylkesnummer").asText()).isEqualTo("03");
    assertThat(r.body().at("/fylker/0/kommuner/0").asText()).isEqualTo("0301");
  }

  @Test
  void themesHaveLabelsInNbNnAndEn() {
    assertThat(api.get("/api/v1/themes").body().at("/themes/4/label").asText())
        .isEqualTo("Pårørende");
    assertThat(api.get("/api/v1/themes?lang=nn").body().at("/themes/4/label").asText())
        .isEqualTo("Pårørande");
    assertThat(api.get("/api/v1/themes?lang=en").body().at("/themes/0/label").asText())
        .isEqualTo("Anxiety");
    assertThat(api.get("/api/v1/themes").body().get("themes")).hasSize(14);
  }

  @Test
  void postnummerLooksUpKommuneAndPoint() {
    ApiServer.Reply r = api.get("/api/v1/postnummer/6900");
    assertThat(r.body().get("kommune").asText()).isEqualTo("Kinn");
    assertThat(r.body().get("poststed").asText()).isEqualTo("Florø");
    assertThat(api.get("/api/v1/postnummer/0000").status()).isEqualTo(404);
  }
}
