package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.server.demo.DemoContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kinn's widget in Chromium, on the demo content: Kinn's own groups come first, then the digital
 * groups under their own heading, each card saying "Digitalt". Also leaves screenshots of the
 * visitor page (375 px and desktop, nb and ar) in target/place-screenshots for a person to look at.
 */
class KinnWidgetSectionsBrowserTest {
  private static final Path SHOTS = Path.of("target", "place-screenshots");

  /** The widget's results in order: title, place, format, and whether under the digital heading. */
  private static final String RESULTS =
      "() => { const r = document.querySelector('selvhjelp-groups').shadowRoot;"
          + " return [...r.querySelectorAll('.shf-result')].map((li) => ({"
          + " title: li.querySelector('.shf-result-title').textContent.trim(),"
          + " place: (li.querySelector('.shf-meta-place') || {}).textContent || '',"
          + " format: li.querySelector('.shf-meta-format').textContent.trim(),"
          + " digital: !!li.closest('.shf-digital-section') })); }";

  private static final String DIGITAL_HEADING =
      "() => { const h = document.querySelector('selvhjelp-groups').shadowRoot"
          + ".querySelector('.shf-digital-section > .shf-section-heading');"
          + " return h ? { text: h.textContent.trim(), visible: h.getBoundingClientRect().height > 0 }"
          + " : null; }";

  private static Browser browser;
  private static LiveFinder finder;
  private static KommuneSite site;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    finder = new LiveFinder(new DemoContent(ReferenceData.load()).batch());
    site = new KommuneSite(finder.origin());
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
    finder.close();
    browser.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void kinnsWidgetShowsKinnsGroupsFirstAndTheDigitalSectionLabelled() {
    String url =
        site.publish(
            "/kinn",
            "nb",
            "ltr",
            Widgets.snippet(
                finder.origin(), "<selvhjelp-groups kommune=\"4602\"></selvhjelp-groups>"));
    try (WatchedPage w = new WatchedPage(browser.page(375, 800))) {
      w.page.navigate(url);
      Widgets.waitSettled(w.page, "selvhjelp-groups");
      List<Map<String, Object>> results = (List<Map<String, Object>>) w.page.evaluate(RESULTS);
      assertThat(results).hasSizeGreaterThan(4);
      assertThat(results.subList(0, 4))
          .allSatisfy(
              r -> {
                assertThat(r.get("place")).isEqualTo("Kinn");
                assertThat(r.get("digital")).isEqualTo(false);
              });
      assertThat(results.subList(4, results.size()))
          .allSatisfy(
              r -> {
                assertThat(r.get("digital")).isEqualTo(true);
                assertThat(r.get("format")).isEqualTo("Digitalt");
              });
      Map<String, Object> heading = (Map<String, Object>) w.page.evaluate(DIGITAL_HEADING);
      assertThat(heading).containsEntry("text", "Digitale grupper du kan delta i");
      assertThat(heading).containsEntry("visible", true);
      shoot(w.page, "kinn-widget-375-nb");
      w.page.locator(".shf-section-heading").scrollIntoViewIfNeeded();
      w.page.screenshot(
          new Page.ScreenshotOptions().setPath(SHOTS.resolve("kinn-widget-375-nb-digital.png")));
    }
  }

  @Test
  void visitorPageScreenshotsAtPhoneAndDesktopWidthInBokmaalAndArabic() throws Exception {
    Files.createDirectories(SHOTS);
    for (String lang : List.of("nb", "ar")) {
      for (int width : new int[] {375, 1280}) {
        try (WatchedPage w = new WatchedPage(browser.page(width, 900))) {
          w.page.navigate(finder.url("/?kommune=4602&lang=" + lang));
          assertThat(w.page.locator(".shf-section-heading").count()).isEqualTo(1);
          shoot(w.page, "visitor-kinn-" + width + "-" + lang);
          w.page.screenshot(
              new Page.ScreenshotOptions()
                  .setPath(SHOTS.resolve("visitor-kinn-" + width + "-" + lang + "-top.png")));
          w.page.locator(".shf-section-heading").scrollIntoViewIfNeeded();
          w.page.screenshot(
              new Page.ScreenshotOptions()
                  .setPath(SHOTS.resolve("visitor-kinn-" + width + "-" + lang + "-digital.png")));
        }
      }
    }
  }

  /**
   * The walk's defect on the visitor page: from Florø without a radius, groups 100 to 1,449 km away
   * were "med oppmøte" and the digital groups on page 2. Now the page opens with the digital
   * groups, then "Grupper lenger unna" with the nearest first, and the count says so.
   */
  @Test
  @SuppressWarnings("unchecked")
  void floroWithoutRadiusShowsTheDigitalGroupsBeforeTheGroupsFartherAway() throws Exception {
    Files.createDirectories(SHOTS);
    try (WatchedPage w = new WatchedPage(browser.page(375, 900))) {
      w.page.navigate(finder.url("/?q=p%C3%A5r%C3%B8rende&postnummer=6900&lang=nn"));
      assertThat(w.page.locator(".shf-section-heading").allTextContents())
          .containsExactly("Digitale grupper du kan delta i", "Grupper lenger unna");
      List<String> sections =
          (List<String>)
              w.page.evaluate(
                  "() => [...document.querySelectorAll('.shf-result')].map((li) =>"
                      + " li.closest('.shf-farther-section') ? 'farther'"
                      + " : li.closest('.shf-digital-section') ? 'digital' : 'local')");
      assertThat(sections.get(0)).isEqualTo("digital");
      assertThat(sections).doesNotContain("local").endsWith("farther");
      assertThat(w.page.locator(".shf-count").textContent()).contains("lenger unna");
      assertThat(w.page.locator(".shf-farther-section .shf-section-intro").textContent())
          .isEqualTo("Desse gruppene møtest meir enn 50 km frå deg.");
      shoot(w.page, "visitor-floro-parorende-375-nn");
    }
  }

  private static void shoot(Page page, String name) {
    Path file = SHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    assertThat(file).isNotEmptyFile();
  }
}
