package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.selvhjelp.finder.server.demo.DemoContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage page as a browser without JavaScript gets it, on the demo content: how a planner
 * finds it, which language it is in, what its form keeps and what its download is.
 */
class CoveragePageHttpTest {
  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    api.engine.imports().importBatch(new DemoContent(api.engine.referenceData()).batch());
    api.engine.syncIndex();
    web = new WebClient(api);
    api.readiness.ready();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String page(String pathAndQuery) {
    HttpResponse<String> r = web.get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    return r.body();
  }

  @Test
  void theVisitorPageLinksToCoverageInItsLanguageOrInBokmaal() {
    assertThat(page("/")).contains("<a href=\"/coverage\" hreflang=\"nb\">Dekning: hvor finnes");
    assertThat(page("/?lang=nn")).contains("<a href=\"/coverage?lang=nn\" hreflang=\"nn\">");
    // Coverage is not offered in Arabic: the link says so and leads to the Bokmål page.
    assertThat(page("/?lang=ar")).contains("<a href=\"/coverage\" hreflang=\"nb\">التغطية");
  }

  @Test
  void aDistrictOfficeLinksToCoverageOfItsOwnFylker() {
    // 4601 Bergen: the demo's western office, which serves Vestland and Møre og Romsdal.
    String office = page("/embed/district-office?kommune=4601&lang=en");
    assertThat(office)
        .contains("href=\"/coverage?fylke=46&amp;fylke=15&amp;lang=en\" hreflang=\"en\"")
        .contains("See where there are self-help groups in Vestland, Møre og Romsdal");
  }

  @Test
  void theCoveragePageSwitchesBetweenItsLanguagesKeepingTheFiltersAndLinksBackToTheFinder() {
    String nb = page("/coverage?theme=sorg&fylke=46");
    assertThat(nb)
        .contains("<html lang=\"nb\" dir=\"ltr\">")
        .containsPattern(
            "<a href=\"/coverage\\?(theme=sorg&amp;fylke=46|fylke=46&amp;theme=sorg)&amp;lang=nn\" lang=\"nn\"")
        .containsPattern(
            "<a href=\"/coverage\\?(theme=sorg&amp;fylke=46|fylke=46&amp;theme=sorg)&amp;lang=en\" lang=\"en\"")
        .contains("<a href=\"/\" hreflang=\"nb\">Finn en selvhjelpsgruppe</a>")
        .contains("aria-current=\"page\">Dekning: hvor finnes")
        .doesNotContain("lang=ar\"", "lang=se\"");
    assertThat(page("/coverage?lang=en")).contains("<html lang=\"en\"").contains("Coverage");
  }

  @Test
  void anUnknownLanguageFallsBackToBokmaalAsAPageNeverJson() {
    for (String q : new String[] {"lang=xx", "lang=xx&theme=sorg", "lang=xx-YY&fylke=46"}) {
      String html = page("/coverage?" + q);
      assertThat(html)
          .as(q)
          .startsWith("<!doctype html>")
          .contains("<html lang=\"nb\" dir=\"ltr\">")
          .contains("Hvor finnes det selvhjelpsgrupper?")
          .doesNotContain("lang=xx", "\"kommuner\":");
    }
    HttpResponse<String> bad = web.get("/coverage?lang=xx&theme=tristhet");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(bad.body()).contains("<html lang=\"nb\"").contains("Vi kjenner ikke det temaet");
  }

  @Test
  void aLanguageCoverageIsNotWrittenInShowsTheWholePageInBokmaal() {
    for (String lang : new String[] {"ar", "se", "uk"}) {
      String html = page("/coverage?theme=sorg&lang=" + lang);
      assertThat(html)
          .as(lang)
          .contains("<html lang=\"nb\" dir=\"ltr\">")
          .contains("<label for=\"shf-coverage-theme\">Tema</label>")
          .contains("kommuner har ingen lokal gruppe")
          .doesNotContain("Where are there", "lang=" + lang + "\"", "dir=\"rtl\"");
    }
  }

  @Test
  void everyChosenValueIsKeptByTheFormAndNamedAboveTheMap() {
    String html = page("/coverage?theme=sorg,angst&fylke=46,11");
    assertThat(html)
        .contains("<option value=\"sorg\" selected>Sorg</option>")
        .contains("<input type=\"checkbox\" name=\"theme\" value=\"angst\" checked> Angst")
        .contains("<option value=\"46\" selected>Vestland</option>")
        .contains("<input type=\"checkbox\" name=\"fylke\" value=\"11\" checked> Rogaland")
        .contains("Valgt: Tema: Sorg, Angst; Område: Vestland, Rogaland.");
    // What the form sends (select plus ticked boxes) counts the same as the link it came from.
    String resent = page("/coverage?theme=sorg&theme=angst&fylke=46&fylke=11");
    assertThat(summary(resent)).isEqualTo(summary(html));
    assertThat(summary(html)).contains("av 66 kommuner");
  }

  private static String summary(String html) {
    int start = html.indexOf("<p class=\"shf-count\"");
    return html.substring(start, html.indexOf("</p>", start));
  }

  @Test
  void countingDigitalGroupsOnlyColoursTheMapByThemAndSaysSo() {
    String html = page("/coverage?format=digital&theme=sorg");
    assertThat(html)
        .contains("0 av 357 kommuner har ingen digital gruppe som passer")
        .contains("fargen viser hvor mange digitale grupper")
        .contains("1–2 digitale grupper <span class=\"shf-coverage-legend-count\">(357)</span>")
        .contains("class=\"shf-cov-digital-1\"><title>Bergen: 2 digitale grupper åpne")
        .doesNotContain("ingen lokal gruppe som passer", "shf-cov-farther\"><title>");
    // The table starts with the kommuner fewest digital groups are open to.
    assertThat(html)
        .contains("aria-sort=\"ascending\"><a href=")
        .containsPattern("aria-sort=\"ascending\"><a href=\"[^\"]*sort=digitalGroups");
  }

  @Test
  void theDownloadLinkIsTheSpreadsheetCsvInThePagesLanguage() {
    String html = page("/coverage?theme=sorg&fylke=46&lang=nn");
    assertThat(html)
        .containsPattern(
            "href=\"/api/v1/coverage/csv\\?theme=sorg&amp;fylke=46&amp;lang=nn\" download");
  }

  @Test
  void onAPhoneTheSortedColumnComesRightAfterTheKommuneAndTheMapPointsToTheTable() {
    String html = page("/coverage?theme=sorg&fylke=46");
    int table = html.indexOf("<table class=\"shf-table shf-coverage-kommuner\">");
    String header = html.substring(table, html.indexOf("</tr>", table));
    assertThat(header.indexOf("Kommune</a>")).isLessThan(header.indexOf("Nærmeste gruppe (km)"));
    assertThat(header.indexOf("Nærmeste gruppe (km)")).isLessThan(header.indexOf("Fylke</a>"));
    assertThat(html)
        .contains("<h3 id=\"shf-coverage-table\">")
        .contains("<a href=\"#shf-coverage-table\">Alle tallene står også i kommunetabellen.</a>")
        .contains(
            "<tr id=\"shf-coverage-k-4602\"><th scope=\"row\">Kinn</th><td class=\"shf-num\">96,4</td>");
  }

  @Test
  void theSourceLineWritesItsDateInTheLanguageAndAnAreaWithGroupsEverywhereHasNoFarthest() {
    assertThat(page("/coverage")).contains("Innbyggertall per 1. januar 2024 fra");
    assertThat(page("/coverage?lang=en")).contains("1 January 2024");
    ApiServer.Reply oslo = api.get("/api/v1/coverage?fylke=03");
    assertThat(oslo.body().at("/fylker/0/kommunerWithoutLocalGroup").asInt()).isZero();
    assertThat(oslo.body().at("/fylker/0").has("farthestNearestKm")).isFalse();
  }
}
