package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a browser without JavaScript gets from the visitor's pages: errors, start-up, the icon. */
class VisitorPagesHttpTest {
  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    web = new WebClient(api);
    api.readiness.ready();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aBadPostnummerOnTheBokmaalPageIsSaidInBokmaalWithoutTheParameterName() {
    HttpResponse<String> r = web.get("/?postnummer=690");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("<html lang=\"nb\" dir=\"ltr\">")
        .contains("Vi finner ikke postnummeret «690». Et postnummer har fire sifre")
        .doesNotContain("<code>postnummer</code>", "is not a Norwegian postnummer");
  }

  @Test
  void aBadThemeOnAnArabicPageIsSaidInArabicWithoutTheApiPath() {
    HttpResponse<String> r = web.get("/?theme=kaffe&lang=ar");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("لا نعرف هذا الموضوع. اختر موضوعًا من القائمة.")
        .doesNotContain("/api/v1/themes", "<code>");
  }

  @Test
  void theApiKeepsItsTechnicalMessages() {
    ApiServer.Reply r = api.get("/api/v1/groups?postnummer=690");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.raw().body()).contains("postnummer").contains("690");
  }

  @Test
  void theFaviconIsARealIcon() {
    HttpResponse<String> r = web.get("/favicon.ico");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/x-icon");
    // An ICO file starts with reserved 0, type 1 (icon).
    assertThat(r.body().substring(0, 4)).isEqualTo("\0\0\1\0");
  }

  @Test
  void whileStartingABrowserGetsASmallPageInItsLanguageAndScriptsAndTheApiGetJson() {
    api.readiness.starting("loading demo content");
    try {
      HttpResponse<String> page = web.get("/?lang=nn&q=sorg", "Accept", "text/html,*/*;q=0.8");
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(page.body())
          .contains("<html lang=\"nn\" dir=\"ltr\">")
          .contains("Finnaren startar")
          .contains("<a href=\"/?lang=nn&amp;q=sorg\">Prøv igjen</a>")
          .doesNotContain("{", "Starting:");

      HttpResponse<String> arabic = web.get("/embed/groups?lang=ar", "Accept", "text/html");
      assertThat(arabic.body())
          .contains("<html lang=\"ar\" dir=\"rtl\">")
          .contains("حاول مرة أخرى");

      HttpResponse<String> fetch = web.get("/embed/groups?fragment=true", "Accept", "*/*");
      assertThat(fetch.statusCode()).isEqualTo(503);
      assertThat(fetch.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");

      HttpResponse<String> apiCall = web.get("/api/v1/groups", "Accept", "text/html");
      assertThat(apiCall.statusCode()).isEqualTo(503);
      assertThat(apiCall.body()).startsWith("{\"error\":\"Starting");

      // A shared link to a group is not "this group is gone" while the index loads.
      HttpResponse<String> group =
          web.get("/groups/sorggruppe-kinn?lang=nn", "Accept", "text/html");
      assertThat(group.statusCode()).isEqualTo(503);
      assertThat(group.body()).contains("Finnaren startar");
    } finally {
      api.readiness.ready();
    }
  }

  @Test
  void anAddressWithNoPageIsASmallPageInTheVisitorsLanguageAndTheApiKeepsJson() {
    HttpResponse<String> page = web.get("/nope?lang=ar", "Accept", "text/html,*/*;q=0.8");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("الصفحة غير موجودة")
        .contains("<a href=\"/?lang=ar\">")
        .doesNotContain("{\"error\"");
    assertThat(web.get("/groups/", "Accept", "text/html").body())
        .contains("<html lang=\"nb\"")
        .contains("<a href=\"/\">Søk etter selvhjelpsgrupper</a>");
    HttpResponse<String> apiCall = web.get("/api/v1/nothing", "Accept", "text/html");
    assertThat(apiCall.statusCode()).isEqualTo(404);
    assertThat(apiCall.body()).startsWith("{\"error\":\"Not found");
  }
}
