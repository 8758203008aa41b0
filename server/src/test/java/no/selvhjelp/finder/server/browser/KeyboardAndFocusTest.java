package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keyboard only (Tab, typing, Enter): a visitor completes a search and opens a group, on the
 * server-rendered page and in the widget. In the widget the result count is announced by its live
 * region, and focus moves to the result count after a search and after turning a page, and to the
 * group's heading when one is opened.
 */
class KeyboardAndFocusTest {
  private static final String GROUPS = "document.querySelector('selvhjelp-groups').shadowRoot";

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

  @Test
  void aKeyboardUserSearchesAndOpensAGroupOnTheServerRenderedPage() {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(finder.url("/embed/groups?lang=nb"));
      Widgets.tabTo(page, "input[name=q]", 5);
      page.keyboard().type("etterlatne");
      page.keyboard().press("Enter");
      page.waitForURL("**/embed/groups?*q=etterlatne*");
      assertThat(page.locator(".shf-count").textContent()).isEqualTo("2 grupper funnet");

      Widgets.tabTo(page, ".shf-result-title a[href*='sorggruppe-kinn']", 80);
      page.keyboard().press("Enter");
      page.waitForURL("**/embed/groups/sorggruppe-kinn*");
      assertThat(page.locator("h2.shf-heading").textContent())
          .isEqualTo("Sorggruppe for etterlatne i Florø");
      w.assertClean(finder.origin());
    }
  }

  @Test
  void aKeyboardUserSearchesAndOpensAGroupInTheWidget() {
    String url =
        site.publish(
            "/keyboard",
            "nb",
            "ltr",
            Widgets.snippet(finder.origin(), "<selvhjelp-groups></selvhjelp-groups>"));
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(url);
      Widgets.waitSettled(page, "selvhjelp-groups");
      Widgets.tabTo(page, "input[name=q]", 5);
      page.keyboard().type("etterlatne");
      page.keyboard().press("Enter");
      Widgets.waitFor(
          page,
          "() => "
              + GROUPS
              + ".querySelector('.shf-widget-status')"
              + ".textContent === '2 grupper funnet'");
      Widgets.waitSettled(page, "selvhjelp-groups");
      assertThat(Widgets.deepActive(page))
          .startsWith("p#shf-group-finder-count.shf-count 2 grupper funnet");

      Widgets.tabTo(page, ".shf-result-title a[href*='sorggruppe-kinn']", 40);
      page.keyboard().press("Enter");
      Widgets.waitFor(page, "() => " + GROUPS + ".querySelector('.shf-facts')");
      assertThat(Widgets.deepActive(page))
          .startsWith("h2#")
          .endsWith("Sorggruppe for etterlatne i Florø");
      // The kommune's page did not navigate: everything happened inside the element, which keeps
      // its place in the page's address (see WidgetStateAndControlsTest).
      assertThat(page.url()).isEqualTo(url + "?shf-q=etterlatne&shf-group=sorggruppe-kinn");
      w.assertClean(finder.origin(), site.origin());
    }
  }

  @Test
  void theWidgetAnnouncesTheCountAndFocusesItAfterASearchAndAfterPaging() {
    String url =
        site.publish(
            "/paging",
            "nn",
            "ltr",
            Widgets.snippet(
                finder.origin(),
                "<selvhjelp-groups kommune=\"0301\" size=\"10\"></selvhjelp-groups>"));
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(url);
      Widgets.waitSettled(page, "selvhjelp-groups");
      String status = GROUPS + ".querySelector('[role=status][aria-live=polite]')";
      // The first view is not the visitor's doing: nothing is announced, focus stays put.
      assertThat(page.evaluate("() => " + status + ".textContent")).isEqualTo("");

      page.locator("selvhjelp-groups input[name=q]").fill("angstgruppe");
      page.locator("selvhjelp-groups button[type=submit]").click();
      Widgets.waitFor(
          page,
          "() => "
              + status
              + ".textContent !== ''"
              + " && !"
              + GROUPS
              + ".querySelector('[aria-busy=\"true\"]')");
      String count = page.locator("selvhjelp-groups .shf-count").textContent();
      assertThat(count).matches("\\d+ grupper funne");
      assertThat(page.evaluate("() => " + status + ".textContent")).isEqualTo(count);
      assertThat(Widgets.deepActive(page))
          .startsWith("p#shf-group-finder-count.shf-count " + count);

      page.locator("selvhjelp-groups a[rel=next]").click();
      Widgets.waitFor(
          page,
          "() => "
              + GROUPS
              + ".querySelector('.shf-paging [aria-current=page]')"
              + "?.textContent.includes('2')");
      Widgets.waitSettled(page, "selvhjelp-groups");
      assertThat(Widgets.deepActive(page))
          .startsWith("p#shf-group-finder-count.shf-count " + count);
      assertThat(page.evaluate("() => " + status + ".textContent")).isEqualTo(count);
      // The count is on screen already; the live region speaks but is not shown twice.
      Number width = (Number) page.evaluate("() => " + status + ".getBoundingClientRect().width");
      assertThat(width.doubleValue()).isLessThanOrEqualTo(1.0);
      w.assertClean(finder.origin(), site.origin());
    }
  }
}
