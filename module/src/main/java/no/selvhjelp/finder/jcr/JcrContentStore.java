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
import no.selvhjelp.finder.api.HistoryEntry;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.ImportProgress;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.StillLinkedException;
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

  /** Who wrote content that no editor sent (demo content, hosts' own loads). */
  public static final String SYSTEM_EDITOR = "system";

  private final JcrSessions sessions;
  private final ContentModel model;
  private final NodeMapper mapper;
  private final GroupsWritten groupsWritten;
  private final ItemVersions versions;
  // Two imports touching the same node would make one save fail half-way through a batch; one
  // writer at a time keeps every import whole and the failure mode simple.
  private final ReentrantLock writeLock = new ReentrantLock();

  public JcrContentStore(
      JcrSessions sessions, ContentModel model, NodeMapper mapper, GroupsWritten groupsWritten) {
    this.sessions = sessions;
    this.model = model;
    this.mapper = mapper;
    this.groupsWritten = groupsWritten;
    this.versions = new ItemVersions(mapper);
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

  /** Writes as {@link #SYSTEM_EDITOR}, for hosts and loaders that act on no one's behalf. */
  @Override
  public ImportCounts importBatch(ImportBatch batch) {
    return importBatch(batch, SYSTEM_EDITOR, ImportProgress.NONE);
  }

  /**
   * Upserts the batch in one save, then records a version of every item written, signed by {@code
   * editor}. The save is the commit: if it fails, nothing changed. Versions are taken after it (JCR
   * can only version saved state); a version that fails is logged and the item's next write records
   * its state again, so history may merge two writes but content is never half there.
   */
  public ImportCounts importBatch(ImportBatch batch, String editor, ImportProgress progress) {
    return write(
        session -> {
          long start = System.nanoTime();
          List<Node> written = new ArrayList<>();
          progress.phase(
              "writing",
              batch.districtOffices().size()
                  + batch.contactPoints().size()
                  + batch.groups().size());
          for (DistrictOffice d : batch.districtOffices()) {
            written.add(upsert(session, model.districtOffice(), d.id(), d, editor));
            progress.step();
          }
          for (ContactPoint cp : batch.contactPoints()) {
            written.add(upsert(session, model.contactPoint(), cp.id(), cp, editor));
            progress.step();
          }
          for (Group g : batch.groups()) {
            written.add(upsert(session, model.group(), g.id(), g, editor));
            progress.step();
          }
          session.save();
          groupsWritten.afterSave(batch.groups().stream().map(Group::id).toList());
          long saved = System.nanoTime();
          progress.phase("versioning", written.size());
          int unversioned = 0;
          for (Node node : written) {
            try {
              versions.checkpoint(node);
            } catch (RepositoryException e) {
              unversioned++;
              LOG.warn("Saved {} but could not version it: {}", node.getPath(), e.toString());
            }
            progress.step();
          }
          long done = System.nanoTime();
          LOG.info(
              "Imported {} groups, {} contact points, {} district offices: saved and indexed in {}"
                  + " ms, versioned in {} ms ({} without a version)",
              batch.groups().size(),
              batch.contactPoints().size(),
              batch.districtOffices().size(),
              (saved - start) / 1_000_000,
              (done - saved) / 1_000_000,
              unversioned);
          return new ImportCounts(
              batch.groups().size(), batch.contactPoints().size(), batch.districtOffices().size());
        },
        "import");
  }

  @Override
  public boolean deleteGroup(String id) {
    return delete(ItemType.GROUP, id);
  }

  /**
   * Deletes one item. A contact point that groups link to, or a district office that contact points
   * link to, is not deleted: {@link StillLinkedException} names the linking items.
   *
   * @return false if there was no such item
   */
  public boolean delete(ItemType type, String id) {
    if (id == null || !Codes.ID.matcher(id).matches()) {
      return false;
    }
    ContentTypeDefinition definition = definition(type);
    return write(
        session -> {
          String path = definition.rootPath() + "/" + id;
          if (!session.nodeExists(path)) {
            return false;
          }
          List<String> linking = linking(session, type, id);
          if (!linking.isEmpty()) {
            ItemType linkingType =
                type == ItemType.CONTACT_POINT ? ItemType.GROUP : ItemType.CONTACT_POINT;
            throw new StillLinkedException(
                linking.size()
                    + " "
                    + linkingType.pathSegment()
                    + " link to "
                    + id
                    + "; change or delete them first",
                linkingType,
                linking);
          }
          session.getNode(path).remove();
          session.save();
          if (type == ItemType.GROUP) {
            groupsWritten.afterSave(List.of(id));
          }
          LOG.info("Deleted {} {}", type.pathSegment(), id);
          return true;
        },
        "delete " + type.pathSegment() + " " + id);
  }

  /** The item's versions, newest first; empty if there is no such item. */
  public Optional<List<HistoryEntry>> history(ItemType type, String id) {
    if (id == null || !Codes.ID.matcher(id).matches()) {
      return Optional.empty();
    }
    ContentTypeDefinition definition = definition(type);
    return read(
        session -> {
          String path = definition.rootPath() + "/" + id;
          return session.nodeExists(path)
              ? Optional.of(versions.history(session.getNode(path), definition))
              : Optional.<List<HistoryEntry>>empty();
        },
        "read the history of " + type.pathSegment() + " " + id);
  }

  public ContentTypeDefinition definition(ItemType type) {
    return switch (type) {
      case GROUP -> model.group();
      case CONTACT_POINT -> model.contactPoint();
      case DISTRICT_OFFICE -> model.districtOffice();
    };
  }

  /** Ids of the items whose link property names {@code id}, sorted. */
  private List<String> linking(Session session, ItemType type, String id)
      throws RepositoryException {
    String folder;
    List<String> properties;
    if (type == ItemType.CONTACT_POINT) {
      folder = model.group().rootPath();
      // A group that continues a course links to the contact point running it, too.
      properties = List.of("contactPointId", "courseContactPointId");
    } else if (type == ItemType.DISTRICT_OFFICE) {
      folder = model.contactPoint().rootPath();
      properties = List.of("districtOfficeId");
    } else {
      return List.of();
    }
    // A link holds the target's id, or (written by Magnolia's link field) its identifier.
    String target = definition(type).rootPath() + "/" + id;
    String identifier = session.nodeExists(target) ? session.getNode(target).getIdentifier() : id;
    List<String> ids = new ArrayList<>();
    for (NodeIterator it = session.getNode(folder).getNodes(); it.hasNext(); ) {
      Node n = it.nextNode();
      for (String property : properties) {
        String link = n.hasProperty(property) ? n.getProperty(property).getString() : null;
        if (id.equals(link) || identifier.equals(link)) {
          ids.add(n.getName());
          break;
        }
      }
    }
    ids.sort(null);
    return ids;
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

  private Node upsert(
      Session session, ContentTypeDefinition type, String id, Object item, String editor)
      throws RepositoryException {
    Node folder = session.getNode(type.rootPath());
    Node node = folder.hasNode(id) ? folder.getNode(id) : folder.addNode(id, type.nodeType());
    versions.prepare(node, editor);
    mapper.write(item, node, type);
    return node;
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
