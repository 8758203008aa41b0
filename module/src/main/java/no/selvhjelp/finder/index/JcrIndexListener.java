package no.selvhjelp.finder.index;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import javax.jcr.observation.EventListener;
import javax.jcr.observation.ObservationManager;
import no.selvhjelp.finder.jcr.JcrSessions;
import org.apache.jackrabbit.api.observation.JackrabbitEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to changes under the groups' root and hands merged batches to the {@link IndexUpdater}.
 * It drains the iterator, merges, hands over, and returns: no repository reads, no Lucene work, and
 * no exception ever leaves {@code onEvent}. The standalone host registers it with {@link
 * #register}; Magnolia registers the same listener through its own observation API.
 *
 * <p>In a Jackrabbit cluster, saves made on other nodes arrive here as external events once the
 * journal is synced. They carry the writer's user data too (the journal records it), so the
 * engine's own marker alone cannot tell "indexed already by this node's writer" from "written by
 * the engine on another node, indexed by nobody here yet": see {@link #indexedByWriter}.
 */
public final class JcrIndexListener implements EventListener {
  private static final Logger LOG = LoggerFactory.getLogger(JcrIndexListener.class);
  static final int TYPES =
      Event.NODE_ADDED
          | Event.NODE_REMOVED
          | Event.NODE_MOVED
          | Event.PROPERTY_ADDED
          | Event.PROPERTY_CHANGED
          | Event.PROPERTY_REMOVED;

  private final EventMerger merger;
  private final IndexUpdater updater;
  private final String ownUserData;

  /**
   * @param ownUserData the user data of saves that are indexed by their writer, on the node that
   *     wrote them (skipped here unless they come from another cluster node)
   */
  public JcrIndexListener(EventMerger merger, IndexUpdater updater, String ownUserData) {
    this.merger = merger;
    this.updater = updater;
    this.ownUserData = ownUserData;
  }

  @Override
  public void onEvent(EventIterator events) {
    List<EventMerger.Observed> observed = new ArrayList<>();
    try {
      while (events.hasNext()) {
        Event e = events.nextEvent();
        try {
          if (indexedByWriter(e)) {
            continue; // this node's engine saved it and indexed it already, synchronously
          }
          observed.add(new EventMerger.Observed(e.getType(), e.getPath()));
          if (e.getType() == Event.NODE_MOVED && e.getInfo().get("srcAbsPath") != null) {
            observed.add(
                new EventMerger.Observed(
                    Event.NODE_REMOVED, (String) e.getInfo().get("srcAbsPath")));
          }
        } catch (RepositoryException ex) {
          LOG.warn("Skipped an unreadable observation event: {}", ex.toString());
        }
      }
      updater.submit(merger.merge(observed));
    } catch (RuntimeException ex) {
      LOG.error("Could not hand {} events to the indexer", observed.size(), ex);
    }
  }

  /**
   * True for the engine's own saves on this node only. An external event (another cluster node's
   * save, replayed from the journal) is never skipped, whatever its user data: that node's engine
   * indexed it into that node's index, not this one. Events of hosts that are not Jackrabbit count
   * as local.
   */
  boolean indexedByWriter(Event e) throws RepositoryException {
    return ownUserData.equals(e.getUserData()) && !isExternal(e);
  }

  private static boolean isExternal(Event e) {
    return e instanceof JackrabbitEvent je && je.isExternal();
  }

  /** A registration on its own long-lived session; close it to unregister and log out. */
  public static final class Registration implements AutoCloseable {
    private final Session session;
    private final EventListener listener;

    private Registration(Session session, EventListener listener) {
      this.session = session;
      this.listener = listener;
    }

    @Override
    public void close() {
      try {
        session.getWorkspace().getObservationManager().removeEventListener(listener);
      } catch (RepositoryException e) {
        LOG.warn("Could not unregister the index listener: {}", e.toString());
      } finally {
        session.logout();
      }
    }
  }

  public Registration register(JcrSessions sessions, String rootPath) throws RepositoryException {
    return register(sessions, this, rootPath);
  }

  /** Registers a listener for this listener's event types on its own long-lived session. */
  public static Registration register(JcrSessions sessions, EventListener listener, String rootPath)
      throws RepositoryException {
    Session session = sessions.login();
    try {
      ObservationManager observation = session.getWorkspace().getObservationManager();
      observation.addEventListener(listener, TYPES, rootPath, true, null, null, false);
      return new Registration(session, listener);
    } catch (RepositoryException | RuntimeException e) {
      session.logout();
      throw e;
    }
  }
}
