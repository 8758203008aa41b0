package info.magnolia.observation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.jcr.RepositoryException;
import javax.jcr.observation.EventListener;

/**
 * Signature stub of Magnolia 6.4's {@code
 * info.magnolia.observation.WorkspaceEventListenerRegistration} (test scope, never packaged). The
 * shape, {@code observe(workspace, path, listener).withSubNodes(boolean).withDelay(Long,
 * Long).register()} returning a {@link Handle} whose {@code unregister()} throws {@link
 * RepositoryException}, was checked against merkle-open/magnolia-content-indexer {@code
 * src/main/java/com/merkle/oss/magnolia/content/indexer/DataListenerRegistrar.java} (Magnolia 6.3,
 * {@code withDelay(long)}, {@code register()}, {@code Handle.unregister()}) and Magnolia's own
 * google-sitemap module {@code SiteMapVirtualUriMapping.java} ({@code withSubNodes(true)}).
 *
 * <p>Unlike Magnolia's class, the stub does not observe anything: it records what was registered
 * (see {@link #registered()}) so that the adapter's lifecycle test can check that start registers
 * and stop releases.
 */
public final class WorkspaceEventListenerRegistration {
  private static final List<WorkspaceEventListenerRegistration> REGISTERED =
      new CopyOnWriteArrayList<>();

  private final String workspace;
  private final String observationPath;
  private final EventListener listener;
  private boolean includeSubNodes;
  private Long delay;
  private Long maxDelay;
  private volatile boolean active;

  private WorkspaceEventListenerRegistration(
      String workspace, String observationPath, EventListener listener) {
    this.workspace = workspace;
    this.observationPath = observationPath;
    this.listener = listener;
  }

  public static WorkspaceEventListenerRegistration observe(
      String workspace, String observationPath, EventListener listener) {
    return new WorkspaceEventListenerRegistration(workspace, observationPath, listener);
  }

  public WorkspaceEventListenerRegistration withSubNodes(boolean includeSubNodes) {
    this.includeSubNodes = includeSubNodes;
    return this;
  }

  public WorkspaceEventListenerRegistration withDelay(Long delay) {
    this.delay = delay;
    return this;
  }

  public WorkspaceEventListenerRegistration withDelay(Long delay, Long maxDelay) {
    this.delay = delay;
    this.maxDelay = maxDelay;
    return this;
  }

  public Handle register() throws RepositoryException {
    active = true;
    REGISTERED.add(this);
    return () -> active = false;
  }

  /** A registered listener; {@code unregister()} releases it. */
  public interface Handle {
    void unregister() throws RepositoryException;
  }

  // What the tests inspect (not part of Magnolia's API).

  public static List<WorkspaceEventListenerRegistration> registered() {
    return List.copyOf(REGISTERED);
  }

  public static void forgetAll() {
    REGISTERED.clear();
  }

  public String workspace() {
    return workspace;
  }

  public String observationPath() {
    return observationPath;
  }

  public EventListener listener() {
    return listener;
  }

  public boolean includesSubNodes() {
    return includeSubNodes;
  }

  public Long delay() {
    return delay;
  }

  public Long maxDelay() {
    return maxDelay;
  }

  public boolean active() {
    return active;
  }
}
