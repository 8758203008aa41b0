package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates docs/screenshots/: every component in Bokmål and Arabic, 800 CSS pixels wide, from
 * the test fixtures. Off in the normal build; run it with the command in docs/embedding.md:
 *
 * <pre>
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 mvn -B -ntp verify -pl server -am -DskipITs \
 *   -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsTest {
  private static final Path OUT =
      Path.of(System.getProperty("user.dir")).resolve("../docs/screenshots");

  @Test
  void writesAScreenshotOfEveryComponentInBokmaalAndArabic() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("group-finder", "/embed/groups?q=sorg");
    pages.put("group-list", "/embed/group-list?kommune=4602");
    pages.put("group-detail", "/embed/groups/samtalegruppe-kinn");
    pages.put("contact-points", "/embed/contact-points?kommune=4602");
    pages.put("district-office", "/embed/district-office?kommune=4602");
    pages.put("about", "/embed/about");
    pages.put("visitor-page", "/?kommune=4602");
    Files.createDirectories(OUT);
    try (Browser browser = Browser.launch();
        LiveFinder finder = new LiveFinder(withoutAttacks(PageFixtures.batch()));
        KommuneSite site = new KommuneSite(finder.origin())) {
      for (String lang : List.of("nb", "ar")) {
        for (var e : pages.entrySet()) {
          try (WatchedPage w = new WatchedPage(browser.page(800, 600))) {
            w.page.navigate(
                finder.url(
                    e.getValue() + (e.getValue().contains("?") ? "&" : "?") + "lang=" + lang));
            shoot(w.page, e.getKey() + "-" + lang);
          }
        }
        String url =
            site.publish(
                "/shot-" + lang,
                lang,
                lang.equals("ar") ? "rtl" : "ltr",
                Widgets.snippet(
                    finder.origin(),
                    "<selvhjelp-groups kommune=\"4602\" lang=\""
                        + lang
                        + "\"></selvhjelp-groups>"));
        try (WatchedPage w = new WatchedPage(browser.page(800, 600))) {
          w.page.navigate(url);
          Widgets.waitSettled(w.page, "selvhjelp-groups");
          shoot(w.page, "widget-on-kommune-page-" + lang);
        }
      }
    }
  }

  /**
   * The visitor page in Arabic, Tigrinya and Northern Sami after a search, and a phone (375 px)
   * right after a search, as the visitor sees it (the viewport, landed on the count) and whole.
   */
  @Test
  void writesTheMotherTonguePagesAndThePhoneAfterASearch() throws Exception {
    Files.createDirectories(OUT);
    try (Browser browser = Browser.launch();
        LiveFinder finder = new LiveFinder(withoutAttacks(PageFixtures.batch()))) {
      for (String lang : List.of("ar", "ti", "se")) {
        try (WatchedPage w = new WatchedPage(browser.page(1024, 768))) {
          w.page.navigate(finder.url("/?q=angst&lang=" + lang));
          shoot(w.page, "visitor-page-search-" + lang);
        }
      }
      for (String lang : List.of("nb", "ar")) {
        try (WatchedPage w = new WatchedPage(browser.page(375, 740))) {
          w.page.navigate(finder.url("/?lang=" + lang));
          w.page.locator("#shf-group-finder-q").fill("angst");
          w.page.locator("#shf-group-finder-q").press("Enter");
          w.page.waitForURL(u -> u.endsWith("#shf-group-finder-count"));
          Path view = OUT.resolve("phone-after-search-" + lang + ".png");
          w.page.screenshot(new Page.ScreenshotOptions().setPath(view));
          assertThat(view).isNotEmptyFile();
          shoot(w.page, "phone-after-search-full-" + lang);
        }
      }
      try (WatchedPage w = new WatchedPage(browser.page(375, 740))) {
        w.page.navigate(finder.url("/?postnummer=6900&theme=spiseforstyrrelser&lang=nn"));
        shoot(w.page, "phone-no-group-nearby-nn");
      }
    }
  }

  /** The fixtures less the items whose text is an attack (those are for the XSS tests). */
  private static ImportBatch withoutAttacks(ImportBatch all) {
    return new ImportBatch(
        all.districtOffices().stream().filter(o -> !o.id().startsWith("xss")).toList(),
        all.contactPoints().stream().filter(c -> !c.id().startsWith("xss")).toList(),
        all.groups().stream().filter(g -> !g.id().startsWith("xss")).toList());
  }

  private static void shoot(Page page, String name) {
    Path file = OUT.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    assertThat(file).isNotEmptyFile();
  }
}
