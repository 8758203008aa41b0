package no.selvhjelp.finder.magnolia;

import info.magnolia.init.MagnoliaConfigurationProperties;
import info.magnolia.module.ModuleLifecycle;
import info.magnolia.module.ModuleLifecycleContext;
import info.magnolia.observation.WorkspaceEventListenerRegistration;
import info.magnolia.repository.RepositoryManager;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.jcr.RepositoryException;
import javax.jcr.observation.EventListener;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.render.ComponentRenderer;
import no.selvhjelp.finder.render.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Magnolia module: builds the engine over Magnolia's repository when the module starts and
 * closes it when it stops. Every instance, author and public, runs its own: the index follows the
 * {@code selvhjelp} workspace of the instance it lives on, which on a public instance is where
 * publication delivers content, so the index follows publication.
 */
public final class SelvhjelpModule implements ModuleLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(SelvhjelpModule.class);

  /** The workspace the content types declare (contentTypes/*.yaml {@code datasource.workspace}). */
  static final String WORKSPACE = "selvhjelp";

  /** Overrides where the index lives; by default {@code ${magnolia.home}/selvhjelp/index}. */
  static final String INDEX_DIR_PROPERTY = "selvhjelp.index.dir";

  // Magnolia batches a burst of events (an editor's save, a publication of many items) into one
  // delivery: wait this long for more, but never longer than the maximum.
  static final long OBSERVATION_DELAY_MS = 250;
  static final long OBSERVATION_MAX_DELAY_MS = 2_000;

  private final RepositoryManager repositories;
  private final MagnoliaConfigurationProperties properties;
  private volatile Engine engine;
  private volatile ComponentRenderer renderer;

  @Inject
  public SelvhjelpModule(
      RepositoryManager repositories, MagnoliaConfigurationProperties properties) {
    this.repositories = repositories;
    this.properties = properties;
  }

  @Override
  public synchronized void start(ModuleLifecycleContext context) {
    if (engine != null) {
      return; // Magnolia restarts a module after its configuration changes; keep the open index
    }
    Path indexDir = indexDir();
    Engine started = null;
    try {
      // Each login is a new system session that the engine logs out (RepositoryManager's
      // contract), so the engine's threads never share Magnolia's thread-bound context sessions.
      started = new Engine(() -> repositories.getSystemSession(WORKSPACE), indexDir);
      // Assigned before start(): if registering or the first index pass fails, the catch below
      // closes what the engine already opened (index lock, sessions, listener).
      started.start(this::observe);
      renderer = new ComponentRenderer(new Templates(), started.messages());
      engine = started;
      LOG.info("Selvhjelp finder started; index at {}", indexDir);
    } catch (IOException e) {
      closeQuietly(started);
      throw new UncheckedIOException("Cannot start the Selvhjelp finder index at " + indexDir, e);
    } catch (RuntimeException e) {
      closeQuietly(started);
      throw e;
    }
  }

  @Override
  public synchronized void stop(ModuleLifecycleContext context) {
    Engine stopping = engine;
    engine = null;
    closeQuietly(stopping);
  }

  /** The running engine, for the REST endpoint and the rendering models. */
  public Engine engine() {
    Engine running = engine;
    if (running == null) {
      throw new IllegalStateException("The selvhjelp module is not started");
    }
    return running;
  }

  /** Turns a component's view into the template's {@code model} hash, as the standalone does. */
  public ComponentRenderer renderer() {
    engine();
    return renderer;
  }

  /** Magnolia's observation, with the unregistration as the engine's release handle. */
  private AutoCloseable observe(EventListener listener, String rootPath)
      throws RepositoryException {
    WorkspaceEventListenerRegistration.Handle handle =
        WorkspaceEventListenerRegistration.observe(WORKSPACE, rootPath, listener)
            .withSubNodes(true)
            .withDelay(OBSERVATION_DELAY_MS, OBSERVATION_MAX_DELAY_MS)
            .register();
    return handle::unregister;
  }

  private Path indexDir() {
    String configured = properties.getProperty(INDEX_DIR_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String home = properties.getProperty("magnolia.home");
    if (home == null || home.isBlank()) {
      throw new IllegalStateException(
          "Neither " + INDEX_DIR_PROPERTY + " nor magnolia.home is set: no place for the index");
    }
    return Path.of(home, "selvhjelp", "index");
  }

  private static void closeQuietly(Engine engine) {
    if (engine == null) {
      return;
    }
    try {
      engine.close();
    } catch (Exception e) {
      LOG.warn("Closing the Selvhjelp finder engine failed: {}", e.toString());
    }
  }
}
