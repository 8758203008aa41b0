package no.selvhjelp.finder.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.Session;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JcrContentStoreTest {
  private InMemoryJackrabbit jackrabbit;
  private JcrContentStore store;

  @BeforeEach
  void start() {
    jackrabbit = new InMemoryJackrabbit();
    store = new JcrContentStore(jackrabbit, ContentModel.load(), new NodeMapper(Json.newMapper()));
    store.initialise();
  }

  @AfterEach
  void stop() {
    jackrabbit.close();
  }

  @Test
  void everyFieldOfEveryTypeSurvivesTheRoundTripThroughJcr() {
    store.importBatch(
        new ImportBatch(
            List.of(Fixtures.office()),
            List.of(Fixtures.contactPoint()),
            List.of(Fixtures.fullGroup())));
    assertThat(store.group("sorggruppe-kinn")).hasValue(Fixtures.fullGroup());
    assertThat(store.contactPoint("frivilligsentralen-kinn")).hasValue(Fixtures.contactPoint());
    assertThat(store.districtOffice("vest")).hasValue(Fixtures.office());
  }

  @Test
  void itemsAreStoredAsTypedNodesUnderTheirContentTypesRoot() throws Exception {
    store.importBatch(new ImportBatch(null, null, List.of(Fixtures.fullGroup())));
    Session session = jackrabbit.login();
    try {
      Node node = session.getNode("/groups/sorggruppe-kinn");
      assertThat(node.getPrimaryNodeType().getName()).isEqualTo("sh:group");
      assertThat(node.getProperty("themes").isMultiple()).isTrue();
      assertThat(node.getProperty("lastVerified").getType()).isEqualTo(javax.jcr.PropertyType.DATE);
      assertThat(node.getNode("contact").getProperty("email").getString())
          .isEqualTo("ola@example.org");
    } finally {
      session.logout();
    }
  }

  @Test
  void importUpsertsByIdAndClearsFieldsNoLongerGiven() {
    store.importBatch(new ImportBatch(null, null, List.of(Fixtures.fullGroup())));
    Group smaller =
        Fixtures.group("sorggruppe-kinn", "Ny tittel", "4602", "digital", List.of("sorg"));
    store.importBatch(new ImportBatch(null, null, List.of(smaller)));
    assertThat(store.group("sorggruppe-kinn")).hasValue(smaller);
    assertThat(store.groupCount()).isEqualTo(1);
  }

  @Test
  void deleteRemovesTheGroupAndReportsAbsentOnes() {
    store.importBatch(new ImportBatch(null, null, List.of(Fixtures.fullGroup())));
    assertThat(store.deleteGroup("sorggruppe-kinn")).isTrue();
    assertThat(store.group("sorggruppe-kinn")).isEmpty();
    assertThat(store.deleteGroup("sorggruppe-kinn")).isFalse();
  }

  @Test
  void idsThatLookLikePathsFindNothing() {
    store.importBatch(new ImportBatch(null, null, List.of(Fixtures.fullGroup())));
    assertThat(store.group("../groups/sorggruppe-kinn")).isEmpty();
    assertThat(store.deleteGroup("..")).isFalse();
    assertThat(store.groupCount()).isEqualTo(1);
  }

  @Test
  void forEachGroupVisitsEveryStoredGroup() {
    store.importBatch(
        new ImportBatch(
            null,
            null,
            List.of(
                Fixtures.group("a", "A", "0301", "physical", List.of("angst")),
                Fixtures.group("b", "B", "0301", "physical", List.of("angst")))));
    List<String> ids = new ArrayList<>();
    store.forEachGroup(g -> ids.add(g.id()));
    assertThat(ids).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void setupIsIdempotentAndMarkersPersist() {
    store.initialise();
    assertThat(store.hasMarker("demoLoaded")).isFalse();
    store.setMarker("demoLoaded");
    store.initialise();
    assertThat(store.hasMarker("demoLoaded")).isTrue();
  }
}
