package no.selvhjelp.finder.jcr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.StoreException;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.ContentTypeDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content store over plain JCR. One session per operation, always logged out. Writes are
 * serialised and each import is one {@code session.save()}, so it is stored whole or not at all.
 */
public final class JcrContentStore implements ContentStore {
  private static final Logger LOG = LoggerFactory.getLogger(JcrContentStore.class);

  /**
   * Observation user data on the store's own saves: the engine indexes those itself, right after
   * the save, so the JCR listener can leave them out and only index other writers' changes.
   */
  public static final String USER_DATA = "selvhjelp-engine";

  private final JcrSessions sessions;
  private final ContentModel model;
  private final NodeMapper mapper;
  private final GroupsWritten groupsWritten;
  // Two imports touching the same node would make one save fail half-way through a batch; one
  // writer at a time keeps every import whole and the failure mode simple.
  private final ReentrantLock writeLock = new ReentrantLock();

  public JcrContentStore(
      JcrSessions sessions, ContentModel model, NodeMapper mapper, GroupsWritten groupsWritten) {
    this.sessions = sessions;
    this.model = model;
    this.mapper = mapper;
    this.groupsWritten = groupsWritten;
  }

  public JcrContentStore(JcrSessions sessions, ContentModel model, NodeMapper mapper) {
    this(sessions, model, mapper, GroupsWritten.NOTHING);
  }

  /** Registers node types and root folders if this is a new repository. */
  public void initialise() {
    write(
        session -> {
          RepositorySetup.ensure(session, model);
          return null;
        },
        "initialise the repository");
  }

  @Override
  public ImportCounts importBatch(ImportBatch batch) {
    return write(
        session -> {
          for (DistrictOffice d : batch.districtOffices()) {
            upsert(session, model.districtOffice(), d.id(), d);
          }
          for (ContactPoint cp : batch.contactPoints()) {
            upsert(session, model.contactPoint(), cp.id(), cp);
          }
          for (Group g : batch.groups()) {
            upsert(session, model.group(), g.id(), g);
          }
          session.save();
          groupsWritten.afterSave(batch.groups().stream().map(Group::id).toList());
          LOG.info(
              "Imported {} groups, {} contact points, {} district offices",
              batch.groups().size(),
              batch.contactPoints().size(),
              batch.districtOffices().size());
          return new ImportCounts(
              batch.groups().size(), batch.contactPoints().size(), batch.districtOffices().size());
        },
        "import");
  }

  @Override
  public boolean deleteGroup(String id) {
    if (!Codes.ID.matcher(id).matches()) {
      return false;
    }
    return write(
        session -> {
          String path = model.group().rootPath() + "/" + id;
          if (!session.nodeExists(path)) {
            return false;
          }
          session.getNode(path).remove();
          session.save();
          groupsWritten.afterSave(List.of(id));
          LOG.info("Deleted group {}", id);
          return true;
        },
        "delete group " + id);
  }

  @Override
  public Optional<Group> group(String id) {
    return item(model.group(), id, Group.class);
  }

  @Override
  public Optional<ContactPoint> contactPoint(String id) {
    return item(model.contactPoint(), id, ContactPoint.class);
  }

  @Override
  public Optional<DistrictOffice> districtOffice(String id) {
    return item(model.districtOffice(), id, DistrictOffice.class);
  }

  @Override
  public List<ContactPoint> contactPoints() {
    List<ContactPoint> result = new ArrayList<>();
    forEach(model.contactPoint(), ContactPoint.class, result::add);
    return result;
  }

  @Override
  public List<DistrictOffice> districtOffices() {
    List<DistrictOffice> result = new ArrayList<>();
    forEach(model.districtOffice(), DistrictOffice.class, result::add);
    return result;
  }

  @Override
  public void forEachGroup(Consumer<Group> consumer) {
    forEach(model.group(), Group.class, consumer);
  }

  @Override
  public long groupCount() {
    return read(
        session -> session.getNode(model.group().rootPath()).getNodes().getSize(), "count groups");
  }

  /** A flag in the repository, e.g. that demo content was loaded once. */
  public boolean hasMarker(String name) {
    return read(
        session -> session.getNode(RepositorySetup.META_PATH).hasProperty(name), "read marker");
  }

  public void setMarker(String name) {
    write(
        session -> {
          session.getNode(RepositorySetup.META_PATH).setProperty(name, true);
          session.save();
          return null;
        },
        "set marker");
  }

  private void upsert(Session session, ContentTypeDefinition type, String id, Object item)
      throws RepositoryException {
    Node folder = session.getNode(type.rootPath());
    Node node = folder.hasNode(id) ? folder.getNode(id) : folder.addNode(id, type.nodeType());
    mapper.write(item, node, type);
  }

  private <T> Optional<T> item(ContentTypeDefinition type, String id, Class<T> recordType) {
    if (id == null || !Codes.ID.matcher(id).matches()) {
      return Optional.empty(); // never a path: ids cannot climb out of their folder
    }
    return read(
        session -> {
          String path = type.rootPath() + "/" + id;
          return session.nodeExists(path)
              ? Optional.of(mapper.read(session.getNode(path), type, recordType))
              : Optional.<T>empty();
        },
        "read " + type.name() + " " + id);
  }

  private <T> void forEach(ContentTypeDefinition type, Class<T> recordType, Consumer<T> consumer) {
    read(
        session -> {
          for (NodeIterator it = session.getNode(type.rootPath()).getNodes(); it.hasNext(); ) {
            consumer.accept(mapper.read(it.nextNode(), type, recordType));
          }
          return null;
        },
        "list " + type.name());
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Session session) throws RepositoryException;
  }

  private <T> T read(Work<T> work, String what) {
    Session session = null;
    try {
      session = sessions.login();
      return work.run(session);
    } catch (RepositoryException e) {
      throw new StoreException("Could not " + what, e);
    } finally {
      if (session != null) {
        session.logout();
      }
    }
  }

  private <T> T write(Work<T> work, String what) {
    writeLock.lock();
    try {
      // A failed save leaves nothing behind: the session's pending changes die with logout.
      return read(
          session -> {
            session.getWorkspace().getObservationManager().setUserData(USER_DATA);
            return work.run(session);
          },
          what);
    } finally {
      writeLock.unlock();
    }
  }
}
