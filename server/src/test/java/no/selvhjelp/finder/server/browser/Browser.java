package no.selvhjelp.finder.server.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for Java, headless and offline: Playwright's own browser
 * download is switched off, and the flags keep Chromium from calling home (this machine's network
 * refuses it). One browser per test class; a fresh context (no cookies, no storage) per page.
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
  static final double TIMEOUT_MS = 90_000;
  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Launches Chromium; skips the test class only outside CI when Chromium is not installed. */
  public static Browser launch() {
    if (!Files.isExecutable(CHROMIUM)) {
      Assumptions.assumeTrue(
          System.getenv("CI") != null,
          "Chromium is not installed at "
              + CHROMIUM
              + ": run `apt-get install -y chromium` (.ci/run does)");
      throw new IllegalStateException("CI must have Chromium at " + CHROMIUM);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      return new Browser(
          playwright,
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(CHROMIUM)
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync",
                              "--no-first-run"))));
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /**
   * A page in a fresh context of the given width (CSS pixels), e.g. 320 for the smallest phones.
   */
  public Page page(int width, int height) {
    return page(
        new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height));
  }

  public Page page() {
    return page(1280, 900);
  }

  /** A page in a fresh context with the given options (JavaScript off, zoom, size...). */
  public Page page(com.microsoft.playwright.Browser.NewContextOptions options) {
    // Colour transitions (a button's hover right after a click) would let axe sample a colour
    // halfway between two states; the tests check the states themselves.
    BrowserContext context =
        browser.newContext(
            options.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
    // Generous: the 2 shared cores of a build machine can be slow to answer, and each wait
    // still ends as soon as its condition holds.
    context.setDefaultTimeout(TIMEOUT_MS);
    context.setDefaultNavigationTimeout(TIMEOUT_MS);
    return context.newPage();
  }

  /**
   * axe-core's WCAG 2.1 A/AA violations on the page as it is now (open shadow roots included), one
   * readable line each. Legacy mode runs axe once in the top frame: the partial mode's extra page
   * per analysis costs seconds on a busy machine, and the pages we check have no iframes of their
   * own (an iframe's content is checked as its own page).
   */
  public static List<String> axeViolations(Page page) {
    AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
    if (results.getErrorMessage() != null) {
      throw new IllegalStateException("axe failed: " + results.getErrorMessage());
    }
    return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
  }

  private static String describe(Rule rule) {
    String targets =
        rule.getNodes().stream()
            .limit(3)
            .map(n -> String.valueOf(n.getTarget()))
            .collect(Collectors.joining(", "));
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
