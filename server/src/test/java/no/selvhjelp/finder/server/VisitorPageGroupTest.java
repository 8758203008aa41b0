package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the visitor page ({@code /}) a group opens inside the site, with its header and language
 * switch, at {@code /groups/{id}}; the link carries the search, so "Tilbake til søket" returns to
 * the same words and filters, and the language switch keeps both the group and the search.
 */
class VisitorPageGroupTest {
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

  /**
   * The path and the set of parameters of the first link whose markup around its href matches (the
   * parameters' order is the server's to choose).
   */
  private static String link(String body, String before, String after) {
    Matcher m =
        Pattern.compile(
                Pattern.quote(before) + "href=\"([^\"?]*)\\??([^\"]*)\"" + Pattern.quote(after))
            .matcher(body);
    assertThat(m.find()).as(before + "href=…" + after).isTrue();
    Set<String> params =
        Arrays.stream(m.group(2).split("&amp;"))
            .filter(p -> !p.isEmpty())
            .collect(Collectors.toCollection(TreeSet::new));
    return m.group(1) + " " + params;
  }

  @Test
  void aResultOnTheVisitorPageLinksToTheGroupInsideTheSiteWithTheSearch() {
    String body = web.get("/?q=etterlatne&kommune=4602&lang=nn").body();
    assertThat(
            link(
                body, "<h3 class=\"shf-result-title\" lang=\"nn\"><a ", " data-shf-nav>Sorggruppe"))
        .isEqualTo("/groups/sorggruppe-kinn [kommune=4602, lang=nn, q=etterlatne]");
  }

  @Test
  void theGroupPageHasTheSitesHeaderAndLanguageSwitchAndLeadsBackToTheSearch() {
    HttpResponse<String> r = web.get("/groups/sorggruppe-kinn?q=etterlatne&kommune=4602&lang=nn");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .startsWith("<!doctype html>")
        .contains("<html lang=\"nn\" dir=\"ltr\">")
        .contains("<title>Sorggruppe for etterlatne i Florø – ")
        .contains("<h1 class=\"shf-site-name\">")
        .contains("<nav class=\"shf-languages\"")
        .contains("<h2 class=\"shf-heading\"");
    assertThat(link(r.body(), "<p class=\"shf-back\"><a ", " data-shf-nav>Tilbake til søket</a>"))
        .isEqualTo("/ [kommune=4602, lang=nn#shf-group-finder-count, q=etterlatne]");
    // Bokmål is the default language: its link drops lang and keeps the rest.
    assertThat(link(r.body(), "<li><a ", " lang=\"nb\""))
        .isEqualTo("/groups/sorggruppe-kinn [kommune=4602, q=etterlatne]");
    assertThat(link(r.body(), "<li><a ", " lang=\"ar\""))
        .isEqualTo("/groups/sorggruppe-kinn [kommune=4602, lang=ar, q=etterlatne]");
  }

  @Test
  void anArabicGroupPageRunsRightToLeftInsideTheSite() {
    HttpResponse<String> r = web.get("/groups/samtalegruppe-kinn?lang=ar");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("dir=\"rtl\"")
        .contains("<nav class=\"shf-languages\"")
        .contains("<a href=\"/?lang=ar\" data-shf-nav>");
  }

  @Test
  void anUnknownGroupIsA404InsideTheSite() {
    HttpResponse<String> r = web.get("/groups/finnes-ikke");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body())
        .contains("<h1 class=\"shf-site-name\">")
        .contains("<a href=\"/\" data-shf-nav>");
  }

  @Test
  void theFinderPagesLanguageSwitchKeepsTheSearch() {
    assertThat(link(web.get("/?q=sorg&kommune=4602").body(), "<li><a ", " lang=\"nn\""))
        .isEqualTo("/ [kommune=4602, lang=nn, q=sorg]");
  }
}
