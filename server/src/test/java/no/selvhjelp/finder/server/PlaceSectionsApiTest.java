package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.server.demo.DemoContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's place examples over HTTP, on the demo content: the API marks each hit's section and
 * counts both, the visitor page and the embed list show Kinn's groups first and the digital ones
 * under their own heading.
 */
class PlaceSectionsApiTest {
  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    api.engine.imports().importBatch(new DemoContent(api.engine.referenceData()).batch());
    api.engine.syncIndex();
    web = new WebClient(api);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static List<JsonNode> hits(JsonNode body) {
    List<JsonNode> hits = new ArrayList<>();
    body.get("hits").forEach(hits::add);
    return hits;
  }

  @Test
  void kinnsSearchMarksLocalThenDigitalHitsAndCountsBoth() {
    ApiServer.Reply r = api.get("/api/v1/groups?kommune=4602&lang=nn&size=100");
    assertThat(r.status()).isEqualTo(200);
    long local = r.body().get("localTotal").asLong();
    long digital = r.body().get("digitalTotal").asLong();
    assertThat(local).isPositive();
    assertThat(digital).isPositive();
    assertThat(local + digital).isEqualTo(r.body().get("total").asLong());
    List<JsonNode> hits = hits(r.body());
    for (int i = 0; i < hits.size(); i++) {
      JsonNode h = hits.get(i);
      if (i < local) {
        assertThat(h.get("section").asText()).isEqualTo("local");
        assertThat(h.get("kommune").asText()).isEqualTo("Kinn");
      } else {
        assertThat(h.get("section").asText()).isEqualTo("digital");
        assertThat(h.get("format").asText()).isEqualTo("digital");
      }
    }
    // The kommune facet counts groups that meet: Kinn's count is the local total.
    JsonNode kinn = null;
    for (JsonNode v : r.body().get("facets").get("kommune")) {
      if (v.get("value").asText().equals("4602")) {
        kinn = v;
      }
    }
    assertThat(kinn).isNotNull();
    assertThat(kinn.get("count").asLong()).isEqualTo(local);
  }

  @Test
  void depressionInKinnHasKinnsGroupFirst() {
    ApiServer.Reply r = api.get("/api/v1/groups?q=depresjon&kommune=4602");
    assertThat(hits(r.body()).get(0).get("title").asText())
        .isEqualTo("Sjølvhjelpsgruppe for depresjon i Kinn");
  }

  @Test
  void finnmarkListsItsOwnGroupsFirst() {
    ApiServer.Reply r = api.get("/api/v1/groups?fylke=56&size=100");
    long local = r.body().get("localTotal").asLong();
    assertThat(local).isPositive();
    List<JsonNode> hits = hits(r.body());
    assertThat(hits.subList(0, (int) local))
        .allSatisfy(h -> assertThat(h.get("kommunenummer").asText()).startsWith("56"));
    assertThat(hits.subList((int) local, hits.size()))
        .allSatisfy(h -> assertThat(h.get("section").asText()).isEqualTo("digital"));
  }

  @Test
  void pagingRunsThroughTheLocalHitsThenTheDigitalOnes() {
    ApiServer.Reply first = api.get("/api/v1/groups?kommune=4602&size=3");
    ApiServer.Reply second = api.get("/api/v1/groups?kommune=4602&size=3&page=2");
    assertThat(hits(first.body()))
        .allSatisfy(h -> assertThat(h.get("kommune").asText()).isEqualTo("Kinn"));
    List<String> sections =
        hits(second.body()).stream().map(h -> h.get("section").asText()).toList();
    assertThat(sections).containsExactly("local", "digital", "digital");
  }

  /**
   * From Florø without a radius, no pårørende group is within 50 km: the digital ones open the
   * list, then the section "farther", Bergen before Oslo and Bodø, counted in fartherTotal.
   */
  @Test
  void wordsAndFloroPostnummerPutDigitalThenBergenBeforeOsloAndBodo() {
    ApiServer.Reply r = api.get("/api/v1/groups?q=p%C3%A5r%C3%B8rende&postnummer=6900&size=40");
    long digital = r.body().get("digitalTotal").asLong();
    assertThat(r.body().get("localTotal").asLong()).isZero();
    assertThat(digital + r.body().get("fartherTotal").asLong())
        .isEqualTo(r.body().get("total").asLong());
    List<JsonNode> all = hits(r.body());
    assertThat(all.subList(0, (int) digital))
        .allSatisfy(h -> assertThat(h.get("section").asText()).isEqualTo("digital"));
    List<JsonNode> farther = all.subList((int) digital, all.size());
    assertThat(farther).allSatisfy(h -> assertThat(h.get("section").asText()).isEqualTo("farther"));
    List<String> kommuner = farther.stream().map(h -> h.get("kommune").asText()).toList();
    assertThat(kommuner.get(0)).isEqualTo("Bergen");
    assertThat(kommuner.indexOf("Oslo")).isPositive();
    assertThat(kommuner.indexOf("Bergen")).isLessThan(kommuner.indexOf("Oslo"));
    assertThat(kommuner.indexOf("Oslo")).isLessThan(kommuner.indexOf("Bodø"));
  }

  @Test
  void withoutAPlaceTheAnswerHasNoSections() {
    ApiServer.Reply r = api.get("/api/v1/groups?q=sorg");
    assertThat(r.body().has("localTotal")).isFalse();
    assertThat(r.body().has("digitalTotal")).isFalse();
    assertThat(hits(r.body())).allSatisfy(h -> assertThat(h.has("section")).isFalse());
  }

  @Test
  void theVisitorPageShowsKinnsGroupsThenTheLabelledDigitalSection() {
    String page = web.get("/?kommune=4602&lang=nn").body();
    int heading = page.indexOf("Digitale grupper du kan delta i");
    assertThat(heading).isPositive();
    assertThat(page.indexOf("Sjølvhjelpsgruppe for depresjon i Kinn")).isBetween(0, heading);
    assertThat(page.indexOf("Angstgruppe i Harstad")).isGreaterThan(heading);
    // 26 of the demo's 30 digital groups: the other four are for regions Kinn is not in.
    assertThat(page).contains("4 med oppmøte").contains("26 på nett");
    assertThat(page.substring(heading)).contains("shf-format-digital\">Digitalt<");
    // The digital results are headed one level below their section's heading.
    assertThat(page.substring(heading))
        .contains("<h4 class=\"shf-result-title\"")
        .doesNotContain("<h3 class=\"shf-result-title\"");
  }

  @Test
  void theCountGivesItsSectionsInBracketsAfterACountThatEndsInItsNumber() {
    // Polish says "Znalezione grupy: {count}"; after it, ": 4 ..." read as "30: 4", a time.
    String page = web.get("/?kommune=4602&lang=pl").body();
    assertThat(page).containsPattern("Znalezione grupy: 30 \\(<span class=\"shf-count-local\">4 ");
    assertThat(page).doesNotContain("30: <span");
  }

  @Test
  void onAnArabicPageTheGroupsNorwegianTextsSayTheyAreNorwegian() {
    // WCAG 3.1.2: a screen reader must not read Kinn's Nynorsk title with an Arabic voice.
    String page = web.get("/?kommune=4602&lang=ar").body();
    assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\"");
    assertThat(page)
        .containsPattern(
            "<h3 class=\"shf-result-title\" lang=\"nn\"><a [^>]*>Sjølvhjelpsgruppe for depresjon"
                + " i Kinn<");
  }

  @Test
  void theFormOffersTheSortChoiceWithNearestOnlyForAPostnummer() {
    String plain = web.get("/?kommune=4602").body();
    assertThat(plain)
        .contains("name=\"sort\"")
        .contains("Beste treff")
        .doesNotContain("Nærmest først");
    String withPlace = web.get("/?postnummer=6900&q=angst").body();
    assertThat(withPlace).contains("<option value=\"distance\">Nærmest først</option>");
    assertThat(web.get("/?postnummer=6900&sort=title").body())
        .contains("<option value=\"title\" selected>");
    // "Nearest first" kept in a link after the postnummer is cleared: the default, not a 400.
    assertThat(web.get("/?sort=distance").statusCode()).isEqualTo(200);
  }

  @Test
  void theKommunesEmbeddedListShowsTheDigitalSectionAfterItsOwnGroups() {
    String page = web.get("/embed/group-list?kommune=4602&lang=en").body();
    int heading = page.indexOf("Online groups you can join");
    assertThat(heading).isPositive();
    assertThat(page.indexOf("Kinn")).isBetween(0, heading);
  }
}
