package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import no.selvhjelp.finder.server.browser.Browser;
import no.selvhjelp.finder.server.mail.SmtpConfig;
import no.selvhjelp.finder.server.mail.SmtpMailTransport;
import no.selvhjelp.finder.server.web.WebPages;
import no.selvhjelp.finder.signup.SignupRateLimiter;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sign-up in real Chromium: framed by a kommune's site on another origin (where the CSRF check
 * must still let our own form through), and the form with its errors checked by axe.
 */
class InterestSignupBrowserTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static ApiServer api;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    SmtpConfig smtp =
        new SmtpConfig(
            "127.0.0.1",
            SMTP.getSmtp().getPort(),
            "selvhjelp-finder@example.org",
            false,
            null,
            null,
            Duration.ofSeconds(5));
    api =
        new ApiServer(
            engine ->
                new WebPages(
                    engine,
                    Optional.of(new SmtpMailTransport(smtp)),
                    SignupRateLimiter.Limits.DEFAULT));
    api.engine.imports().importBatch(PageFixtures.batch());
    api.engine.syncIndex();
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void emptyTheInbox() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @Test
  void aVisitorSignsUpInsideAnIframeOnAKommunesSite() throws Exception {
    String group = api.uri("/embed/groups/samtalegruppe-kinn?lang=nn").toString();
    byte[] kommunePage =
        ("<!doctype html><html lang='nn'><head><title>Kinn kommune</title></head>"
                + "<body><main><h1>Sjølvhjelp</h1><iframe title='Gruppe' src='"
                + group
                + "' width='800' height='1400'></iframe></main></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    // The kommune's site: another site than ours (127.0.0.2 is not 127.0.0.1), but on loopback
    // too, because Chromium refuses to let a public page frame a loopback address.
    HttpServer kommune = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
    kommune.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, kommunePage.length);
          try (var out = exchange.getResponseBody()) {
            out.write(kommunePage);
          }
        });
    kommune.start();
    try {
      signUpInTheFrame("http://127.0.0.2:" + kommune.getAddress().getPort() + "/selvhjelp");
    } finally {
      kommune.stop(0);
    }
    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress())
        .isEqualTo("post@example.org");
    assertThat((String) mail.getContent())
        .contains("Førenamn: Åsmund")
        .contains("Kan eg kome på tysdag?");
  }

  private void signUpInTheFrame(String kommunePage) {
    Page page = browser.page();
    page.navigate(kommunePage);
    FrameLocator frame = page.frameLocator("iframe");
    frame.getByLabel("Førenamn").fill("Åsmund");
    frame
        .getByLabel("E-post", new FrameLocator.GetByLabelOptions().setExact(true))
        .fill("aasmund@example.org");
    frame.getByLabel("Melding (valfritt)").fill("Kan eg kome på tysdag?");
    frame.getByLabel("Eg godtek at det eg har skrive").check();
    frame
        .getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Send melding"))
        .click();
    frame.locator(".shf-success").waitFor();
    assertThat(frame.locator(".shf-success").textContent())
        .contains("Meldinga di er send til kontaktpersonen");
  }

  @Test
  void theFormWithItsErrorsHasNoAccessibilityViolations() {
    Page page = browser.page();
    page.navigate(api.uri("/embed/groups/samtalegruppe-kinn?lang=en").toString());
    assertThat(Browser.axeViolations(page)).isEmpty();
    // A phone number too short to be one: the browser lets it through, the server says why.
    page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true)).fill("123");
    page.getByLabel("I agree").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
    page.locator(".shf-field-error").first().waitFor();
    assertThat(page.locator("#shf-interest-phone").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.locator("#shf-interest-phone").inputValue()).isEqualTo("123");
    com.microsoft.playwright.options.BoundingBox honeypot =
        page.locator("#shf-interest-website").boundingBox();
    assertThat(honeypot.x + honeypot.width).as("off-screen").isLessThanOrEqualTo(0);
    assertThat(Browser.axeViolations(page)).isEmpty();
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }
}
