package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import javax.jcr.observation.Event;
import org.apache.jackrabbit.api.observation.JackrabbitEvent;
import org.junit.jupiter.api.Test;

/**
 * Which events the listener leaves to the writer: only the engine's own saves on this node. The
 * process test {@code ClusterIT} shows the same rule between two real cluster nodes.
 */
class JcrIndexListenerTest {
  private static final String OWN = "selvhjelp-engine";
  private final JcrIndexListener listener =
      new JcrIndexListener(new EventMerger("/groups"), null, OWN);

  @Test
  void theEnginesOwnSaveOnThisNodeIsLeftToTheWriter() throws Exception {
    assertThat(listener.indexedByWriter(jackrabbitEvent(OWN, false))).isTrue();
  }

  @Test
  void theEnginesSaveOnAnotherClusterNodeIsIndexedHere() throws Exception {
    assertThat(listener.indexedByWriter(jackrabbitEvent(OWN, true))).isFalse();
  }

  @Test
  void anotherWritersSaveIsIndexedHereWhereverItWasMade() throws Exception {
    assertThat(listener.indexedByWriter(jackrabbitEvent(null, false))).isFalse();
    assertThat(listener.indexedByWriter(jackrabbitEvent("magnolia-editor", true))).isFalse();
  }

  @Test
  void theEnginesOwnSaveSeenByAHostThatIsNotJackrabbitCountsAsLocal() throws Exception {
    assertThat(listener.indexedByWriter(plainEvent(OWN))).isTrue();
  }

  /**
   * A title change of group "a" with this user data, made on this node or replayed from another.
   */
  private static Event jackrabbitEvent(String userData, boolean external) {
    return fake(JackrabbitEvent.class, userData, external);
  }

  private static Event plainEvent(String userData) {
    return fake(Event.class, userData, false);
  }

  private static Event fake(Class<? extends Event> type, String userData, boolean external) {
    return (Event)
        Proxy.newProxyInstance(
            JcrIndexListenerTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getType" -> Event.PROPERTY_CHANGED;
                  case "getPath" -> "/groups/a/title";
                  case "getUserData" -> userData;
                  case "isExternal" -> external;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
