package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Stream;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels, and at 200% zoom of a 1280 pixel window (a 640 pixel
 * layout viewport at device scale 2), nothing scrolls sideways and nothing sticks out of the
 * viewport, for every component in Bokmål and Arabic, server-rendered and in the widget. And the
 * right-to-left languages (ar, fa) get dir=rtl, with the form starting at the right edge.
 */
class ReflowAndRtlTest {
  private static final List<String> PAGES =
      List.of(
          "/embed/groups?q=angst&size=5",
          "/embed/group-list?kommune=0301&size=5",
          "/embed/groups/samtalegruppe-kinn",
          "/embed/contact-points?kommune=4602",
          "/embed/district-office?kommune=4602",
          "/embed/about",
          "/embed/groups?postnummer=abcd",
          "/?q=angst");

  /**
   * What overflows: the document or a component container scrolling sideways, or any visible box
   * reaching past the viewport (visually hidden text and the off-screen skip link excepted).
   */
  private static final String OVERFLOW =
      "() => { const out = []; const d = document.documentElement;"
          + " if (d.scrollWidth > d.clientWidth) out.push('document ' + d.scrollWidth + ' > ' + d.clientWidth);"
          + " const roots = [document, ...[...document.querySelectorAll('*')]"
          + ".filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];"
          + " const name = (e) => e.localName + '.' + [...e.classList].join('.');"
          + " for (const r of roots) {"
          + "  for (const e of r.querySelectorAll('.shf, .shf-form, .shf-results, .shf-card, .shf-facts,"
          + " .shf-contact, .shf-paging, .shf-facets, .shf-layout, main')) {"
          + "   if (e.scrollWidth > e.clientWidth + 1) out.push(name(e) + ' scrolls ' + e.scrollWidth + ' > ' + e.clientWidth); }"
          + "  for (const e of r.querySelectorAll('*')) {"
          + "   if (e.closest('.shf-visually-hidden, .shf-skip, head, script, style, link')) continue;"
          + "   const b = e.getBoundingClientRect(); if (b.width <= 1 || b.height <= 1) continue;"
          + "   if (b.right > innerWidth + 1 || b.left < -1) out.push(name(e) + ' at ' + Math.round(b.left) + '..' + Math.round(b.right)); } }"
          + " return out.slice(0, 10); }";

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

  /** 320 px at scale 1, and 640 px at scale 2: a 1280 px window zoomed to 200%. */
  private static Page page(int width) {
    return browser.page(
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setViewportSize(width, 800)
            .setDeviceScaleFactor(width == 320 ? 1 : 2));
  }

  static Stream<Arguments> widths() {
    return Stream.of("nb", "ar").flatMap(l -> Stream.of(320, 640).map(w -> Arguments.of(l, w)));
  }

  @ParameterizedTest(name = "[{0}, {1} px]")
  @MethodSource("widths")
  void noServerRenderedComponentOverflows(String lang, int width) {
    try (WatchedPage w = new WatchedPage(page(width))) {
      for (String path : PAGES) {
        w.page.navigate(finder.url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        assertThat((List<?>) w.page.evaluate(OVERFLOW)).as(path).isEmpty();
      }
      w.assertClean(finder.origin());
    }
  }

  @ParameterizedTest(name = "[{0}, {1} px]")
  @MethodSource("widths")
  void noWidgetElementOverflows(String lang, int width) {
    String url =
        site.publish(
            "/reflow-" + lang,
            lang,
            lang.equals("ar") ? "rtl" : "ltr",
            Widgets.snippet(
                finder.origin(),
                "<selvhjelp-groups q=\"angst\" size=\"5\"></selvhjelp-groups>\n"
                    + "<selvhjelp-group-list kommune=\"0301\" size=\"5\"></selvhjelp-group-list>\n"
                    + "<selvhjelp-contact-points kommune=\"4602\"></selvhjelp-contact-points>\n"
                    + "<selvhjelp-district-office kommune=\"4602\"></selvhjelp-district-office>"));
    try (WatchedPage w = new WatchedPage(page(width))) {
      w.page.navigate(url);
      for (String el :
          List.of(
              "selvhjelp-groups",
              "selvhjelp-group-list",
              "selvhjelp-contact-points",
              "selvhjelp-district-office")) {
        Widgets.waitSettled(w.page, el);
      }
      assertThat((List<?>) w.page.evaluate(OVERFLOW)).isEmpty();
      w.page.locator("selvhjelp-groups .shf-result-title a").first().click();
      Widgets.waitFor(
          w.page,
          "() => document.querySelector('selvhjelp-groups').shadowRoot.querySelector('.shf-facts')");
      Widgets.waitSettled(w.page, "selvhjelp-groups");
      assertThat((List<?>) w.page.evaluate(OVERFLOW)).as("group detail").isEmpty();
      w.assertClean(finder.origin(), site.origin());
    }
  }

  /**
   * How far the submit button sits from the form's right and left edges: in a right-to-left page
   * the form starts at the right, so the button (the first action) is nearer the right edge.
   */
  private static final String BUTTON_EDGES =
      "(root) => { const f = root.querySelector('form.shf-form');"
          + " const b = f.querySelector('button[type=submit]');"
          + " const fr = f.getBoundingClientRect(); const br = b.getBoundingClientRect();"
          + " return [Math.round(fr.right - br.right), Math.round(br.left - fr.left),"
          + " getComputedStyle(f).direction]; }";

  @Test
  void arabicAndPersianPagesRunRightToLeftAndStartAtTheRight() {
    for (String lang : List.of("ar", "fa")) {
      try (WatchedPage w = new WatchedPage(browser.page())) {
        // The about text is in the language itself.
        w.page.navigate(finder.url("/embed/about?lang=" + lang));
        assertThat(w.page.getAttribute("html", "lang")).isEqualTo(lang);
        assertThat(w.page.getAttribute("html", "dir")).isEqualTo("rtl");
        // The finder's labels are in the language too (WCAG 3.1.1), laid out in its direction.
        w.page.navigate(finder.url("/embed/groups?lang=" + lang));
        assertThat(w.page.getAttribute("html", "lang")).isEqualTo(lang);
        assertThat(w.page.getAttribute("html", "dir")).isEqualTo("rtl");
        List<?> edges = (List<?>) w.page.evaluateHandle("() => document").evaluate(BUTTON_EDGES);
        assertThat(edges.get(2)).isEqualTo("rtl");
        assertThat(((Number) edges.get(0)).intValue())
            .as(lang + ": button to the right edge vs to the left edge")
            .isLessThan(((Number) edges.get(1)).intValue());
        w.assertClean(finder.origin());
      }
    }
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(finder.url("/embed/groups?lang=nb"));
      List<?> edges = (List<?>) w.page.evaluateHandle("() => document").evaluate(BUTTON_EDGES);
      assertThat(edges.get(2)).isEqualTo("ltr");
      assertThat(((Number) edges.get(1)).intValue()).isLessThan(((Number) edges.get(0)).intValue());
    }
  }

  @Test
  void theWidgetInArabicRunsRightToLeftInsideItsShadowRoot() {
    String url =
        site.publish(
            "/rtl-widget",
            "ar",
            "rtl",
            Widgets.snippet(
                finder.origin(),
                "<selvhjelp-groups lang=\"ar\"></selvhjelp-groups>\n"
                    + "<selvhjelp-group-list lang=\"fa\" size=\"3\"></selvhjelp-group-list>"));
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(url);
      Widgets.waitSettled(w.page, "selvhjelp-groups");
      assertThat(w.page.locator("selvhjelp-groups section.shf").getAttribute("lang"))
          .isEqualTo("ar");
      assertThat(w.page.locator("selvhjelp-groups section.shf").getAttribute("dir"))
          .isEqualTo("rtl");
      List<?> edges =
          (List<?>)
              w.page
                  .evaluateHandle("() => document.querySelector('selvhjelp-groups').shadowRoot")
                  .evaluate(BUTTON_EDGES);
      assertThat(edges.get(2)).isEqualTo("rtl");
      assertThat(((Number) edges.get(0)).intValue()).isLessThan(((Number) edges.get(1)).intValue());
      Widgets.waitSettled(w.page, "selvhjelp-group-list");
      assertThat(w.page.locator("selvhjelp-group-list section.shf").getAttribute("dir"))
          .isEqualTo("rtl");
      w.assertClean(finder.origin(), site.origin());
    }
  }
}
