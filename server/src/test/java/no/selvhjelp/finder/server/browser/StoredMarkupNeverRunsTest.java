package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.OfficeContact;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Content imported through the real import API whose every text field carries a script and an
 * {@code onerror} payload is shown as text on every server-rendered component, in the widget (also
 * on a kommune page without any CSP, where only the widget's own escaping and cleaning protect the
 * visitor) and in the JSON-LD, and never runs: {@code window.__xss} stays undefined, no dialog
 * opens, no element carries a handler, and no CSP violation shows that something tried.
 */
class StoredMarkupNeverRunsTest {
  static final String SCRIPT = "<script>window.__xss=1</script>";
  static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
  private static final String TITLE = "Sorg " + SCRIPT;

  private static LiveFinder finder;
  private static KommuneSite site;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    finder = new LiveFinder(hostileContent());
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

  static ImportBatch hostileContent() {
    DistrictOffice office =
        new DistrictOffice(
            "xss-kontor",
            "Kontor " + SCRIPT,
            List.of("03"),
            "Gate " + IMG,
            "+47 22 00 00 01",
            "oslo@example.org",
            "https://example.org/kontor",
            "Om kontoret " + IMG,
            List.of(new OfficeContact("Navn " + SCRIPT, "Rolle " + IMG, "+47 900 00 001", null)));
    ContactPoint point =
        new ContactPoint(
            "xss-punkt",
            "Punkt " + SCRIPT,
            "frivilligsentral",
            List.of("0301"),
            "Gate " + IMG,
            "0150",
            null,
            null,
            "+47 22 00 00 00",
            "post@example.org",
            "https://example.org/oslo",
            "Om punktet " + IMG,
            "xss-kontor");
    Group group =
        new Group(
            "xss-gruppe",
            TITLE,
            "Oppsummering " + IMG,
            "Sorg og beskrivelse </script>" + SCRIPT + " " + IMG,
            List.of("sorg"),
            List.of("nb"),
            "hybrid",
            "0301",
            "Gate " + IMG,
            "0150",
            null,
            null,
            "Hver mandag kl. 18.00 " + SCRIPT,
            "open",
            false,
            "Alle " + SCRIPT,
            "xss-punkt",
            new Contact("Kontakt " + SCRIPT, "+47 400 00 000", "x@example.org", null),
            LocalDate.of(2026, 1, 1),
            true);
    return new ImportBatch(List.of(office), List.of(point), List.of(group));
  }

  /** Nothing ran, nothing carries a handler, and no stored tag became an element. */
  private static void assertInert(WatchedPage w) {
    Page page = w.page;
    for (var frame : page.frames()) {
      assertThat(frame.evaluate("() => typeof window.__xss")).isEqualTo("undefined");
    }
    Object planted =
        page.evaluate(
            "() => { const roots = [document, ...[...document.querySelectorAll('*')]"
                + ".filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];"
                + " return roots.flatMap((r) => [...r.querySelectorAll("
                + "'img, [onerror], script:not([src]):not([type=\"application/ld+json\"])')])"
                + ".map((e) => e.outerHTML); }");
    assertThat((List<?>) planted).isEmpty();
    assertThat(w.dialogs()).isEmpty();
  }

  @Test
  void everyServerRenderedComponentShowsThePayloadAsText() {
    List<String> pages =
        List.of(
            "/embed/groups?q=sorg&kommune=0301",
            "/embed/groups?q=beskrivelse",
            "/embed/group-list?kommune=0301",
            "/embed/groups/xss-gruppe",
            "/embed/contact-points?kommune=0301",
            "/embed/district-office?kommune=0301",
            "/?q=sorg&kommune=0301");
    for (String path : pages) {
      try (WatchedPage w = new WatchedPage(browser.page())) {
        w.page.navigate(finder.url(path));
        String text = w.page.locator("main").innerText();
        assertThat(text).as(path).containsAnyOf(SCRIPT, IMG);
        assertInert(w);
        w.assertClean(finder.origin());
      }
    }
  }

  @Test
  void theJsonLdCarriesThePayloadAsData() {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      w.page.navigate(finder.url("/embed/groups/xss-gruppe"));
      // Parsed as JSON, the data holds the title exactly as stored: escaped for the script
      // element, restored by the parser.
      Object holdsTitle =
          w.page.evaluate(
              "(title) => JSON.stringify(JSON.parse(document.querySelector("
                  + "'script[type=\"application/ld+json\"]').textContent))"
                  + ".includes(JSON.stringify(title))",
              TITLE);
      assertThat(holdsTitle).isEqualTo(true);
      assertThat(w.page.locator("script[type='application/ld+json']").count()).isEqualTo(1);
      assertInert(w);
      w.assertClean(finder.origin());
    }
  }

  @Test
  void everyWidgetElementShowsThePayloadAsTextEvenWithoutACspOnTheHostPage() {
    String elements =
        "<selvhjelp-groups q=\"sorg\" kommune=\"0301\"></selvhjelp-groups>\n"
            + "<selvhjelp-group-list kommune=\"0301\"></selvhjelp-group-list>\n"
            + "<selvhjelp-contact-points kommune=\"0301\"></selvhjelp-contact-points>\n"
            + "<selvhjelp-district-office kommune=\"0301\"></selvhjelp-district-office>";
    for (String url :
        List.of(
            site.publish("/xss-strict", "nb", "ltr", Widgets.snippet(finder.origin(), elements)),
            site.publishWithoutCsp(
                "/xss-open", "nb", "ltr", Widgets.snippet(finder.origin(), elements)))) {
      try (WatchedPage w = new WatchedPage(browser.page())) {
        Page page = w.page;
        page.navigate(url);
        for (String el :
            List.of(
                "selvhjelp-groups",
                "selvhjelp-group-list",
                "selvhjelp-contact-points",
                "selvhjelp-district-office")) {
          Widgets.waitSettled(page, el);
          assertThat(page.locator(el + " section").innerText()).as(el).containsAnyOf(SCRIPT, IMG);
        }
        assertThat(page.locator("selvhjelp-groups .shf-result-title").first().textContent())
            .isEqualTo(TITLE);
        page.locator("selvhjelp-groups .shf-result-title a").first().click();
        Widgets.waitFor(
            page,
            "() => document.querySelector('selvhjelp-groups').shadowRoot.querySelector('.shf-facts')");
        assertThat(page.locator("selvhjelp-groups section").innerText())
            .contains("Kontakt " + SCRIPT, "Alle " + SCRIPT, "Gate " + IMG);
        assertInert(w);
        w.assertClean(finder.origin(), site.origin());
      }
    }
  }
}
