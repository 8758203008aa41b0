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
        .containsPattern("<a href=\"/coverage\\?(theme=sorg&amp;fylke=46|fylke=46&amp;theme=sorg)&amp;lang=nn\" lang=\"nn\"")
        .containsPattern("<a href=\"/coverage\\?(theme=sorg&amp;fylke=46|fylke=46&amp;theme=sorg)&amp;lang=en\" lang=\"en\"")
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
}
