package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.server.demo.DemoContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The coverage page as a district office's planner uses it, on the demo content: choose a theme and
 * a fylke, read the map and the table, sort by a column, go back, on a desktop and on a phone, with
 * and without JavaScript; axe finds no violation.
 */
class CoveragePageBrowserTest {
  private static Browser browser;
  private static LiveFinder finder;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    finder = new LiveFinder(new DemoContent(ReferenceData.load()).batch());
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

  @Test
  void aPlannerFindsVestlandsKommunerWithoutAGriefGroupAndSortsThemOnAPhone() {
    try (WatchedPage w = new WatchedPage(browser.page(375, 800))) {
      Page page = w.page;
      page.navigate(finder.url("/coverage"));
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
      assertThat(page.locator("svg circle").count()).isEqualTo(357);

      page.getByLabel("Tema").selectOption("sorg");
      page.getByLabel("Område").selectOption("46");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
      page.waitForURL(u -> u.contains("fylke=46"));
      assertThat(page.url()).contains("theme=sorg");
      assertThat(page.locator("svg circle").count()).isEqualTo(43);

      // Farthest from a group first, by default: the first row has no local group.
      Locator rows = page.locator("#shf-coverage-table ~ .shf-table-scroll tbody tr");
      assertThat(rows.count()).isEqualTo(43);
      // Columns: kommune, the sorted one (distance), fylke, inhabitants, local groups, …
      assertThat(rows.first().locator("td").nth(3).innerText()).isEqualTo("0");
      Locator sorted = page.locator("th[aria-sort='descending']");
      assertThat(sorted.innerText()).contains("Nærmeste");
      // On the phone the sorted column is on screen beside the kommune's name, unscrolled.
      var box = sorted.boundingBox();
      assertThat(box.x + box.width).isLessThanOrEqualTo(375);
      assertThat(rows.first().boundingBox().height).isLessThan(60);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kommune").setExact(true))
          .click();
      page.waitForURL(u -> u.contains("sort=kommune"));
      assertThat(page.locator("th[aria-sort='ascending']").innerText()).contains("Kommune");
      assertThat(rows.first().locator("th").innerText()).isEqualTo("Alver");

      page.goBack();
      page.waitForURL(u -> !u.contains("sort=kommune"));
      assertThat(page.locator("th[aria-sort='descending']").innerText()).contains("Nærmeste");

      String csv = page.getByText("Last ned kommunetabellen (CSV)").getAttribute("href");
      assertThat(csv).startsWith("/api/v1/coverage/csv?").contains("theme=sorg", "fylke=46");
      // The table scrolls inside its region on a phone; the page itself does not.
      Object pageWidth = page.evaluate("() => document.documentElement.scrollWidth");
      assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(375);
      w.assertClean(finder.origin());
    }
  }

  @Test
  void theFormAndTheSortWorkWithoutJavaScript() {
    try (WatchedPage w =
        new WatchedPage(
            browser.page(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setJavaScriptEnabled(false)),
            false)) {
      Page page = w.page;
      page.navigate(finder.url("/coverage?lang=nn"));
      page.getByLabel("Språk i gruppa").selectOption("ar");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
      page.waitForURL(u -> u.contains("language=ar"));
      assertThat(page.locator("p.shf-count").innerText()).contains("kommunar har ingen lokal");
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Innbyggjarar").setExact(true))
          .click();
      page.waitForURL(u -> u.contains("sort=population"));
      assertThat(page.locator("th[aria-sort='descending']").innerText()).contains("Innbyggjarar");
      assertThat(
              page.locator("#shf-coverage-table ~ .shf-table-scroll tbody tr th")
                  .first()
                  .innerText())
          .isEqualTo("Oslo");
    }
  }

  @Test
  void pressingVisKeepsEveryValueALinkChose() {
    try (WatchedPage w = new WatchedPage(browser.page(1280, 900))) {
      Page page = w.page;
      page.navigate(finder.url("/coverage?theme=sorg,angst&fylke=46,11"));
      assertThat(page.getByLabel("Angst").isChecked()).isTrue();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
      page.waitForURL(u -> u.contains("theme=angst"));
      assertThat(page.url()).contains("theme=sorg", "fylke=46", "fylke=11");
      assertThat(page.locator("p.shf-count").innerText())
          .contains("Sorg, Angst", "Vestland, Rogaland");
      page.getByLabel("Angst").uncheck();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
      page.waitForURL(u -> !u.contains("theme=angst"));
      assertThat(page.locator("p.shf-count").innerText()).doesNotContain("Angst");
      w.assertClean(finder.origin());
    }
  }

  @Test
  void aBadFilterShowsAReadableErrorWithoutParameterNames() {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      var response = w.page.navigate(finder.url("/coverage?theme=tristhet"));
      assertThat(response.status()).isEqualTo(400);
      String alert = w.page.getByRole(AriaRole.ALERT).innerText();
      assertThat(alert).contains("Vi kjenner ikke det temaet").doesNotContain("theme");
      assertThat(Browser.axeViolations(w.page)).isEmpty();
    }
  }

  // Coverage is shown in nb, nn and en (any other lang shows Bokmål), all with the same markup;
  // axe over the 357-row table takes some 15 s a page on CI's two cores, so two of them.
  @ParameterizedTest
  @ValueSource(strings = {"nb", "en"})
  void theCoveragePageHasNoAxeViolations(String lang) throws Exception {
    try (WatchedPage w = new WatchedPage(browser.page(1280, 900))) {
      w.page.navigate(finder.url("/coverage?theme=sorg&lang=" + lang));
      assertThat(w.page.locator("html").getAttribute("lang")).isEqualTo(lang);
      assertThat(Browser.axeViolations(w.page)).as(lang).isEmpty();
      if ("true".equals(System.getProperty("screenshots")) && List.of("nb").contains(lang)) {
        Path out =
            Path.of(System.getProperty("user.dir"))
                .resolve("../docs/screenshots/coverage-" + lang + ".png");
        Files.createDirectories(out.getParent());
        w.page.screenshot(new Page.ScreenshotOptions().setPath(out).setFullPage(false));
      }
    }
  }
}
