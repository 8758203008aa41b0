package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Visitors' search text never reaches the log: searches, suggestions, embed pages, bad parameters
 * (400), unknown ids (404) and a server error each carry a unique marker, and the whole log of the
 * run, at DEBUG for our own code, is searched for every marker.
 */
class LogPrivacyTest {
  /** Captures every event, formatted with its arguments and stack trace. */
  private static final class Capture extends AppenderBase<ILoggingEvent> {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected void append(ILoggingEvent e) {
      String line = e.getLoggerName() + " " + e.getFormattedMessage();
      if (e.getThrowableProxy() != null) {
        line += "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy());
      }
      lines.add(line);
    }
  }

  @Test
  void noSearchTextFromAnyRequestAppearsInTheLog() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger ours = context.getLogger("no.selvhjelp");
    Level oursBefore = ours.getLevel();
    Capture capture = new Capture();
    capture.setContext(context);
    capture.start();
    root.addAppender(capture);
    ours.setLevel(Level.DEBUG);
    List<String> markers = new ArrayList<>();
    ApiServer api = new ApiServer();
    try {
      WebClient web = new WebClient(api);
      api.importJson(Map.of("groups", List.of(Fixtures.fullGroup())));
      List<String> requests = new ArrayList<>();
      for (String template :
          List.of(
              "/api/v1/groups?q=%s",
              "/api/v1/groups?q=%s&kommune=4602&sort=title",
              "/api/v1/groups?q=sorg&kommune=%s",
              "/api/v1/groups?q=sorg&theme=%s",
              "/api/v1/groups?q=%s&page=0",
              "/api/v1/groups?postnummer=%s",
              "/api/v1/groups?near=%s",
              "/api/v1/groups?q=" + "x".repeat(600) + "%s",
              "/api/v1/groups/%s",
              "/api/v1/suggest?q=%s",
              "/api/v1/suggest?q=%s&lang=zz",
              "/api/v1/contact-points?kommune=%s",
              "/api/v1/contact-points/%s",
              "/api/v1/district-offices/%s",
              "/embed/groups?q=%s",
              "/embed/groups?q=%s&size=0",
              "/embed/groups/%s",
              "/embed/group-list?kommune=%s",
              "/?q=%s",
              "/no-such-page/%s")) {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        markers.add(marker);
        requests.add(template.formatted(URLEncoder.encode(marker, StandardCharsets.UTF_8)));
      }
      for (String request : requests) {
        int status = web.get(request).statusCode();
        assertThat(status).as(request).isLessThan(500);
      }
      // A server error logs its path: the marker in the query must still stay out.
      String marker = "zqfail" + UUID.randomUUID().toString().substring(0, 8);
      markers.add(marker);
      api.jackrabbit.close();
      assertThat(web.get("/api/v1/groups?q=" + marker).statusCode()).isLessThan(600);
      assertThat(web.get("/api/v1/suggest?q=" + marker).statusCode()).isLessThan(600);
    } finally {
      api.http.close();
      try {
        api.engine.close();
      } catch (Exception closingAfterTheRepositoryWasClosedOnPurpose) {
        // the engine may complain; the log is what this test is about
      }
      root.detachAppender(capture);
      ours.setLevel(oursBefore);
    }
    assertThat(capture.lines).as("something was logged").isNotEmpty();
    String log = String.join("\n", capture.lines);
    for (String marker : markers) {
      assertThat(log).as("log contains the visitor's text " + marker).doesNotContain(marker);
    }
  }
}
