package no.selvhjelp.finder.server;

import java.net.URI;
import java.util.Optional;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.Readiness;
import no.selvhjelp.finder.server.mail.SmtpMailTransport;
import no.selvhjelp.finder.server.ops.Operations;
import no.selvhjelp.finder.server.web.WebPages;
import no.selvhjelp.finder.signup.SignupRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone host: embedded Jackrabbit, the engine, and HTTP. The API answers 503 until the
 * repository (and later the index) is ready. Closing stops HTTP first, then the repository.
 */
public final class SelvhjelpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SelvhjelpServer.class);

  private final EmbeddedJackrabbit repository;
  private final Engine engine;
  private final HttpHost http;

  private SelvhjelpServer(EmbeddedJackrabbit repository, Engine engine, HttpHost http) {
    this.repository = repository;
    this.engine = engine;
    this.http = http;
  }

  public static SelvhjelpServer start(ServerConfig config) throws Exception {
    AdminToken tokens = AdminToken.fromConfig(config);
    EmbeddedJackrabbit repository =
        new EmbeddedJackrabbit(config.dataDir(), config.database(), config.cluster());
    Engine engine = null;
    HttpHost http = null;
    boolean success = false;
    try {
      engine =
          new Engine(repository, config.dataDir().resolve("index"), config.searchCache())
              .initialise();
      Readiness readiness = new Readiness();
      http =
          HttpHost.start(
              config.host(),
              config.port(),
              engine.restApplication(tokens, readiness),
              new WebPages(
                  engine,
                  Optional.ofNullable(config.smtp()).map(SmtpMailTransport::new),
                  SignupRateLimiter.Limits.DEFAULT),
              new Operations(engine, config.searchRateLimit(), config.trustProxy(), config.http()));
      LOG.info("Listening on {}", http.baseUri());
      LOG.info(
          config.smtp() == null
              ? "Interest sign-up is off: no SMTP host configured"
              : "Interest sign-ups are sent through " + config.smtp().host());
      readiness.starting("building the search index");
      engine.start();
      if (config.demo()) {
        readiness.starting("loading demo content");
        if (DemoLoader.loadOnce(engine)) {
          engine.syncIndex(); // searchable before the server says it is ready
        }
      }
      readiness.ready();
      LOG.info(
          "Selvhjelp finder is up at {} with {} groups",
          http.baseUri(),
          engine.store().groupCount());
      success = true;
      return new SelvhjelpServer(repository, engine, http);
    } finally {
      if (!success) {
        if (http != null) {
          http.close();
        }
        closeQuietly(engine);
        repository.close();
      }
    }
  }

  public URI baseUri() {
    return http.baseUri();
  }

  /**
   * HTTP first (no new requests), then the engine (listener, indexer, index), then the repository.
   */
  @Override
  public void close() {
    http.close();
    closeQuietly(engine);
    repository.close();
  }

  private static void closeQuietly(Engine engine) {
    if (engine == null) {
      return;
    }
    try {
      engine.close();
    } catch (Exception e) {
      LOG.warn("Closing the engine failed: {}", e.toString());
    }
  }
}
