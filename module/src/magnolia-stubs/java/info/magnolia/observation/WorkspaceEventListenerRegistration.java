package info.magnolia.observation;

import javax.jcr.RepositoryException;
import javax.jcr.observation.EventListener;

/**
 * Signature stub of Magnolia 6.4's {@code
 * info.magnolia.observation.WorkspaceEventListenerRegistration} (test scope, never packaged): only
 * the members the adapter calls, with no behaviour; the adapter's tests mock it with Mockito. The
 * shape, {@code observe(workspace, path, listener).withSubNodes(boolean).withDelay(Long,
 * Long).register()} returning a {@link Handle} whose {@code unregister()} throws {@link
 * RepositoryException}, was checked against merkle-open/magnolia-content-indexer {@code
 * src/main/java/com/merkle/oss/magnolia/content/indexer/DataListenerRegistrar.java} (Magnolia 6.3,
 * {@code withDelay(long)}, {@code register()}, {@code Handle.unregister()}) and Magnolia's own
 * google-sitemap module {@code SiteMapVirtualUriMapping.java} ({@code withSubNodes(true)}).
 */
public final class WorkspaceEventListenerRegistration {
  private WorkspaceEventListenerRegistration() {}

  public static WorkspaceEventListenerRegistration observe(
      String workspace, String observationPath, EventListener listener) {
    throw new UnsupportedOperationException("signature stub: Magnolia provides this class");
  }

  public WorkspaceEventListenerRegistration withSubNodes(boolean includeSubNodes) {
    throw new UnsupportedOperationException("signature stub: Magnolia provides this class");
  }

  public WorkspaceEventListenerRegistration withDelay(Long delay, Long maxDelay) {
    throw new UnsupportedOperationException("signature stub: Magnolia provides this class");
  }

  public Handle register() throws RepositoryException {
    throw new UnsupportedOperationException("signature stub: Magnolia provides this class");
  }

  /** A registered listener; {@code unregister()} releases it. */
  public interface Handle {
    void unregister() throws RepositoryException;
  }
}
