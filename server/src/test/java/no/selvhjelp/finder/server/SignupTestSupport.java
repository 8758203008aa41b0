package no.selvhjelp.finder.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.slf4j.LoggerFactory;

/**
 * What the sign-up tests need besides the server: posting the form as a browser would, a dump of
 * every property in every workspace of the repository, and every log line written meanwhile.
 */
final class SignupTestSupport {
  private SignupTestSupport() {}

  /** Posts the form as a same-origin browser page would (Origin and Sec-Fetch-Site set). */
  static HttpResponse<String> post(ApiServer api, String path, Map<String, String> fields) {
    String origin = "http://127.0.0.1:" + api.http.port();
    return post(api, path, fields, "Origin", origin, "Sec-Fetch-Site", "same-origin");
  }

  static HttpResponse<String> post(
      ApiServer api, String path, Map<String, String> fields, String... headers) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(api.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> form(String name, String email, String phone, String message) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", name);
    f.put("email", email);
    f.put("phone", phone);
    f.put("message", message);
    f.put("consent", "yes");
    f.put("website", "");
    return f;
  }

  /**
   * Every property of every node in every workspace, path=value lines in a stable order: what the
   * repository holds, to compare before and after a sign-up.
   */
  static String dumpRepository(InMemoryJackrabbit jackrabbit) throws RepositoryException {
    Session first = jackrabbit.login();
    try {
      Map<String, String> all = new TreeMap<>();
      for (String workspace : first.getWorkspace().getAccessibleWorkspaceNames()) {
        Session s = first.getRepository().login(credentials(), workspace);
        try {
          dump(s.getRootNode(), workspace, all);
        } finally {
          s.logout();
        }
      }
      return all.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("\n"));
    } finally {
      first.logout();
    }
  }

  private static javax.jcr.Credentials credentials() {
    return new javax.jcr.SimpleCredentials("admin", "admin".toCharArray());
  }

  private static void dump(Node node, String workspace, Map<String, String> out)
      throws RepositoryException {
    // Node type definitions are the repository's schema, not content; thousands of them.
    if (node.getPath().equals("/jcr:system/jcr:nodeTypes")) {
      return;
    }
    for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
      Property p = it.nextProperty();
      List<String> values = new ArrayList<>();
      if (p.isMultiple()) {
        for (Value v : p.getValues()) {
          values.add(v.getString());
        }
      } else {
        values.add(p.getValue().getString());
      }
      out.put(workspace + ":" + p.getPath(), String.join("|", values));
    }
    for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
      dump(it.nextNode(), workspace, out);
    }
  }

  /**
   * Records every log event of this JVM while open, at TRACE for our code, Jersey and Grizzly, and
   * with java.util.logging bridged and Jakarta Mail's loggers fully on: only the server's own
   * logback.xml (which pins Jakarta Mail at WARN, because its protocol trace would carry the
   * message) stands between the visitor's words and the log.
   */
  static final class LogCapture implements AutoCloseable {
    private static final List<String> LOGGERS =
        List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "no.selvhjelp", "org.glassfish");
    private static final List<String> JUL_MAIL_LOGGERS =
        List.of("org.eclipse.angus.mail", "jakarta.mail");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<Logger, Level> previous = new LinkedHashMap<>();
    private final Logger root;
    private final Map<java.util.logging.Logger, java.util.logging.Level> julPrevious =
        new LinkedHashMap<>();
    private final boolean bridged;

    LogCapture() {
      LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
      root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      appender.setContext(context);
      appender.start();
      root.addAppender(appender);
      for (String name : LOGGERS) {
        Logger logger = context.getLogger(name);
        previous.put(logger, logger.getLevel());
        logger.setLevel(Level.TRACE);
      }
      bridged = !org.slf4j.bridge.SLF4JBridgeHandler.isInstalled();
      if (bridged) {
        org.slf4j.bridge.SLF4JBridgeHandler.install();
      }
      for (String name : JUL_MAIL_LOGGERS) {
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(name);
        julPrevious.put(jul, jul.getLevel());
        jul.setLevel(java.util.logging.Level.ALL);
      }
    }

    /**
     * Every message, formatted, with its throwable's text; except GreenMail's, which stands in for
     * the remote mail server (it logs the SMTP dialogue at DEBUG) and is not part of our server.
     */
    String text() {
      StringBuilder all = new StringBuilder();
      for (ILoggingEvent e : List.copyOf(appender.list)) {
        if (e.getLoggerName().startsWith("com.icegreen.")) {
          continue;
        }
        all.append(e.getLoggerName()).append(' ').append(e.getFormattedMessage()).append('\n');
        if (e.getThrowableProxy() != null) {
          all.append(e.getThrowableProxy().getMessage()).append('\n');
        }
      }
      return all.toString();
    }

    int events() {
      return appender.list.size();
    }

    /** Events at ERROR, whoever logged them. */
    long errors() {
      return List.copyOf(appender.list).stream().filter(e -> e.getLevel() == Level.ERROR).count();
    }

    @Override
    public void close() {
      root.detachAppender(appender);
      appender.stop();
      previous.forEach(Logger::setLevel);
      julPrevious.forEach(java.util.logging.Logger::setLevel);
      if (bridged) {
        org.slf4j.bridge.SLF4JBridgeHandler.uninstall();
      }
    }
  }
}
