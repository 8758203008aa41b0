package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A visitor on the finder's own page ({@code /}) searches, opens a group, and finds it inside the
 * site (header, language switch), then "back to the search" lands on the same words and filters,
 * and so does the browser's Back. In Bokmål, Nynorsk, Arabic and Ukrainian, with axe on the group.
 */
class VisitorPageGroupJourneyTest {
  private static LiveFinder finder;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    finder = new LiveFinder(PageFixtures.batch());
  }

  @AfterAll
  static void stop() throws Exception {
    if (finder != null) {
      finder.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"nb", "nn", "ar", "uk"})
  void aGroupOpensInsideTheSiteAndBackKeepsTheWordsAndFilters(String lang) {
    try (WatchedPage w = new WatchedPage(browser.page(375, 800))) {
      Page page = w.page;
      page.navigate(finder.url("/?lang=" + lang));
      page.locator("input[name=q]").fill("angst");
      page.selectOption("select[name=kommune]", "0301");
      page.locator("button[type=submit]").click();
      page.waitForURL("**/?*q=angst*");
      String results = page.url();
      String count = page.locator(".shf-count").textContent();
      String pageLang = page.locator("html").getAttribute("lang");
      assertThat(page.locator(".shf-result-title").count()).isPositive();

      page.locator(".shf-result-title a").first().click();
      page.waitForURL("**/groups/**");
      // In the search page's language (which page language ar and uk get is the i18n work's).
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo(pageLang);
      assertThat(page.locator(".shf-site-header .shf-site-name").isVisible()).isTrue();
      assertThat(page.locator("nav.shf-languages a").count()).isGreaterThan(5);
      assertThat(page.locator(".shf-facts").isVisible()).isTrue();
      w.assertClean(finder.origin());

      page.locator(".shf-back a").click();
      page.waitForURL("**/?*q=angst*");
      assertThat(page.locator("input[name=q]").inputValue()).isEqualTo("angst");
      assertThat(page.locator("select[name=kommune]").inputValue()).isEqualTo("0301");
      assertThat(page.locator(".shf-count").textContent()).isEqualTo(count);

      page.goBack();
      page.waitForURL("**/groups/**");
      page.goBack();
      page.waitForURL(results);
      assertThat(page.locator("input[name=q]").inputValue()).isEqualTo("angst");
      w.assertClean(finder.origin());
    }
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(finder.url("/groups/samtalegruppe-kinn?q=angst&kommune=4602&lang=" + lang));
      assertThat(w.page.locator(".shf-site-header").isVisible()).isTrue();
      w.assertClean(finder.origin());
      assertThat(Browser.axeViolations(w.page)).as("axe, group in the site, " + lang).isEmpty();
    }
  }
}
