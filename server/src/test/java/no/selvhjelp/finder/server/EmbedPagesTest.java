package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page components over real HTTP: what a visitor without JavaScript gets. */
class EmbedPagesTest {
  private static final List<String> PAGES =
      List.of(
          "/embed/groups",
          "/embed/group-list",
          "/embed/groups/samtalegruppe-kinn",
          "/embed/contact-points?kommune=4602",
          "/embed/district-office?kommune=4602",
          "/embed/about");
  private static final Pattern JSON_LD =
      Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    api.engine.imports().importBatch(PageFixtures.batch());
    api.engine.syncIndex();
    web = new WebClient(api);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void anUnknownLanguageFallsBackToBokmaalOnEveryPageIncludingAGroupsPage() {
    for (String page :
        List.of(
            "/embed/groups/sorggruppe-kinn",
            "/embed/groups",
            "/embed/group-list?kommune=4602",
            "/embed/about",
            "/")) {
      HttpResponse<String> r = web.get(page + (page.contains("?") ? "&" : "?") + "lang=xx-unknown");
      // A shared link in a language the finder does not offer still opens the page, in Bokmål.
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow())
          .as(page)
          .startsWith("text/html");
      assertThat(r.body()).as(page).contains("<html lang=\"nb\"").doesNotContain("xx-unknown");
    }
    // A region or a three-letter code names a page language too.
    assertThat(web.get("/?lang=nn-NO").body()).contains("<html lang=\"nn\"");
    assertThat(web.get("/embed/groups?lang=ARA").body()).contains("<html lang=\"ar\"");
    // The group is still shown, and its links do not carry the bad value on.
    assertThat(web.get("/embed/groups/sorggruppe-kinn?lang=xx-unknown").body())
        .contains("<html lang=\"nb\"")
        .doesNotContain("xx-unknown");
  }

  @Test
  void everyEmbedPageAnswersHtmlInBokmaalNynorskAndEnglish() {
    for (String lang : List.of("nb", "nn", "en")) {
      for (String page : PAGES) {
        HttpResponse<String> r = web.get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
        assertThat(r.statusCode()).as(page + " " + lang).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow())
            .isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(r.body())
            .startsWith("<!doctype html>")
            .contains("<html lang=\"" + lang + "\" dir=\"ltr\">")
            .contains("lang=\"" + lang + "\" dir=\"ltr\" data-shf-component=");
      }
    }
  }

  @Test
  void arabicPagesRunRightToLeft() {
    for (String page : PAGES) {
      HttpResponse<String> r = web.get(page + (page.contains("?") ? "&" : "?") + "lang=ar");
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.body()).as(page).contains("dir=\"rtl\"");
    }
    assertThat(web.get("/embed/about?lang=ar").body()).contains("<html lang=\"ar\" dir=\"rtl\">");
  }

  @Test
  void theFinderSearchesWithPlainGetParameters() {
    HttpResponse<String> r = web.get("/embed/groups?q=etterlatne&kommune=4602");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("1 gruppe funnet")
        .contains("<a href=\"/embed/groups/sorggruppe-kinn\" data-shf-nav>");
  }

  @Test
  void theFinderPagesWithLinks() {
    String body = web.get("/embed/groups?kommune=0301&size=10").body();
    assertThat(body)
        .contains(
            "href=\"/embed/groups?kommune=0301&amp;size=10&amp;page=2#shf-group-finder-count\" rel=\"next\"");
    String next = web.get("/embed/groups?kommune=0301&size=10&page=2").body();
    assertThat(next)
        .contains("rel=\"prev\"")
        .contains("page=2#shf-group-finder-count\" data-shf-nav aria-current=\"page\"");
  }

  @Test
  void aBadParameterAnswers400WithThePageSayingWhy() {
    HttpResponse<String> r = web.get("/embed/groups?postnummer=abcd");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("<div class=\"shf-error\" role=\"alert\" id=\"shf-group-finder-count\"")
        .contains("Vi finner ikke postnummeret «abcd». Et postnummer har fire sifre")
        .doesNotContain("<code>postnummer</code>");
  }

  @Test
  void aMissingGroupIsA404Page() {
    HttpResponse<String> r = web.get("/embed/groups/finnes-ikke");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("<!doctype html>").contains("Vi fant ikke gruppa");
  }

  @Test
  void aFragmentIsOnlyTheSectionAndAnyOriginMayReadIt() {
    HttpResponse<String> r = web.get("/embed/groups?fragment=true&kommune=4602");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().strip())
        .startsWith("<section class=\"shf shf-group-finder\"")
        .endsWith("</section>");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(web.get("/embed/groups").headers().firstValue("Access-Control-Allow-Origin"))
        .isEmpty();
  }

  @Test
  void storedMarkupIsEscapedOnEveryPage() {
    List<String> pages =
        List.of(
            "/embed/groups?q=sorg&kommune=0301",
            "/embed/group-list?kommune=0301&size=50",
            "/embed/groups/xss-oslo",
            "/embed/contact-points?kommune=0301",
            "/embed/district-office?kommune=0301",
            "/?q=sorg&kommune=0301");
    for (String page : pages) {
      String body = web.get(page).body();
      assertThat(body).as(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      assertThat(JSON_LD.matcher(body).replaceAll(""))
          .as(page)
          .doesNotContain(PageFixtures.SCRIPT, "<img", "onerror=alert(1)>");
    }
  }

  @Test
  void theJsonLdCarriesStoredMarkupOnlyAsEscapedData() {
    Matcher m = JSON_LD.matcher(web.get("/embed/groups/xss-oslo").body());
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).doesNotContain("<", ">").contains("\\u003Cscript\\u003Ealert(1)");
  }

  @Test
  void aClosedGroupPublishesNoEventSchedule() {
    String closed = web.get("/embed/groups/sorggruppe-kinn").body();
    assertThat(closed).contains("application/ld+json").doesNotContain("eventSchedule");
    assertThat(web.get("/embed/groups/samtalegruppe-kinn").body()).contains("\"eventSchedule\"");
  }

  @Test
  void theVisitorPageIsAFinderWithTheAboutBoxAndTheAttribution() {
    HttpResponse<String> r = web.get("/?q=etterlatne");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("<h1 class=\"shf-site-name\">Selvhjelp Norge</h1>")
        .contains("<form class=\"shf-form\" method=\"get\" action=\"/#shf-group-finder-count\"")
        .contains("Sorggruppe for etterlatne i Florø")
        .contains("data-shf-component=\"aboutSelfHelp\"")
        .contains(ReferenceData.ATTRIBUTION.replace("'", "&#39;").substring(0, 40));
    assertThat(web.get("/?lang=fa").body())
        .contains("<section class=\"shf shf-about-self-help\" lang=\"fa\" dir=\"rtl\"");
  }
}
