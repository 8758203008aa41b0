package no.selvhjelp.finder.server.browser;

import com.microsoft.playwright.Page;

/** What a test needs to know about the widget's elements in a page: when they have settled. */
final class Widgets {
  private Widgets() {}

  /**
   * True once the element (a CSS selector) shows a view: a component section or the error box,
   * nothing busy, and both of its stylesheets applied (so colours and layout are final).
   */
  static final String SETTLED =
      "(sel) => { const el = document.querySelector(sel); const r = el && el.shadowRoot;"
          + " if (!r) return false;"
          + " const view = r.querySelector('.shf-widget > section, .shf-widget > .shf-widget-error');"
          + " return !!view && !r.querySelector('[aria-busy=\"true\"]')"
          + " && [...r.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet); }";

  /** The element focused now, looking through shadow roots: tag, id and classes. */
  static final String DEEP_ACTIVE =
      "() => { let a = document.activeElement;"
          + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;"
          + " return a ? (a.localName + (a.id ? '#' + a.id : '') + '.' + [...a.classList].join('.')"
          + " + ' ' + (a.textContent || '').trim().slice(0, 60)) : ''; }";

  static void waitSettled(Page page, String selector) {
    waitFor(page, SETTLED, selector);
  }

  /**
   * Waits until the function (JavaScript source) returns something truthy, polling with
   * page.evaluate. Playwright's own waitForFunction evaluates its predicate with eval inside the
   * page, which a strict CSP (ours, and the kommune's) rightly refuses; page.evaluate goes through
   * the DevTools protocol instead and leaves the page's CSP alone.
   */
  static void waitFor(Page page, String function, Object arg) {
    long deadline =
        System.nanoTime()
            + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos((long) Browser.TIMEOUT_MS);
    while (true) {
      if (Boolean.TRUE.equals(page.evaluate("(a) => !!((" + function + ")(a))", arg))) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited in vain for " + function + " on " + page.url());
      }
      page.waitForTimeout(50); // lets Playwright deliver events (routes, console) meanwhile
    }
  }

  static void waitFor(Page page, String function) {
    waitFor(page, function, null);
  }

  /** The host-page markup that loads the widget from the finder, after the given elements. */
  static String snippet(String finderOrigin, String elements) {
    return elements + "\n<script src=\"" + finderOrigin + "/widget.js\" defer></script>";
  }

  /** Whether the focused element (through shadow roots) matches the CSS selector. */
  static final String DEEP_ACTIVE_MATCHES =
      "(sel) => { let a = document.activeElement;"
          + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;"
          + " return !!a && a.matches(sel); }";

  /** Presses Tab until the focused element matches, as a keyboard user would; fails after max. */
  static void tabTo(Page page, String selector, int max) {
    for (int i = 0; i < max; i++) {
      page.keyboard().press("Tab");
      if ((Boolean) page.evaluate(DEEP_ACTIVE_MATCHES, selector)) {
        return;
      }
    }
    throw new AssertionError(
        "Tab did not reach " + selector + " in " + max + " steps; at " + deepActive(page));
  }

  static String deepActive(Page page) {
    return (String) page.evaluate(DEEP_ACTIVE);
  }
}
