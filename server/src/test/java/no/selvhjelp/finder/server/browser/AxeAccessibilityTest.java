package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core finds no WCAG 2.0/2.1 A or AA violation (tags wcag2a, wcag2aa, wcag21a, wcag21aa) in any
 * component, in any state, in nb, nn, en, ar, ti and se: the server-rendered pages as a visitor or
 * an iframe gets them (and the visitor page at phone width), and the widget's elements on a
 * kommune's page on another origin. No rule is switched off.
 */
class AxeAccessibilityTest {
  private static final List<String> LANGUAGES = List.of("nb", "nn", "en", "ar", "ti", "se");

  private static LiveFinder finder;
  private static KommuneSite site;
  private static Browser browser;

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

  /** state name, path (the language is added). */
  static Stream<Arguments> serverPages() {
    List<List<String>> states =
        List.of(
            List.of("finder, initial", "/embed/groups?"),
            List.of("finder, results with facets and paging", "/embed/groups?q=angst&size=5&"),
            List.of("finder, results for a kommune", "/embed/groups?kommune=4602&"),
            List.of("finder, no results", "/embed/groups?q=qwxzzyvk&kommune=4602&"),
            List.of(
                "finder, no group near a postnummer",
                "/embed/groups?postnummer=6900&theme=spiseforstyrrelser&"),
            List.of(
                "finder, no group in a kommune without contact point",
                "/embed/groups?kommune=4601&theme=spiseforstyrrelser&"),
            List.of(
                "finder, groups only farther away, with the invitation",
                "/embed/groups?postnummer=6900&theme=angst&"),
            List.of("finder, bad parameter (400)", "/embed/groups?postnummer=abcd&"),
            List.of("group list", "/embed/group-list?kommune=0301&size=10&page=2&"),
            List.of("group list, no results", "/embed/group-list?kommune=5001&"),
            List.of("group detail, open", "/embed/groups/samtalegruppe-kinn?"),
            List.of("group detail, closed", "/embed/groups/sorggruppe-kinn?"),
            List.of("group detail, not found (404)", "/embed/groups/finnes-ikke?"),
            List.of("contact points", "/embed/contact-points?kommune=4602&"),
            List.of("contact points, none", "/embed/contact-points?kommune=5001&"),
            List.of("contact points, bad kommune (400)", "/embed/contact-points?kommune=99&"),
            List.of("district office", "/embed/district-office?kommune=4602&"),
            List.of("about", "/embed/about?"),
            List.of("visitor page, initial", "/?"),
            List.of("visitor page, results", "/?q=angst&"),
            List.of("visitor page, bad postnummer (400)", "/?postnummer=690&"),
            List.of("no page at this address (404)", "/finnes-ikke?"));
    return LANGUAGES.stream()
        .flatMap(
            lang ->
                states.stream()
                    .map(
                        s ->
                            Arguments.of(s.get(0) + " [" + lang + "]", s.get(1) + "lang=" + lang)));
  }

  @ParameterizedTest(name = "phone, facets open and folded [{0}]")
  @ValueSource(strings = {"nb", "ar", "se"})
  void thePhoneLayoutHasNoAxeViolationsWithFacetsOpenOrFolded(String lang) {
    try (WatchedPage w = new WatchedPage(browser.page(375, 740))) {
      w.page.navigate(finder.url("/?q=angst&lang=" + lang + "#shf-group-finder-count"));
      assertThat(axe(w.page, "phone, facets open " + lang)).isEmpty();
      w.page.locator(".shf-facets-box > summary").click();
      assertThat(w.page.locator(".shf-facets-box").getAttribute("open")).isNull();
      assertThat(axe(w.page, "phone, facets folded " + lang)).isEmpty();
      w.assertClean(finder.origin());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serverPages")
  void serverRenderedPagesHaveNoAxeViolations(String state, String path) {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(finder.url(path));
      assertThat(axe(w.page, state)).isEmpty();
      w.assertClean(finder.origin());
    }
  }

  @Test
  void theConfiguratorHasNoAxeViolations() {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(finder.url("/configure"));
      // The live preview is the real widget: wait until it has shown the finder.
      Widgets.waitSettled(w.page, "selvhjelp-groups, selvhjelp-group-list");
      w.assertClean(finder.origin()); // before axe: see assertCleanBeforeAxe
      assertThat(axe(w.page, "configure")).isEmpty();
    }
  }

  private static String hostPage(String lang, String elements) {
    String dir = List.of("ar", "fa").contains(lang) ? "rtl" : "ltr";
    return site.publish(
        "/widget-" + lang + "-" + Integer.toHexString(elements.hashCode()),
        lang,
        dir,
        Widgets.snippet(finder.origin(), elements));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"nb", "nn", "en", "ar", "ti", "se"})
  void everyWidgetElementHasNoAxeViolationsOnceLoaded(String lang) {
    String url =
        hostPage(
            lang,
            "<selvhjelp-groups lang=\""
                + lang
                + "\"></selvhjelp-groups>\n"
                + "<selvhjelp-group-list kommune=\"0301\" size=\"5\" lang=\""
                + lang
                + "\"></selvhjelp-group-list>\n"
                + "<selvhjelp-contact-points kommune=\"4602\" lang=\""
                + lang
                + "\"></selvhjelp-contact-points>\n"
                + "<selvhjelp-district-office kommune=\"4602\" lang=\""
                + lang
                + "\"></selvhjelp-district-office>");
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(url);
      for (String el :
          List.of(
              "selvhjelp-groups",
              "selvhjelp-group-list",
              "selvhjelp-contact-points",
              "selvhjelp-district-office")) {
        Widgets.waitSettled(w.page, el);
      }
      assertCleanBeforeAxe(w);
      assertThat(axe(w.page, "widget elements " + lang)).isEmpty();
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"nb", "nn", "en", "ar", "ti", "se"})
  void theWidgetFinderHasNoAxeViolationsInAnyState(String lang) {
    String url = hostPage(lang, "<selvhjelp-groups lang=\"" + lang + "\"></selvhjelp-groups>");
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      // Loading: the first answer is held back until axe has looked.
      List<Route> held = new CopyOnWriteArrayList<>();
      page.route(finder.origin() + "/embed/**", held::add);
      page.navigate(url);
      Widgets.waitFor(
          page,
          "() => document.querySelector('selvhjelp-groups')?.shadowRoot"
              + "?.querySelector('[role=status]')?.textContent !== ''");
      page.waitForLoadState(LoadState.LOAD);
      assertCleanBeforeAxe(w);
      assertThat(axe(page, "widget loading " + lang)).isEmpty();
      page.unroute(finder.origin() + "/embed/**");
      held.forEach(Route::resume);
      Widgets.waitSettled(page, "selvhjelp-groups");
      assertThat(axe(page, "widget initial " + lang)).isEmpty();

      search(page, "angst");
      Widgets.waitFor(
          page,
          "() => document.querySelector('selvhjelp-groups').shadowRoot.querySelector('.shf-results')");
      assertThat(axe(page, "widget results " + lang)).isEmpty();

      page.locator("selvhjelp-groups .shf-result-title a").first().click();
      Widgets.waitFor(
          page,
          "() => document.querySelector('selvhjelp-groups').shadowRoot.querySelector('.shf-facts')");
      Widgets.waitSettled(page, "selvhjelp-groups");
      assertThat(axe(page, "widget group detail " + lang)).isEmpty();

      page.locator("selvhjelp-groups .shf-back a").first().click();
      Widgets.waitSettled(page, "selvhjelp-groups");
      search(page, "qwxzzyvk");
      Widgets.waitFor(
          page,
          "() => document.querySelector('selvhjelp-groups').shadowRoot.querySelector('.shf-empty')");
      assertThat(axe(page, "widget no results " + lang)).isEmpty();

      page.locator("selvhjelp-groups input[name=postnummer]").fill("abcd");
      page.locator("selvhjelp-groups button[type=submit]").click();
      Widgets.waitFor(
          page,
          "() => document.querySelector('selvhjelp-groups').shadowRoot.querySelector('.shf-error')");
      Widgets.waitSettled(page, "selvhjelp-groups");
      assertThat(axe(page, "widget bad parameter " + lang)).isEmpty();

      // The finder cannot be reached: the widget's own error box with retry and fallback link.
      page.route(finder.origin() + "/embed/**", Route::abort);
      page.locator("selvhjelp-groups input[name=postnummer]").fill("");
      page.locator("selvhjelp-groups button[type=submit]").click();
      Widgets.waitFor(
          page,
          "() => document.querySelector('selvhjelp-groups').shadowRoot"
              + ".querySelector('.shf-widget-error')");
      assertThat(axe(page, "widget unreachable " + lang)).isEmpty();
      page.unroute(finder.origin() + "/embed/**");
      assertThat(w.requestedOrigins()).isSubsetOf(List.of(finder.origin(), site.origin()));
    }
  }

  /**
   * The page's CSP record is checked before axe runs: axe itself, for its css-orientation-lock rule
   * (wcag21aa), copies the stylesheets of every shadow root into inline style elements, which the
   * kommune's CSP rightly blocks and reports. Those reports are axe's, not the widget's; the other
   * browser tests check the same pages without axe and without any exception.
   */
  private static void assertCleanBeforeAxe(WatchedPage w) {
    w.assertClean(finder.origin(), site.origin());
  }

  /** The violations, also printed at once: a full run takes minutes and reports at its end. */
  private static List<String> axe(Page page, String state) {
    List<String> violations = Browser.axeViolations(page);
    if (!violations.isEmpty()) {
      System.out.println("AXE " + state + ": " + String.join("\n  ", violations));
    }
    return violations;
  }

  private static void search(Page page, String text) {
    page.locator("selvhjelp-groups input[name=q]").fill(text);
    page.locator("selvhjelp-groups button[type=submit]").click();
    Widgets.waitFor(
        page,
        "() => { const r = document.querySelector('selvhjelp-groups').shadowRoot;"
            + " return !r.querySelector('[aria-busy=\"true\"]'); }");
  }
}
