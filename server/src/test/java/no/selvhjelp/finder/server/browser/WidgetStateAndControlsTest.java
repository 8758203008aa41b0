package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A kommune pastes the finder with {@code kommune="4602"} (Kinn) on a page of its own site, on
 * another origin, under a strict CSP, in Bokmål, Nynorsk, Arabic and Ukrainian. The preset is where
 * the visitor starts: choosing Bergen sends Bergen and keeps showing it. Locked with {@code
 * lock-kommune}, the list is not offered and Kinn holds. The visitor's place lives in the host
 * page's address beside the host's own query and hash: Back from a group returns to the results
 * with the search intact on the same page, Forward reopens the group, and a reload or a copied link
 * restores both. axe finds nothing in the new states.
 */
class WidgetStateAndControlsTest {
  private static final String HOST_QUERY = "?side=helse";
  private static final String HOST_HASH = "#innhold";
  private static final String SHADOW = "document.querySelector('selvhjelp-groups').shadowRoot";

  private static LiveFinder finder;
  private static KommuneSite site;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    finder = new LiveFinder(PageFixtures.batch());
    finder.importOverHttp(
        new ImportBatch(
            List.of(),
            List.of(),
            List.of(
                Fixtures.group(
                    "angst-bergen", "Angstgruppe i Bergen", "4601", "physical", List.of("angst")),
                Fixtures.group(
                    "angst-kinn", "Angstgruppe i Florø", "4602", "physical", List.of("angst")))));
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

  private static String hostPage(String name, String lang, String element) {
    return site.publish(
        "/" + name + "-" + lang,
        lang,
        lang.equals("ar") ? "rtl" : "ltr",
        Widgets.snippet(finder.origin(), element));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"nb", "nn", "ar", "uk"})
  void theVisitorChangesThePresetKommuneAndTheSearchAndResultsFollow(String lang) {
    String url =
        hostPage(
            "preset",
            lang,
            "<selvhjelp-groups kommune=\"4602\" lang=\"" + lang + "\"></selvhjelp-groups>");
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      List<String> asked = fragmentRequests(page);
      page.navigate(url + HOST_QUERY + HOST_HASH);
      Widgets.waitSettled(page, "selvhjelp-groups");
      assertThat(page.locator("selvhjelp-groups select[name=kommune]").inputValue())
          .isEqualTo("4602");

      page.selectOption("selvhjelp-groups select[name=kommune]", "4601");
      page.locator("selvhjelp-groups button[type=submit]").click();
      waitForTitles(page, "Angstgruppe i Bergen");

      assertThat(asked.get(asked.size() - 1)).contains("kommune=4601").doesNotContain("4602");
      assertThat(page.locator("selvhjelp-groups select[name=kommune]").inputValue())
          .as("the list keeps the visitor's choice")
          .isEqualTo("4601");
      assertThat(page.url()).isEqualTo(url + HOST_QUERY + "&shf-kommune=4601" + HOST_HASH);
      w.assertClean(finder.origin(), site.origin());
      assertThat(Browser.axeViolations(page)).as("axe, " + lang).isEmpty();
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"nb", "nn", "ar", "uk"})
  void aLockedKommuneIsNotOfferedAndHoldsWhateverTheAddressSays(String lang) {
    String url =
        hostPage(
            "locked",
            lang,
            "<selvhjelp-groups kommune=\"4602\" lock-kommune lang=\""
                + lang
                + "\"></selvhjelp-groups>");
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      List<String> asked = fragmentRequests(page);
      // Even a link that names another kommune cannot move a locked one.
      page.navigate(url + HOST_QUERY + "&shf-kommune=4601&shf-q=angst" + HOST_HASH);
      Widgets.waitSettled(page, "selvhjelp-groups");
      waitForTitles(page, "Angstgruppe i Florø");
      assertThat(page.locator("selvhjelp-groups select[name=kommune]").count()).isZero();
      assertThat(page.locator("selvhjelp-groups [id$=-facet-kommune]").count()).isZero();
      assertThat(page.locator("selvhjelp-groups .shf-fixed").textContent()).contains("Kinn");

      page.locator("selvhjelp-groups input[name=q]").fill("etterlatne");
      page.locator("selvhjelp-groups button[type=submit]").click();
      waitForTitles(page, "Sorggruppe for etterlatne i Florø");
      assertThat(asked.get(asked.size() - 1)).contains("kommune=4602").doesNotContain("4601");
      assertThat(page.url()).isEqualTo(url + HOST_QUERY + "&shf-q=etterlatne" + HOST_HASH);
      w.assertClean(finder.origin(), site.origin());
      assertThat(Browser.axeViolations(page)).as("axe, " + lang).isEmpty();
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"nb", "nn", "ar", "uk"})
  void backForwardReloadAndACopiedLinkKeepTheSearchAndTheOpenGroup(String lang) {
    String url =
        hostPage(
            "history",
            lang,
            "<selvhjelp-groups kommune=\"4602\" lang=\"" + lang + "\"></selvhjelp-groups>");
    String results = url + HOST_QUERY + "&shf-q=angst&shf-kommune=4601" + HOST_HASH;
    String detail =
        url + HOST_QUERY + "&shf-q=angst&shf-kommune=4601&shf-group=angst-bergen" + HOST_HASH;
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(url + HOST_QUERY + HOST_HASH);
      Widgets.waitSettled(page, "selvhjelp-groups");
      page.locator("selvhjelp-groups input[name=q]").fill("angst");
      page.selectOption("selvhjelp-groups select[name=kommune]", "4601");
      page.locator("selvhjelp-groups button[type=submit]").click();
      waitForTitles(page, "Angstgruppe i Bergen");
      assertThat(page.url()).isEqualTo(results);

      page.locator("selvhjelp-groups .shf-result-title a").first().click();
      waitForHeading(page, "Angstgruppe i Bergen");
      assertThat(page.url()).isEqualTo(detail);

      page.goBack();
      waitForTitles(page, "Angstgruppe i Bergen");
      assertThat(page.url()).as("Back stays on the kommune's page").isEqualTo(results);
      assertThat(page.locator("header").textContent()).contains("Kinn kommune");
      assertThat(page.locator("selvhjelp-groups input[name=q]").inputValue()).isEqualTo("angst");
      assertThat(page.locator("selvhjelp-groups select[name=kommune]").inputValue())
          .isEqualTo("4601");
      Widgets.waitFor(page, Widgets.DEEP_ACTIVE_MATCHES, "a[href*='/embed/groups/angst-bergen']");

      page.goForward();
      waitForHeading(page, "Angstgruppe i Bergen");
      assertThat(page.url()).isEqualTo(detail);

      page.reload();
      Widgets.waitSettled(page, "selvhjelp-groups");
      waitForHeading(page, "Angstgruppe i Bergen");
      page.locator("selvhjelp-groups .shf-back a").first().click();
      waitForTitles(page, "Angstgruppe i Bergen");
      assertThat(page.locator("selvhjelp-groups input[name=q]").inputValue()).isEqualTo("angst");
      assertThat(URI.create(page.url()).getRawFragment()).isEqualTo(HOST_HASH.substring(1));
      w.assertClean(
          finder.origin(), site.origin()); // before axe, whose inline styles the CSP blocks
      assertThat(Browser.axeViolations(page)).as("axe, back to results, " + lang).isEmpty();
    }
    // A link copied from the address bar, opened by someone else.
    try (WatchedPage w = new WatchedPage(browser.page(375, 800))) {
      Page page = w.page;
      page.navigate(results);
      Widgets.waitSettled(page, "selvhjelp-groups");
      waitForTitles(page, "Angstgruppe i Bergen");
      assertThat(page.locator("selvhjelp-groups select[name=kommune]").inputValue())
          .isEqualTo("4601");
      page.navigate(detail);
      Widgets.waitSettled(page, "selvhjelp-groups");
      waitForHeading(page, "Angstgruppe i Bergen");
      assertThat(page.locator("selvhjelp-groups .shf-back a").first().getAttribute("href"))
          .contains("q=angst")
          .contains("kommune=4601");
      w.assertClean(finder.origin(), site.origin());
      assertThat(Browser.axeViolations(page)).as("axe, group opened, " + lang).isEmpty();
    }
  }

  /** The fragment URLs the widget asks the finder for, in order. */
  private static List<String> fragmentRequests(Page page) {
    List<String> asked = new CopyOnWriteArrayList<>();
    page.onRequest(
        r -> {
          if (r.url().startsWith(finder.origin() + "/embed/") && r.url().contains("fragment=")) {
            asked.add(r.url());
          }
        });
    return asked;
  }

  /** Waits until the widget shows exactly these result titles, and nothing is busy. */
  private static void waitForTitles(Page page, String... titles) {
    Widgets.waitFor(
        page,
        "(want) => { const r = "
            + SHADOW
            + "; return !r.querySelector('[aria-busy=\"true\"]')"
            + " && [...r.querySelectorAll('.shf-result-title')].map((e) => e.textContent.trim())"
            + ".join('|') === want; }",
        String.join("|", titles));
  }

  /** Waits until the widget shows the group page with this heading. */
  private static void waitForHeading(Page page, String heading) {
    Widgets.waitFor(
        page,
        "(want) => { const r = "
            + SHADOW
            + "; const h = r.querySelector('.shf-facts') && r.querySelector('h2');"
            + " return !r.querySelector('[aria-busy=\"true\"]') && !!h && h.textContent.trim() === want; }",
        heading);
  }
}
