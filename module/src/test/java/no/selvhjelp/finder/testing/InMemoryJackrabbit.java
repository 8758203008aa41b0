package no.selvhjelp.finder.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import no.selvhjelp.finder.jcr.JcrSessions;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;

/** A real Jackrabbit 2 repository held in memory, for tests. Close it to shut it down. */
public final class InMemoryJackrabbit implements JcrSessions, AutoCloseable {
  private final Path home;
  private final RepositoryImpl repository;

  public InMemoryJackrabbit() {
    try {
      home = Files.createTempDirectory("jackrabbit-test");
      try (InputStream config = getClass().getResourceAsStream("repository-inmemory.xml")) {
        repository = RepositoryImpl.create(RepositoryConfig.create(config, home.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RepositoryException e) {
      throw new IllegalStateException("Cannot start in-memory Jackrabbit", e);
    }
  }

  @Override
  public Session login() throws RepositoryException {
    return repository.login(new SimpleCredentials("admin", "admin".toCharArray()));
  }

  @Override
  public void close() {
    repository.shutdown();
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
