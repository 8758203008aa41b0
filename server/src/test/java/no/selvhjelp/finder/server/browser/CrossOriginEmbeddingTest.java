package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import java.util.List;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "done when", in a browser: a web editor opens /configure, picks a finder for Kinn in
 * Nynorsk, copies the snippet and the iframe alternative, and pastes them into a plain HTML page of
 * the kommune's own site on another origin, which sends a strict CSP (no inline script or style;
 * scripts, styles, fetches and frames only from the finder). The finder works there with JavaScript
 * on and off, without a single CSP violation and without requests anywhere else.
 */
class CrossOriginEmbeddingTest {
  private static LiveFinder finder;
  private static KommuneSite site;
  private static Browser browser;
  private static String snippet;
  private static String iframe;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    finder = new LiveFinder(PageFixtures.batch());
    site = new KommuneSite(finder.origin());
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(finder.url("/configure"));
      Widgets.waitFor(page, "() => document.querySelector('#kommune option[value=\"4602\"]')");
      page.selectOption("#kommune", "4602");
      page.check("#lang-nn");
      Widgets.waitFor(
          page,
          "() => { const s = document.querySelector('#snippet').value;"
              + " return s.includes('kommune=\"4602\"') && s.includes('lang=\"nn\"'); }");
      snippet = page.inputValue("#snippet");
      iframe = page.inputValue("#iframe-snippet");
      // Every page language is on offer, not only nb, nn and en: a Sami or Arabic page too.
      for (String lang : List.of("se", "ar", "ti")) {
        page.check("#lang-" + lang);
        Widgets.waitFor(
            page,
            "() => document.querySelector('#snippet').value.includes('lang=\"" + lang + "\"')");
      }
      // A search in the preview, then another kind of component: it starts from its own
      // settings, not from the finder's words (which gave the contact points a 400).
      // (after the preview has redrawn in the last language chosen)
      Widgets.waitFor(
          page,
          "() => { const r = document.querySelector('selvhjelp-groups').shadowRoot;"
              + " return !!r.querySelector('section[lang=\"ti\"]'); }");
      Widgets.waitSettled(page, "selvhjelp-groups");
      page.locator("selvhjelp-groups input[name=q]").fill("sorg");
      page.locator("selvhjelp-groups button[type=submit]").click();
      Widgets.waitFor(page, "() => location.search.includes('shf-q=sorg')");
      page.check("#component-contact-points");
      Widgets.waitSettled(page, "selvhjelp-contact-points");
      assertThat(
              page.evaluate(
                  "() => { const r = document.querySelector('selvhjelp-contact-points').shadowRoot;"
                      + " return r.querySelector('.shf-error, .shf-widget-error') === null"
                      + " && !!r.querySelector('.shf-card'); }"))
          .isEqualTo(true);
      assertThat(page.url()).doesNotContain("shf-q");
      w.assertClean(finder.origin());
    }
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

  @Test
  void theCopiedSnippetShowsTheKommunesGroupsOnAnotherOriginUnderAStrictCsp() {
    assertThat(site.origin()).isNotEqualTo(finder.origin());
    assertThat(site.csp()).doesNotContain("unsafe-inline", "unsafe-eval", "'self'");
    String url = site.publish("/snippet", "nn", "ltr", snippet);
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(url);
      Widgets.waitSettled(page, "selvhjelp-groups");
      assertThat(page.locator("selvhjelp-groups .shf-heading").textContent())
          .isEqualTo("Finn ei sjølvhjelpsgruppe");
      assertThat(page.locator("selvhjelp-groups .shf-result-title").allTextContents())
          .contains("Samtalegruppe for pårørande", "Sorggruppe for etterlatne i Florø");
      // The preset kommune is where the search starts; the search goes into the page's address.
      page.locator("selvhjelp-groups input[name=q]").fill("etterlatne");
      page.locator("selvhjelp-groups button[type=submit]").click();
      Widgets.waitFor(
          page,
          "() => document.querySelector('selvhjelp-groups').shadowRoot"
              + ".querySelector('.shf-widget-status').textContent === '1 gruppe funnen'");
      assertThat(page.url()).isEqualTo(url + "?shf-q=etterlatne&shf-kommune=4602");
      w.assertClean(finder.origin(), site.origin());
    }
  }

  /**
   * The accent colour of the finder's search button, computed, inside the element's shadow root.
   */
  private static final String BUTTON_COLOUR =
      "(sel) => getComputedStyle(document.querySelector(sel).shadowRoot"
          + ".querySelector('.shf-button')).backgroundColor";

  @Test
  void theConfiguratorPreviewsTheColourThePastedWidgetShowsWithDefaultAndOwnColours() {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(finder.url("/configure"));
      Widgets.waitSettled(page, "#preview selvhjelp-groups");
      assertThat(page.inputValue("#accent-hex")).isEqualTo("#00507a");
      String preview = (String) page.evaluate(BUTTON_COLOUR, "#preview selvhjelp-groups");
      String defaultSnippet = page.inputValue("#snippet");
      assertThat(defaultSnippet).doesNotContain("<style");

      page.fill("#accent-hex", "#7a1f5c");
      Widgets.waitFor(page, "() => document.querySelector('#snippet').value.includes('#7a1f5c')");
      Widgets.waitFor(
          page,
          "(sel) => getComputedStyle(document.querySelector(sel).shadowRoot"
              + ".querySelector('.shf-button')).backgroundColor === 'rgb(122, 31, 92)'",
          "#preview selvhjelp-groups");
      String ownSnippet = page.inputValue("#snippet");
      w.assertClean(finder.origin());

      assertThat(preview).isEqualTo("rgb(0, 80, 122)");
      assertThat(pastedButtonColour("/colour-default", defaultSnippet)).isEqualTo(preview);
      // The own colours come in a style block: a page whose CSP allows it (many do) shows them.
      assertThat(pastedButtonColourWithoutCsp("/colour-own", ownSnippet))
          .isEqualTo("rgb(122, 31, 92)");
    }
  }

  private static String pastedButtonColour(String path, String snippet) {
    return buttonColourAt(site.publish(path, "nb", "ltr", snippet));
  }

  private static String pastedButtonColourWithoutCsp(String path, String snippet) {
    return buttonColourAt(site.publishWithoutCsp(path, "nb", "ltr", snippet));
  }

  private static String buttonColourAt(String url) {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(url);
      Widgets.waitSettled(w.page, "selvhjelp-groups");
      w.assertClean(finder.origin(), site.origin());
      return (String) w.page.evaluate(BUTTON_COLOUR, "selvhjelp-groups");
    }
  }

  @Test
  void theIframeAlternativeWorksOnAnotherOriginUnderAStrictCsp() {
    String url = site.publish("/iframe", "nn", "ltr", iframe);
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(url);
      FrameLocator frame = page.frameLocator("iframe");
      assertThat(frame.locator("h2.shf-heading").textContent())
          .isEqualTo("Finn ei sjølvhjelpsgruppe");
      frame.locator("input[name=q]").fill("etterlatne");
      frame.locator("button[type=submit]").click();
      // The frame navigates: wait for the answer page, not the page the click left.
      frame
          .locator(".shf-count", new FrameLocator.LocatorOptions().setHasText("1 gruppe funnen"))
          .waitFor();
      assertThat(frame.locator(".shf-count").textContent()).isEqualTo("1 gruppe funnen");
      assertThat(frame.locator(".shf-result-title").allTextContents())
          .containsExactly("Sorggruppe for etterlatne i Florø");
      w.assertClean(finder.origin(), site.origin());
    }
  }

  @Test
  void withJavaScriptOffTheSnippetsLinkLeadsToAPlainGetSearch() {
    String url = site.publish("/snippet-nojs", "nn", "ltr", snippet);
    try (WatchedPage w =
        new WatchedPage(
            browser.page(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setJavaScriptEnabled(false)),
            false)) {
      Page page = w.page;
      page.navigate(url);
      page.locator("selvhjelp-groups a").click();
      page.waitForURL(finder.origin() + "/embed/groups?*");
      assertThat(page.url()).contains("kommune=4602").contains("lang=nn");
      page.locator("input[name=q]").fill("etterlatne");
      page.locator("button[type=submit]").click();
      page.locator(".shf-count", new Page.LocatorOptions().setHasText("1 gruppe funnen")).waitFor();
      assertThat(page.locator(".shf-count").textContent()).isEqualTo("1 gruppe funnen");
      assertThat(page.url()).contains("q=etterlatne");
      assertThat(page.locator(".shf-result-title").allTextContents())
          .containsExactly("Sorggruppe for etterlatne i Florø");
      w.assertClean(finder.origin(), site.origin());
    }
  }

  @Test
  void withJavaScriptOffTheIframeStillSearches() {
    String url = site.publish("/iframe-nojs", "nn", "ltr", iframe);
    try (WatchedPage w =
        new WatchedPage(
            browser.page(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setJavaScriptEnabled(false)),
            false)) {
      Page page = w.page;
      page.navigate(url);
      FrameLocator frame = page.frameLocator("iframe");
      frame.locator("input[name=q]").fill("etterlatne");
      frame.locator("button[type=submit]").click();
      // The frame navigates: wait for the answer page, not the page the click left.
      frame
          .locator(".shf-count", new FrameLocator.LocatorOptions().setHasText("1 gruppe funnen"))
          .waitFor();
      assertThat(frame.locator(".shf-count").textContent()).isEqualTo("1 gruppe funnen");
      w.assertClean(finder.origin(), site.origin());
    }
  }
}
