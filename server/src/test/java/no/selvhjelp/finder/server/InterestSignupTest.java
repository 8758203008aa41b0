package no.selvhjelp.finder.server;

import static no.selvhjelp.finder.server.SignupTestSupport.dumpRepository;
import static no.selvhjelp.finder.server.SignupTestSupport.form;
import static no.selvhjelp.finder.server.SignupTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.selvhjelp.finder.server.mail.SmtpConfig;
import no.selvhjelp.finder.server.mail.SmtpMailTransport;
import no.selvhjelp.finder.server.ops.RateLimit;
import no.selvhjelp.finder.server.web.WebPages;
import no.selvhjelp.finder.signup.SignupRateLimiter;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Meld interesse" over real HTTP to an in-process SMTP server (GreenMail): the mail reaches the
 * group's contact person and nothing about the visitor is kept, in the repository or in the logs.
 */
class InterestSignupTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  /** A visitor whose every detail is easy to find if it leaked anywhere. */
  private static final String NAME = "Åshild Ærø-Bjørnstad";

  private static final String EMAIL = "aashild.test-visitor@example.org";
  private static final String PHONE = "+47 912 34 567";
  private static final String MESSAGE =
      "Hei! Eg har gått gjennom ei tung tid og vil gjerne høyre meir om gruppa. Blåbærsyltetøy.";

  private static final String OPEN = "/embed/groups/samtalegruppe-kinn";

  private static ApiServer api;

  @BeforeAll
  static void start() throws Exception {
    api = server(new SignupRateLimiter.Limits(1000, 1000, Duration.ofMinutes(10), 10_000));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @BeforeEach
  void emptyTheInbox() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  static ApiServer server(SignupRateLimiter.Limits limits) throws Exception {
    return server(SMTP.getSmtp().getPort(), limits);
  }

  static ApiServer server(int smtpPort, SignupRateLimiter.Limits limits) throws Exception {
    return server(smtpPort, limits, false);
  }

  static ApiServer server(int smtpPort, SignupRateLimiter.Limits limits, boolean trustProxy)
      throws Exception {
    SmtpConfig smtp =
        new SmtpConfig(
            "127.0.0.1",
            smtpPort,
            "selvhjelp-finder@example.org",
            false,
            null,
            null,
            Duration.ofSeconds(5));
    ApiServer server =
        new ApiServer(
            RateLimit.OFF,
            trustProxy,
            engine -> new WebPages(engine, Optional.of(new SmtpMailTransport(smtp)), limits));
    server.engine.imports().importBatch(PageFixtures.batch());
    server.engine.syncIndex();
    return server;
  }

  @Test
  void theMailReachesTheContactPointWithReplyToTheVisitorAndNothingIsStoredOrLogged()
      throws Exception {
    String before = dumpRepository(api.jackrabbit);
    HttpResponse<String> r;
    try (SignupTestSupport.LogCapture logs = new SignupTestSupport.LogCapture()) {
      r = post(api, OPEN + "/interest?lang=nn", form(NAME, EMAIL, PHONE, MESSAGE));
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.headers().firstValue("Location").orElseThrow())
          .endsWith(OPEN + "?interest=sent&lang=nn#shf-interest");
      HttpResponse<String> confirmation = new WebClient(api).get(OPEN + "?interest=sent&lang=nn");
      assertThat(confirmation.body())
          .contains("Takk! Meldinga di er send til kontaktpersonen for gruppa")
          .doesNotContain("<form class=\"shf-interest-form\"");
      assertThat(logs.events()).as("the capture works").isPositive();
      assertThat(logs.text())
          .contains("Sign-up for group samtalegruppe-kinn sent")
          .doesNotContain(NAME)
          .doesNotContain("Åshild")
          .doesNotContain(EMAIL)
          .doesNotContain(PHONE)
          .doesNotContain("91234567")
          .doesNotContain("Blåbærsyltetøy");
    }

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly("post@example.org");
    assertThat(mail.getReplyTo())
        .extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly(EMAIL);
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("selvhjelp-finder@example.org");
    assertThat(mail.getSubject()).isEqualTo("Meld interesse: Samtalegruppe for pårørande");
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat((String) mail.getContent())
        .contains("Nokon har meldt interesse for gruppa «Samtalegruppe for pårørande»")
        .contains("Førenamn: " + NAME)
        .contains("E-post: " + EMAIL)
        .contains("Telefon: " + PHONE)
        .contains(MESSAGE);

    String after = dumpRepository(api.jackrabbit);
    assertThat(after).isEqualTo(before);
    for (String personal : List.of(NAME, "Åshild", EMAIL, PHONE, "Blåbærsyltetøy")) {
      assertThat(after).doesNotContain(personal);
    }
  }

  @Test
  void theGroupsOwnContactEmailIsPreferredOverTheContactPoints() throws Exception {
    HttpResponse<String> r =
        post(api, "/embed/groups/sorggruppe-kinn/interest", form("", "", PHONE, ""));
    assertThat(r.statusCode()).isEqualTo(303);
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress())
        .isEqualTo("ola@example.org");
    assertThat(mail.getHeader("Reply-To")).as("no e-mail given, no Reply-To").isNull();
    assertThat((String) mail.getContent()).contains("E-post: (ikke oppgitt)");
  }

  @Test
  void aFilledHoneypotPretendsSuccessAndSendsNothing() {
    Map<String, String> bot = form("Bot", "bot@example.org", "", "Buy now");
    bot.put("website", "https://spam.example");
    HttpResponse<String> r = post(api, OPEN + "/interest", bot);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElseThrow()).contains("interest=sent");
    // The transport is synchronous: a mail would have arrived before the response.
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void invalidInputAnswers400WithFieldErrorsKeepsWhatWasTypedAndSendsNothing() {
    Map<String, String> f = form(NAME, "not-an-address", "", MESSAGE);
    f.remove("consent");
    HttpResponse<String> r = post(api, OPEN + "/interest?lang=en", f);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.body())
        .contains("<div class=\"shf-error\" role=\"alert\">")
        .contains("Your message was not sent. Please correct this:")
        .contains("<a href=\"#shf-interest-email\">Enter a valid email address")
        .contains("id=\"shf-interest-email-error\">Enter a valid email address")
        .contains("aria-invalid=\"true\" aria-describedby=\"shf-interest-email-error\"")
        .contains("id=\"shf-interest-consent-error\">Tick the box")
        .contains("value=\"" + NAME + "\"")
        .contains("value=\"not-an-address\"")
        .contains(">" + MESSAGE + "</textarea>");
    assertThat(SMTP.getReceivedMessages()).isEmpty();

    HttpResponse<String> tooLong =
        post(api, OPEN + "/interest", form("", EMAIL, "", "ø".repeat(1001)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Meldingen kan være høyst 1000 tegn.");
    HttpResponse<String> noWayToReach = post(api, OPEN + "/interest", form(NAME, "", "", ""));
    assertThat(noWayToReach.statusCode()).isEqualTo(400);
    assertThat(noWayToReach.body()).contains("Fyll ut e-post eller telefon");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void tooManySignUpsFromOneAddressAnswer429WithRetryAfterAndAReadablePage() throws Exception {
    try (ApiServer limited =
        server(new SignupRateLimiter.Limits(2, 100, Duration.ofMinutes(10), 100))) {
      for (int i = 0; i < 2; i++) {
        assertThat(post(limited, OPEN + "/interest", form("", EMAIL, "", "")).statusCode())
            .isEqualTo(303);
      }
      HttpResponse<String> r = post(limited, OPEN + "/interest?lang=en", form("", EMAIL, "", ""));
      assertThat(r.statusCode()).isEqualTo(429);
      long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
      assertThat(retryAfter).isBetween(1L, 600L);
      assertThat(r.body())
          .contains("role=\"alert\"")
          .contains("Many messages have been sent in a short time. Please try again in 10 minutes.")
          .contains("value=\"" + EMAIL + "\"");
      assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }
  }

  @Test
  void behindATrustedProxyEachVisitorHasTheirOwnSignUpLimit() throws Exception {
    try (ApiServer proxied =
        server(
            SMTP.getSmtp().getPort(),
            new SignupRateLimiter.Limits(1, 100, Duration.ofMinutes(10), 100),
            true)) {
      assertThat(signUpFrom(proxied, "203.0.113.7").statusCode()).isEqualTo(303);
      assertThat(signUpFrom(proxied, "203.0.113.8").statusCode()).isEqualTo(303);
      assertThat(signUpFrom(proxied, "203.0.113.7").statusCode()).isEqualTo(429);
    }
  }

  private static HttpResponse<String> signUpFrom(ApiServer api, String forwardedFor) {
    String origin = "http://127.0.0.1:" + api.http.port();
    return post(
        api,
        OPEN + "/interest",
        form("", EMAIL, "", ""),
        "Origin",
        origin,
        "Sec-Fetch-Site",
        "same-origin",
        "X-Forwarded-For",
        forwardedFor);
  }

  @Test
  void aGroupWithoutContactEmailShowsNoInterestBoxButHowToGetInTouch() {
    HttpResponse<String> page = new WebClient(api).get("/embed/groups/full-gruppe-kinn");
    assertThat(page.statusCode()).isEqualTo(200);
    // No dead end: no box that can only say "not here", the group's contact instead.
    assertThat(page.body())
        .doesNotContain("id=\"shf-interest\"")
        .doesNotContain("Denne gruppen tar ikke imot meldinger gjennom skjema.")
        .contains("id=\"shf-contact\"")
        // The group names no contact: the kommune's contact point is shown, who knows its groups.
        .contains("Frivilligsentralen i Kinn")
        .doesNotContain("<form class=\"shf-interest-form\"");
    HttpResponse<String> r =
        post(api, "/embed/groups/full-gruppe-kinn/interest", form("", EMAIL, "", ""));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(
            post(api, "/embed/groups/no-such-group/interest", form("", EMAIL, "", "")).statusCode())
        .isEqualTo(404);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aPostFromAnotherSiteIsRefused() {
    Map<String, String> f = form("", EMAIL, "", "");
    HttpResponse<String> fetchMetadata =
        post(api, OPEN + "/interest", f, "Sec-Fetch-Site", "cross-site");
    assertThat(fetchMetadata.statusCode()).isEqualTo(403);
    assertThat(fetchMetadata.body()).contains("Skjemaet kan bare sendes fra gruppens side.");
    assertThat(post(api, OPEN + "/interest", f, "Origin", "https://evil.example").statusCode())
        .isEqualTo(403);
    assertThat(post(api, OPEN + "/interest", f, "Origin", "null").statusCode()).isEqualTo(403);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    // A client that is not a browser sends neither header, and cannot be made to post by a page.
    assertThat(post(api, OPEN + "/interest", f, "Accept", "text/html").statusCode()).isEqualTo(303);
  }

  @Test
  void whenTheMailServerIsDownTheVisitorGetsA502PageAndTheLogsStayClean() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (ApiServer down = server(closedPort, SignupRateLimiter.Limits.DEFAULT);
        SignupTestSupport.LogCapture logs = new SignupTestSupport.LogCapture()) {
      HttpResponse<String> r = post(down, OPEN + "/interest", form(NAME, EMAIL, PHONE, MESSAGE));
      assertThat(r.statusCode()).isEqualTo(502);
      assertThat(r.body())
          .contains("Vi fikk ikke sendt meldingen akkurat nå.")
          .contains("value=\"" + EMAIL + "\"");
      assertThat(logs.text())
          .contains("Sign-up for group samtalegruppe-kinn not sent: SMTP failed")
          .doesNotContain(NAME)
          .doesNotContain(EMAIL)
          .doesNotContain(PHONE)
          .doesNotContain("post@example.org");
    }
  }

  @Test
  void withoutSmtpTheGroupsPageShowsItsContactAndAPostIsToldWhy() throws Exception {
    try (ApiServer noMail = new ApiServer()) {
      noMail.engine.imports().importBatch(PageFixtures.batch());
      HttpResponse<String> page = new WebClient(noMail).get(OPEN);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .doesNotContain("Det går ikke an å melde interesse med skjema her.")
          .doesNotContain("id=\"shf-interest\"")
          .contains("id=\"shf-contact\"")
          .doesNotContain("<form class=\"shf-interest-form\"");
      HttpResponse<String> r = post(noMail, OPEN + "/interest", form("", EMAIL, "", ""));
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).contains("Det går ikke an å melde interesse med skjema her.");
    }
  }

  @Test
  void theFormIsLabelledInEachLanguageWithAPrivacyNoticeAndAHiddenHoneypot() {
    WebClient web = new WebClient(api);
    Map<String, List<String>> expected =
        Map.of(
            "nb", List.of("Meld interesse", "Vi lagrer ingenting av det du skriver", "Fornavn"),
            "nn", List.of("Meld interesse", "Vi lagrar ikkje noko av det du skriv", "Førenamn"),
            "en", List.of("I&#39;m interested", "We store nothing of what you write", "First name"),
            // Polish has its own bundle now (texts marked for review), not English.
            "pl", List.of("Jestem zainteresowany/-a", "Nie przechowujemy niczego, co napiszesz"));
    expected.forEach(
        (lang, texts) -> {
          String body = web.get(OPEN + "?lang=" + lang).body();
          assertThat(body).as(lang).contains(texts);
        });
    HttpResponse<String> page = web.get(OPEN);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("form-action 'self'");
    assertThat(page.body())
        .contains(
            "<form class=\"shf-interest-form\" method=\"post\""
                + " action=\"/embed/groups/samtalegruppe-kinn/interest\"")
        .contains("aria-describedby=\"shf-interest-privacy\"")
        .contains("<label for=\"shf-interest-name\">")
        .contains("<label for=\"shf-interest-email\">")
        .contains("<label for=\"shf-interest-phone\">")
        .contains("<label for=\"shf-interest-message\">")
        .contains("<label for=\"shf-interest-consent\">")
        .contains("<legend>Hvordan kan kontaktpersonen nå deg?</legend>")
        .contains("maxlength=\"1000\"")
        .contains("<div class=\"shf-hp\" aria-hidden=\"true\">")
        .contains("name=\"website\" value=\"\" tabindex=\"-1\" autocomplete=\"off\">");
  }

  @Test
  void theFinderLinksEachResultToItsInterestFormAndTheWidgetGetsALinkNotAForm() {
    WebClient web = new WebClient(api);
    assertThat(web.get("/embed/groups?kommune=4602").body())
        .contains("<a href=\"/embed/groups/samtalegruppe-kinn#shf-interest\">Meld interesse");
    String fragment = web.get(OPEN + "?fragment=true&lang=nn").body();
    assertThat(fragment)
        .doesNotContain("<form class=\"shf-interest-form\"")
        .contains(
            "<a href=\"/embed/groups/samtalegruppe-kinn?lang=nn#shf-interest\">"
                + "Opne skjemaet for å melde interesse</a>");
  }
}
