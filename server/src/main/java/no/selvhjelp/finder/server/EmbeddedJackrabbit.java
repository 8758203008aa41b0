package no.selvhjelp.finder.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import no.selvhjelp.finder.jcr.JcrSessions;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.config.RepositoryConfigurationParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

/**
 * The standalone host's Jackrabbit 2 repository: on embedded Derby under {@code <data>/repository}
 * (the default), or on PostgreSQL when a {@link Database} is configured, in which case only the
 * derived query index stays under {@code <data>/repository}.
 */
public final class EmbeddedJackrabbit implements JcrSessions, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedJackrabbit.class);
  // The repository is private to this process; its admin login never leaves it.
  private static final SimpleCredentials ADMIN = new SimpleCredentials("admin", new char[0]);

  private final RepositoryImpl repository;

  public EmbeddedJackrabbit(Path dataDir) throws IOException, RepositoryException {
    this(dataDir, null);
  }

  /**
   * @param database null for embedded Derby
   */
  public EmbeddedJackrabbit(Path dataDir, Database database)
      throws IOException, RepositoryException {
    Path home = dataDir.resolve("repository");
    Files.createDirectories(home);
    if (database == null) {
      // Derby would otherwise write derby.log into whatever directory the server was started from.
      System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
      try (InputStream config = getClass().getResourceAsStream("repository.xml")) {
        repository = RepositoryImpl.create(RepositoryConfig.create(config, home.toString()));
      }
      LOG.info("Repository open at {}", home);
    } else {
      Properties variables = new Properties();
      variables.setProperty(
          RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, home.toString());
      variables.setProperty("selvhjelp.jdbc.url", database.jdbcUrl());
      variables.setProperty("selvhjelp.jdbc.user", database.user());
      variables.setProperty("selvhjelp.jdbc.password", database.password());
      try (InputStream config = getClass().getResourceAsStream("repository-postgres.xml")) {
        repository =
            RepositoryImpl.create(RepositoryConfig.create(new InputSource(config), variables));
      }
      LOG.info("Repository open on {} (query index at {})", database, home);
    }
  }

  @Override
  public Session login() throws RepositoryException {
    return repository.login(ADMIN);
  }

  @Override
  public void close() {
    repository.shutdown();
    LOG.info("Repository closed cleanly");
  }
}
