package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.server.demo.DemoContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/coverage} over real HTTP on the demo content: it agrees with what a visitor's
 * search finds, and answers the planning questions district offices ask in one request each.
 */
class CoverageApiTest {
  private static ApiServer api;

  /** Kommuner with and without groups, in the south, west and north. */
  private static final List<String> SAMPLE =
      List.of("0301", "4601", "4602", "4640", "1103", "5001", "5501", "5601", "5612", "3905");

  private static final List<String> FILTERS =
      List.of("", "theme=sorg", "language=ar", "theme=angst&format=hybrid", "theme=rus,parorende");

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    api.engine.imports().importBatch(new DemoContent(api.engine.referenceData()).batch());
    api.engine.syncIndex();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static JsonNode coverage(String query) {
    ApiServer.Reply r = api.get("/api/v1/coverage" + (query.isEmpty() ? "" : "?" + query));
    assertThat(r.status()).as(query).isEqualTo(200);
    return r.body();
  }

  private static Map<String, JsonNode> byKommune(JsonNode coverage) {
    Map<String, JsonNode> map = new HashMap<>();
    coverage.get("kommuner").forEach(k -> map.put(k.get("kommunenummer").asText(), k));
    return map;
  }

  private static long total(String query) {
    ApiServer.Reply r = api.get("/api/v1/groups?size=1&" + query);
    assertThat(r.status()).as(query).isEqualTo(200);
    return r.body().get("total").asLong();
  }

  private static String and(String filter) {
    return filter.isEmpty() ? "" : "&" + filter;
  }

  @Test
  void localAndDigitalCountsAreWhatASearchForThatKommuneFinds() {
    for (String filter : FILTERS) {
      Map<String, JsonNode> k = byKommune(coverage(filter));
      boolean formatFiltered = filter.contains("format=");
      for (String nr : SAMPLE) {
        JsonNode record = k.get(nr);
        String local =
            formatFiltered
                ? "kommune=" + nr + "&" + filter
                : "kommune=" + nr + "&format=physical,hybrid" + and(filter);
        assertThat(record.get("localGroups").asLong())
            .as("local groups in %s for '%s'", nr, filter)
            .isEqualTo(total(local));
        if (!formatFiltered) {
          assertThat(record.get("digitalGroups").asLong())
              .as("digital groups open to %s for '%s'", nr, filter)
              .isEqualTo(total("kommune=" + nr + "&format=digital" + and(filter)));
        }
      }
    }
  }

  @Test
  void theNearestGroupIsTheFirstHitOfADistanceSearchFromTheKommuneCentre() {
    Map<String, JsonNode> k = byKommune(coverage("theme=sorg"));
    for (String nr : SAMPLE) {
      Kommune centre = api.engine.referenceData().kommune(nr).orElseThrow();
      ApiServer.Reply r =
          api.get(
              "/api/v1/groups?size=1&sort=distance&theme=sorg&format=physical,hybrid&near="
                  + centre.lat()
                  + ","
                  + centre.lon());
      double first = r.body().at("/hits/0/distanceKm").asDouble();
      assertThat(k.get(nr).get("nearestLocalKm").asDouble()).as(nr).isEqualTo(first);
    }
  }

  @Test
  void whichKommunerInVestlandHaveNoLocalGroupOnGriefAndHowFarIsTheNearest() {
    JsonNode c = coverage("fylke=46&theme=sorg");
    List<JsonNode> without = new ArrayList<>();
    c.get("kommuner")
        .forEach(
            k -> {
              assertThat(k.get("fylkesnummer").asText()).isEqualTo("46");
              if (k.get("localGroups").asInt() == 0) {
                without.add(k);
              }
            });
    assertThat(c.get("kommuner")).hasSize(43);
    assertThat(without).isNotEmpty();
    assertThat(c.at("/fylker/0/kommunerWithoutLocalGroup").asInt()).isEqualTo(without.size());
    for (JsonNode k : without) {
      assertThat(k.get("nearestLocalKm").asDouble()).as(k.get("kommune").asText()).isPositive();
      assertThat(
              total(
                  "kommune="
                      + k.get("kommunenummer").asText()
                      + "&theme=sorg&format=physical,hybrid"))
          .isZero();
    }
  }

  @Test
  void whereIsThereAGroupInArabicWithin50Km() {
    Map<String, JsonNode> k = byKommune(coverage("language=ar&format=physical,hybrid"));
    int within = 0;
    for (String nr : SAMPLE) {
      Kommune centre = api.engine.referenceData().kommune(nr).orElseThrow();
      JsonNode km = k.get(nr).get("nearestLocalKm");
      long found =
          total(
              "language=ar&format=physical,hybrid&radiusKm=50&near="
                  + centre.lat()
                  + ","
                  + centre.lon());
      boolean near = !km.isNull() && km.asDouble() <= 50;
      assertThat(found > 0).as("an Arabic group within 50 km of %s", nr).isEqualTo(near);
      within += near ? 1 : 0;
    }
    assertThat(within).as("the demo has Arabic groups in some sampled kommuner").isPositive();
  }

  @Test
  void whichFylkeHasTheFewestGroupsPer10000Inhabitants() {
    JsonNode c = coverage("");
    JsonNode fewest =
        stream(c.get("fylker"))
            .min(Comparator.comparingDouble(f -> f.get("per10k").asDouble()))
            .orElseThrow();
    for (JsonNode f : c.get("fylker")) {
      long local = total("fylke=" + f.get("code").asText() + "&format=physical,hybrid");
      assertThat(f.get("localGroups").asLong()).as(f.get("name").asText()).isEqualTo(local);
      double per10k = Math.round(local * 10_000.0 / f.get("population").asLong() * 100) / 100.0;
      assertThat(f.get("per10k").asDouble()).isEqualTo(per10k);
    }
    assertThat(fewest.get("per10k").asDouble())
        .isLessThanOrEqualTo(c.at("/country/per10k").asDouble());
    assertThat(c.at("/country/population").asLong()).isEqualTo(5_550_203);
  }

  @Test
  void badFiltersAnswer400NamingEachProblem() {
    ApiServer.Reply r = api.get("/api/v1/coverage?theme=tristhet&fylke=99&format=paper");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("details")).hasSize(3);
    assertThat(r.body().toString())
        .contains("theme", "fylke", "format")
        .doesNotContain("Exception");
    assertThat(
            api.get(
                    "/api/v1/coverage/csv?language="
                        + URLEncoder.encode("x y", StandardCharsets.UTF_8))
                .status())
        .isEqualTo(400);
  }

  @Test
  void theCsvHasAHeaderAndOneRowPerKommuneInTheFilter() throws Exception {
    HttpResponse<String> r = raw("/api/v1/coverage/csv?fylke=56&theme=sorg");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(t -> assertThat(t).contains("attachment"));
    String[] lines = r.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFkommunenummer,kommune,fylkesnummer,fylke,population,localGroups,per10k,nearestLocalKm,digitalGroups");
    assertThat(lines).hasSize(1 + 18);
    assertThat(lines[1]).startsWith("56");
  }

  @Test
  void theMachinesCsvStaysAsPublishedAndIsNamedByItsFilters() throws Exception {
    HttpResponse<String> r = raw("/api/v1/coverage/csv?fylke=46&theme=sorg");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"selvhjelp-coverage-sorg-46.csv\"");
    String[] lines = r.body().split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFFkommunenummer,kommune,");
    assertThat(lines).anyMatch(l -> l.equals("4602,Kinn,46,Vestland,17349,0,0.00,96.4,2"));
  }

  @Test
  void theSpreadsheetCsvForANorwegianExcelHasSemicolonsDecimalCommasAndTheBand() throws Exception {
    HttpResponse<String> r = raw("/api/v1/coverage/csv?fylke=46&theme=sorg&lang=nb");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"selvhjelp-dekning-sorg-46.csv\"");
    assertThat(r.body()).startsWith("\uFEFF");
    assertThat(r.body().replace("\r\n", "")).doesNotContain("\n", "\r");
    String[] lines = r.body().substring(1).split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "Kommunenummer;Kommune;Fylkesnummer;Fylke;Innbyggere;Lokale grupper;"
                + "Per 10 000 innbyggere;Nærmeste gruppe (km);Digitale grupper;Avstand");
    assertThat(lines).hasSize(1 + 43);
    assertThat(lines)
        .contains(
            "4602;Kinn;46;Vestland;17349;0;0,00;96,4;2;Nærmeste gruppe 50–100 km unna",
            "4601;Bergen;46;Vestland;291940;3;0,10;2,6;2;Gruppe i kommunen");

    String nn = raw("/api/v1/coverage/csv?fylke=46&theme=sorg&lang=nn").body();
    assertThat(nn).contains(";Innbyggjarar;");
    HttpResponse<String> en = raw("/api/v1/coverage/csv?fylke=46&theme=sorg&lang=en");
    assertThat(en.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"selvhjelp-coverage-sorg-46.csv\"");
    assertThat(en.body()).contains("4602,Kinn,46,Vestland,17349,0,0.00,96.4,2,Nearest group");
    assertThat(raw("/api/v1/coverage/csv?lang=ar").statusCode()).isEqualTo(400);
  }

  private static HttpResponse<String> raw(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(api.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list.stream();
  }
}
