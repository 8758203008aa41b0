package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index follows the repository: the engine's own writes at once, anyone else's through
 * observation.
 */
class IndexSyncTest {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);
  private InMemoryJackrabbit jackrabbit;
  private Engine engine;

  @BeforeEach
  void start() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
  }

  @AfterEach
  void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void anImportIsSearchableWhenItReturns() {
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    Fixtures.group(
                        "ny", "Mestringsgruppe", "0301", "digital", List.of("livsmestring")))));
    assertThat(ids("mestringsgruppe")).containsExactly("ny");
  }

  @Test
  void aDeleteDisappearsWhenItReturns() {
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    Fixtures.group(
                        "ny", "Mestringsgruppe", "0301", "digital", List.of("livsmestring")))));
    engine.store().deleteGroup("ny");
    assertThat(ids("mestringsgruppe")).isEmpty();
  }

  @Test
  void anotherWritersChangeIsSearchableWithinOneSecond() throws Exception {
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    Fixtures.group("ny", "Mestringsgruppe", "0301", "digital", List.of("angst")))));
    Session editor = jackrabbit.login(); // as a Magnolia editor would, outside the engine
    try {
      editor.getNode("/groups/ny").setProperty("title", "Samtalegruppe om skilsmisse");
      editor.save();
    } finally {
      editor.logout();
    }
    Await.until(() -> ids("skilsmisse").contains("ny"), ONE_SECOND, "the edit is searchable");
    assertThat(engine.search().search(GroupQuery.all(5)).hits())
        .extracting(GroupHit::title)
        .containsExactly("Samtalegruppe om skilsmisse");
  }

  @Test
  void anotherWritersRemovalLeavesTheIndexWithinOneSecond() throws Exception {
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    Fixtures.group(
                        "ny", "Mestringsgruppe", "0301", "digital", List.of("livsmestring")))));
    Session editor = jackrabbit.login();
    try {
      editor.getNode("/groups/ny").remove();
      editor.save();
    } finally {
      editor.logout();
    }
    Await.until(
        () -> ids("mestringsgruppe").isEmpty(), ONE_SECOND, "the removal reaches the index");
  }

  @Test
  void nodesAddedByOthersAreIndexedWithTheirContent() throws Exception {
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(Fixtures.group("finst", "Finst", "0301", "digital", List.of("angst")))));
    Session editor = jackrabbit.login();
    try {
      Node n = editor.getNode("/groups").addNode("fra-magnolia", "sh:group");
      n.setProperty("title", "Traumegruppe");
      n.setProperty("themes", new String[] {"traumer"});
      n.setProperty("languages", new String[] {"nb"});
      n.setProperty("format", "physical");
      n.setProperty("kommunenummer", "0301");
      n.setProperty("status", "open");
      n.setProperty("published", true);
      editor.save();
    } finally {
      editor.logout();
    }
    Await.until(
        () -> ids("traumegruppe").contains("fra-magnolia"),
        ONE_SECOND,
        "the new node is searchable");
  }

  @Test
  void theListenerNeverThrowsWhateverTheEventsDo() {
    IndexUpdater idle = new IndexUpdater(engine.index(), engine.store(), () -> {});
    JcrIndexListener listener = new JcrIndexListener(new EventMerger("/groups"), idle, "x");
    listener.onEvent(new BrokenEvents());
    listener.onEvent(null); // even a null iterator is logged, not thrown
  }

  private List<String> ids(String text) {
    GroupQuery q = GroupQuery.text(text, 20);
    return engine.search().search(q).hits().stream().map(GroupHit::id).toList();
  }

  /** Events whose every accessor fails, as a broken or closed repository might deliver. */
  private static final class BrokenEvents implements EventIterator {
    private int left = 2;

    @Override
    public Event nextEvent() {
      left--;
      return (Event)
          java.lang.reflect.Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Event.class},
              (proxy, method, args) -> {
                throw new RepositoryException("broken");
              });
    }

    @Override
    public void skip(long skipNum) {}

    @Override
    public long getSize() {
      return -1;
    }

    @Override
    public long getPosition() {
      return 0;
    }

    @Override
    public boolean hasNext() {
      return left > 0;
    }

    @Override
    public Object next() {
      if (left <= 0) {
        throw new NoSuchElementException();
      }
      return nextEvent();
    }
  }
}
