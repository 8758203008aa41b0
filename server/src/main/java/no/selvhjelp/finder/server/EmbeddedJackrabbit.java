package no.selvhjelp.finder.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
 * derived query index stays under {@code <data>/repository}. On PostgreSQL it can be one node of a
 * Jackrabbit cluster ({@link ClusterNode}, docs/scaling.md).
 */
public final class EmbeddedJackrabbit implements JcrSessions, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedJackrabbit.class);
  // The repository is private to this process; its admin login never leaves it.
  private static final SimpleCredentials ADMIN = new SimpleCredentials("admin", new char[0]);
  private static final String CLUSTER_MARKER = "<!-- selvhjelp:cluster -->";

  private final RepositoryImpl repository;

  public EmbeddedJackrabbit(Path dataDir) throws IOException, RepositoryException {
    this(dataDir, null);
  }

  /**
   * @param database null for embedded Derby
   */
  public EmbeddedJackrabbit(Path dataDir, Database database)
      throws IOException, RepositoryException {
    this(dataDir, database, null);
  }

  /**
   * @param database null for embedded Derby
   * @param cluster null for a single node; otherwise {@code database} must be set
   */
  public EmbeddedJackrabbit(Path dataDir, Database database, ClusterNode cluster)
      throws IOException, RepositoryException {
    if (cluster != null && database == null) {
      throw new IllegalArgumentException("A cluster node needs the PostgreSQL repository");
    }
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
      if (cluster != null) {
        variables.setProperty("selvhjelp.cluster.id", cluster.id());
      }
      String config = postgresConfig(cluster != null);
      repository =
          RepositoryImpl.create(
              RepositoryConfig.create(new InputSource(new StringReader(config)), variables));
      if (cluster == null) {
        LOG.info("Repository open on {} (query index at {})", database, home);
      } else {
        LOG.info(
            "Repository open on {} (query index at {}) as cluster node {}",
            database,
            home,
            cluster.id());
      }
    }
  }

  /**
   * repository-postgres.xml, with the {@code <Cluster>} element of cluster-postgres.xml in place of
   * its marker on a cluster node. One template keeps the single node and the cluster node on the
   * same storage settings; Jackrabbit's variables cannot add or leave out an element.
   */
  static String postgresConfig(boolean clustered) throws IOException {
    String template = resource("repository-postgres.xml");
    if (!template.contains(CLUSTER_MARKER)) {
      throw new IllegalStateException("repository-postgres.xml lost its cluster marker");
    }
    return template.replace(CLUSTER_MARKER, clustered ? resource("cluster-postgres.xml") : "");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = EmbeddedJackrabbit.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
