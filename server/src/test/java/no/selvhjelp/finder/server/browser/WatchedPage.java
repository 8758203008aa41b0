package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A page with everything recorded that must not happen: Content-Security-Policy violations (the
 * {@code securitypolicyviolation} event in every frame, and Chromium's console report of them),
 * uncaught script errors, dialogs (alert/confirm/prompt: what an injected script would open), and
 * every request, so that requests to any origin but the allowed ones show up. Closing it closes its
 * browser context.
 */
final class WatchedPage implements AutoCloseable {
  // Runs before any script of the page, in every frame. Playwright injects it through the
  // DevTools protocol, so the page's own CSP does not apply to it.
  private static final String RECORD_VIOLATIONS =
      "window.__shfCsp = [];"
          + "document.addEventListener('securitypolicyviolation', (e) => window.__shfCsp.push("
          + "e.violatedDirective + ' blocked ' + e.blockedURI + ' in ' + e.documentURI), true);";

  final Page page;
  private final boolean javaScript;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> cspConsole = new CopyOnWriteArrayList<>();
  private final List<String> pageErrors = new CopyOnWriteArrayList<>();
  private final List<String> dialogs = new CopyOnWriteArrayList<>();

  WatchedPage(Page page) {
    this(page, true);
  }

  /** A page whose context has JavaScript switched off, when javaScript is false. */
  WatchedPage(Page page, boolean javaScript) {
    this.page = page;
    this.javaScript = javaScript;
    page.addInitScript(RECORD_VIOLATIONS);
    page.onRequest(r -> requests.add(r.url()));
    page.onConsoleMessage(
        m -> {
          if (m.text().contains("Content Security Policy")) {
            cspConsole.add(m.text());
          }
        });
    page.onPageError(pageErrors::add);
    page.onDialog(
        d -> {
          dialogs.add(d.type() + ": " + d.message());
          d.dismiss();
        });
  }

  /** Violations seen so far, in the page and in every frame (an embedded iframe included). */
  List<String> cspViolations() {
    List<String> all = new ArrayList<>(cspConsole);
    if (!javaScript) {
      return all; // no listener ran; Chromium's console report is still there
    }
    for (Frame frame : page.frames()) {
      Object seen = frame.evaluate("() => window.__shfCsp || []");
      if (seen instanceof Collection<?> list) {
        list.forEach(v -> all.add(String.valueOf(v)));
      }
    }
    return all;
  }

  /** The origins of every http(s) request the page made. */
  List<String> requestedOrigins() {
    return requests.stream()
        .filter(u -> u.startsWith("http:") || u.startsWith("https:"))
        .map(u -> URI.create(u))
        .map(u -> u.getScheme() + "://" + u.getHost() + ":" + u.getPort())
        .distinct()
        .toList();
  }

  List<String> dialogs() {
    return List.copyOf(dialogs);
  }

  /** No CSP violation, no script error, no dialog, and requests only to the given origins. */
  void assertClean(String... allowedOrigins) {
    assertThat(cspViolations()).as("CSP violations on " + page.url()).isEmpty();
    assertThat(pageErrors).as("script errors on " + page.url()).isEmpty();
    assertThat(dialogs).as("dialogs on " + page.url()).isEmpty();
    assertThat(requestedOrigins()).as("origins requested").isSubsetOf(List.of(allowedOrigins));
  }

  @Override
  public void close() {
    page.context().close();
  }
}
