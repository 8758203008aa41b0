package no.selvhjelp.finder.server;

import java.net.URI;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone host: embedded Jackrabbit, the engine, and HTTP. The API answers 503 until the
 * repository (and later the index) is ready. Closing stops HTTP first, then the repository.
 */
public final class SelvhjelpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SelvhjelpServer.class);

  private final EmbeddedJackrabbit repository;
  private final HttpHost http;

  private SelvhjelpServer(EmbeddedJackrabbit repository, HttpHost http) {
    this.repository = repository;
    this.http = http;
  }

  public static SelvhjelpServer start(ServerConfig config) throws Exception {
    AdminToken tokens = AdminToken.fromConfig(config);
    EmbeddedJackrabbit repository = new EmbeddedJackrabbit(config.dataDir());
    HttpHost http = null;
    boolean success = false;
    try {
      Engine engine = new Engine(repository).initialise();
      Readiness readiness = new Readiness();
      http =
          HttpHost.start(config.host(), config.port(), engine.restApplication(tokens, readiness));
      LOG.info("Listening on {}", http.baseUri());
      if (config.demo()) {
        readiness.starting("loading demo content");
        DemoLoader.loadOnce(engine);
      }
      readiness.ready();
      LOG.info(
          "Selvhjelp finder is up at {} with {} groups",
          http.baseUri(),
          engine.store().groupCount());
      success = true;
      return new SelvhjelpServer(repository, http);
    } finally {
      if (!success) {
        if (http != null) {
          http.close();
        }
        repository.close();
      }
    }
  }

  public URI baseUri() {
    return http.baseUri();
  }

  @Override
  public void close() {
    http.close();
    repository.close();
  }
}
