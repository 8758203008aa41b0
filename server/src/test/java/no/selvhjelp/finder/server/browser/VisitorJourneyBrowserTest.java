package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A visitor's way through the finder in Chromium, in Bokmål, Nynorsk and three mother tongues: the
 * whole page in their language, a phone that lands on the results after a search (with and without
 * JavaScript), and no dead ends (contact instead of an unavailable form, the empty state's
 * invitation, a real favicon).
 */
class VisitorJourneyBrowserTest {
  private static LiveFinder finder;
  private static KommuneSite site;
  private static Browser browser;

  /** Where the count is, relative to the window, and whether the facets come after it. */
  private static final String COUNT_PLACE =
      "() => { const c = document.querySelector('.shf-count'); const f = document.querySelector('.shf-facets');"
          + " const b = c.getBoundingClientRect();"
          + " return { top: b.top, bottom: b.bottom, height: innerHeight,"
          + " facetsAfter: !!f && !!(c.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING),"
          + " facetsBelow: !!f && f.getBoundingClientRect().top > b.bottom }; }";

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    finder = new LiveFinder(PageFixtures.batch());
    site = new KommuneSite(finder.origin());
  }

  @AfterAll
  static void stop() throws Exception {
    if (site != null) {
      site.close();
    }
    if (finder != null) {
      finder.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({
    "nb, ltr, Søk, Søkeord, grupper funnet, false",
    "nn, ltr, Søk, Søkjeord, grupper funne, false",
    "ar, rtl, ابحث, كلمات البحث, وجدناها, true",
    "ti, ltr, ድለ, ቃላት ምድላይ, ተረኺቦም, true",
    "se, ltr, Oza, Ohcansánit, Gávdnon joavkkut, true"
  })
  void theWholePageIsInTheVisitorsLanguageThroughASearch(
      String lang, String dir, String submit, String qLabel, String found, boolean draft) {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(finder.url("/?lang=" + lang));
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
      assertThat(page.locator("html").getAttribute("dir")).isEqualTo(dir);
      assertThat(page.locator(".shf-form button[type=submit]").innerText()).isEqualTo(submit);
      assertThat(page.locator("label[for=shf-group-finder-q]").innerText()).isEqualTo(qLabel);
      assertThat(page.locator(".shf-languages a[aria-current=page]").getAttribute("lang"))
          .isEqualTo(lang);
      assertThat(page.locator(".shf-review-note").count()).isEqualTo(draft ? 1 : 0);

      page.locator("#shf-group-finder-q").fill("angst");
      page.locator("#shf-group-finder-q").press("Enter");
      page.waitForURL("**/?lang=" + lang + "&q=angst*");
      page.waitForLoadState(LoadState.LOAD);
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
      assertThat(page.locator(".shf-count").innerText()).contains(found);
      if (!lang.equals("nb")) {
        assertThat(page.locator(".shf-count").innerText()).doesNotContain("grupper funnet");
      }
      w.assertClean(finder.origin());
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"nb", "nn", "ar", "so"})
  void onAPhoneWithoutJavaScriptASearchLandsOnTheCountAboveTheFacets(String lang) {
    Page phone =
        browser.page(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(375, 740)
                .setJavaScriptEnabled(false));
    try (WatchedPage w = new WatchedPage(phone, false)) {
      w.page.navigate(finder.url("/?lang=" + lang));
      w.page.locator("#shf-group-finder-q").fill("angst");
      w.page.locator("#shf-group-finder-q").press("Enter");
      w.page.waitForURL(u -> u.endsWith("#shf-group-finder-count"));
      w.page.waitForLoadState(LoadState.LOAD);
      @SuppressWarnings("unchecked")
      Map<String, Object> place = (Map<String, Object>) w.page.evaluate(COUNT_PLACE);
      double top = ((Number) place.get("top")).doubleValue();
      double bottom = ((Number) place.get("bottom")).doubleValue();
      double height = ((Number) place.get("height")).doubleValue();
      assertThat(top).as("count's top in the window").isBetween(0.0, height / 3);
      assertThat(bottom).isLessThan(height);
      assertThat(place.get("facetsAfter")).isEqualTo(true);
      assertThat(place.get("facetsBelow")).isEqualTo(true);
      // The keyboard goes on from the count: the next Tab is the first result, not the form.
      w.page.keyboard().press("Tab");
      assertThat(w.page.evaluate("() => !!document.activeElement.closest('.shf-results')"))
          .isEqualTo(true);
      // The facets fold away on a phone.
      w.page.locator(".shf-facets-box > summary").click();
      assertThat(w.page.locator(".shf-facets-box").getAttribute("open")).isNull();
      assertThat(w.page.locator(".shf-facet").first().isVisible()).isFalse();
      w.assertClean(finder.origin());
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"nb", "ar", "ti"})
  void onAPhoneTheWidgetFocusesTheCountAfterASearch(String lang) {
    String url =
        site.publish(
            "/phone-" + lang,
            lang,
            lang.equals("ar") ? "rtl" : "ltr",
            Widgets.snippet(
                finder.origin(), "<selvhjelp-groups lang=\"" + lang + "\"></selvhjelp-groups>"));
    try (WatchedPage w = new WatchedPage(browser.page(375, 740))) {
      w.page.navigate(url);
      Widgets.waitSettled(w.page, "selvhjelp-groups");
      w.page.locator("selvhjelp-groups input[name=q]").fill("angst");
      w.page.locator("selvhjelp-groups button[type=submit]").click();
      Widgets.waitFor(w.page, Widgets.DEEP_ACTIVE_MATCHES, ".shf-count");
      Object top =
          w.page.evaluate(
              "() => document.querySelector('selvhjelp-groups').shadowRoot"
                  + ".querySelector('.shf-count').getBoundingClientRect().top");
      assertThat(((Number) top).doubleValue()).isBetween(0.0, 740.0);
      w.assertClean(site.origin(), finder.origin());
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"nb, Kontakt gruppa, Kontakt", "ar, تواصل مع المجموعة, التواصل"})
  void withoutMailAResultLeadsToTheGroupsContactNotToAFormThatSaysNotAvailable(
      String lang, String linkText, String heading) {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(finder.url("/?q=etterlatne&kommune=4602&lang=" + lang));
      assertThat(w.page.locator(".shf-result-interest a").first().innerText()).startsWith(linkText);
      assertThat(w.page.locator("a[href*='#shf-interest']").count()).isZero();
      w.page.locator(".shf-result-interest a").first().click();
      w.page.waitForURL(u -> u.endsWith("#shf-contact"));
      assertThat(w.page.locator("#shf-contact").innerText()).isEqualTo(heading);
      assertThat(w.page.locator("#shf-contact").isVisible()).isTrue();
      w.assertClean(finder.origin());
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({
    "nb, Vil du være med på å starte en gruppe i Kinn?",
    "nn, Vil du vere med på å starte ei gruppe i Kinn?",
    "ar, هل تريد المساعدة في بدء مجموعة في Kinn؟",
    "uk, Хочете допомогти створити групу в Kinn?"
  })
  void whenNoGroupNearbyFitsThePageInvitesToStartOneWithTheContactPoint(
      String lang, String invitation) {
    try (WatchedPage w = new WatchedPage(browser.page(375, 740))) {
      w.page.navigate(finder.url("/?postnummer=6900&theme=spiseforstyrrelser&lang=" + lang));
      assertThat(w.page.locator(".shf-empty h4").innerText()).isEqualTo(invitation);
      assertThat(w.page.locator(".shf-empty .shf-card-title").first().innerText())
          .isEqualTo("Frivilligsentralen i Kinn");
      assertThat(w.page.locator(".shf-empty a[href^='tel:']").count()).isPositive();
      w.assertClean(finder.origin());
    }
  }

  @Test
  void theFaviconIsAnIconAndThePageLogsNoError() {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
      w.page.onResponse(
          r -> {
            if (r.status() >= 400) {
              failed.add(r.status() + " " + r.url());
            }
          });
      List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
      w.page.onConsoleMessage(
          m -> {
            if (m.type().equals("error")) {
              consoleErrors.add(m.text());
            }
          });
      w.page.navigate(finder.url("/"));
      APIResponse icon = w.page.request().get(finder.url("/favicon.ico"));
      assertThat(icon.status()).isEqualTo(200);
      assertThat(icon.headers().get("content-type")).isEqualTo("image/x-icon");
      assertThat(icon.body().length).isGreaterThan(100);
      w.page.waitForLoadState(LoadState.NETWORKIDLE);
      assertThat(failed).isEmpty();
      assertThat(consoleErrors).isEmpty();
      w.assertClean(finder.origin());
    }
  }
}
