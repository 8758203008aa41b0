package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The browser and axe work offline here, and axe does report what it should. */
class BrowserInfrastructureTest {
  private static Browser browser;

  @BeforeAll
  static void launch() {
    browser = Browser.launch();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void axeFindsNoViolationOnAnAccessiblePage() {
    Page page = browser.page();
    page.setContent(
        "<!doctype html><html lang='nb'><head><title>Test</title></head>"
            + "<body><main><h1>Selvhjelpsgrupper</h1><p>Tekst.</p></main></body></html>");
    assertThat(Browser.axeViolations(page)).isEmpty();
  }

  @Test
  void axeReportsAnImageWithoutAlternativeText() {
    Page page = browser.page();
    page.setContent(
        "<!doctype html><html lang='nb'><head><title>Test</title></head>"
            + "<body><main><h1>Feil</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></body></html>");
    assertThat(Browser.axeViolations(page)).anySatisfy(v -> assertThat(v).startsWith("image-alt"));
  }
}
