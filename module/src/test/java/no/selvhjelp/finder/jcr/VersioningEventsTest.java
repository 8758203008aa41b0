package no.selvhjelp.finder.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventListener;
import javax.jcr.observation.ObservationManager;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Taking versions must not look like someone else's edit to the index listener: every event of an
 * import, checkpoints included, carries the engine's user data, so the indexer does not index the
 * same groups a second time.
 */
class VersioningEventsTest {
  private InMemoryJackrabbit jackrabbit;
  private Engine engine;

  @BeforeEach
  void start() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).initialise();
  }

  @AfterEach
  void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void everyEventOfAVersionedImportCarriesTheEnginesUserData() throws Exception {
    List<String> foreign = new CopyOnWriteArrayList<>();
    CountDownLatch marker = new CountDownLatch(1);
    Session listening = jackrabbit.login();
    ObservationManager observation = listening.getWorkspace().getObservationManager();
    EventListener listener =
        events -> {
          while (events.hasNext()) {
            Event e = events.nextEvent();
            try {
              if (e.getPath().startsWith("/marker")) {
                marker.countDown();
              } else if (!JcrContentStore.USER_DATA.equals(e.getUserData())) {
                foreign.add(e.getPath());
              }
            } catch (RepositoryException ex) {
              foreign.add(ex.toString());
            }
          }
        };
    observation.addEventListener(
        listener,
        Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.NODE_ADDED,
        "/",
        true,
        null,
        null,
        false);
    try {
      engine
          .imports()
          .importBatch(
              new ImportBatch(
                  List.of(Fixtures.office()),
                  List.of(Fixtures.contactPoint()),
                  List.of(Fixtures.fullGroup())));
      engine.imports().importBatch(new ImportBatch(null, null, List.of(Fixtures.fullGroup())));
      Session other = jackrabbit.login();
      try {
        other.getRootNode().addNode("marker", "nt:unstructured");
        other.save();
      } finally {
        other.logout();
      }
      assertThat(marker.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(foreign).isEmpty();
    } finally {
      observation.removeEventListener(listener);
      listening.logout();
    }
  }
}
