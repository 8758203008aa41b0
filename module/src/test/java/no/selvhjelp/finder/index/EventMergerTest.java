package no.selvhjelp.finder.index;

import static javax.jcr.observation.Event.NODE_ADDED;
import static javax.jcr.observation.Event.NODE_REMOVED;
import static javax.jcr.observation.Event.PROPERTY_ADDED;
import static javax.jcr.observation.Event.PROPERTY_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.selvhjelp.finder.index.EventMerger.Observed;
import no.selvhjelp.finder.index.IndexChange.Kind;
import org.junit.jupiter.api.Test;

/** The merge rules, one sequence of events per test: remove beats add beats change. */
class EventMergerTest {
  private final EventMerger merger = new EventMerger("/groups");

  @Test
  void propertyChangesOfOneGroupBecomeOneChange() {
    assertThat(
            merger.merge(
                List.of(
                    new Observed(PROPERTY_CHANGED, "/groups/a/title"),
                    new Observed(PROPERTY_CHANGED, "/groups/a/summary"),
                    new Observed(PROPERTY_ADDED, "/groups/a/contact/email"))))
        .containsExactly(new IndexChange("a", Kind.CHANGE));
  }

  @Test
  void addBeatsChange() {
    assertThat(
            merger.merge(
                List.of(
                    new Observed(NODE_ADDED, "/groups/a"),
                    new Observed(PROPERTY_ADDED, "/groups/a/title"))))
        .containsExactly(new IndexChange("a", Kind.ADD));
  }

  @Test
  void removeBeatsAdd() {
    assertThat(
            merger.merge(
                List.of(
                    new Observed(NODE_ADDED, "/groups/a"),
                    new Observed(NODE_REMOVED, "/groups/a"))))
        .containsExactly(new IndexChange("a", Kind.REMOVE));
  }

  @Test
  void removingAChildNodeIsAChangeOfTheGroupNotARemove() {
    assertThat(merger.merge(List.of(new Observed(NODE_REMOVED, "/groups/a/contact"))))
        .containsExactly(new IndexChange("a", Kind.CHANGE));
  }

  @Test
  void eventsOutsideTheGroupsRootAndOnTheRootItselfAreIgnored() {
    assertThat(
            merger.merge(
                List.of(
                    new Observed(PROPERTY_CHANGED, "/contactPoints/x/name"),
                    new Observed(PROPERTY_CHANGED, "/groupsies/x"),
                    new Observed(NODE_ADDED, "/groups"))))
        .isEmpty();
  }

  @Test
  void manyGroupsKeepTheirFirstSeenOrder() {
    assertThat(
            merger.merge(
                List.of(
                    new Observed(PROPERTY_CHANGED, "/groups/b/title"),
                    new Observed(NODE_REMOVED, "/groups/a"),
                    new Observed(PROPERTY_CHANGED, "/groups/b/summary"))))
        .containsExactly(new IndexChange("b", Kind.CHANGE), new IndexChange("a", Kind.REMOVE));
  }
}
