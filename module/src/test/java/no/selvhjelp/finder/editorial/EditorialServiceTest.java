package no.selvhjelp.finder.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import javax.jcr.Session;
import no.selvhjelp.finder.api.HistoryEntry;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.StaleItem;
import no.selvhjelp.finder.api.StillLinkedException;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editorial writes, history, links and freshness against a real in-memory Jackrabbit. */
class EditorialServiceTest {
  private InMemoryJackrabbit jackrabbit;
  private Engine engine;
  private EditorialService editorial;

  @BeforeEach
  void start() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    editorial = engine.editorial();
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                List.of(Fixtures.office()),
                List.of(Fixtures.contactPoint()),
                List.of(Fixtures.fullGroup())));
  }

  @AfterEach
  void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  private ObjectNode stored(ItemType type, String id) {
    return (ObjectNode) editorial.item(type, id).orElseThrow();
  }

  @Test
  void eachWriteAddsAVersionSignedByItsEditorWithTheFieldsItChanged() {
    ObjectNode group = stored(ItemType.GROUP, "sorggruppe-kinn");
    group.put("title", "Sorggruppe i Florø");
    group.put("status", "full");
    editorial.put(ItemType.GROUP, "sorggruppe-kinn", group, "Kari Nordmann");
    editorial.setPublished(ItemType.GROUP, "sorggruppe-kinn", false, "Ola");

    List<HistoryEntry> history = editorial.history(ItemType.GROUP, "sorggruppe-kinn").orElseThrow();

    assertThat(history).hasSize(3);
    assertThat(history.get(0).who()).isEqualTo("Ola");
    assertThat(history.get(0).changedFields()).containsExactly("published");
    assertThat(history.get(1).who()).isEqualTo("Kari Nordmann");
    assertThat(history.get(1).changedFields()).containsExactly("title", "status");
    assertThat(history.get(2).who()).isEqualTo("system");
    assertThat(history.get(2).changedFields()).contains("title", "themes", "contact", "lat");
    assertThat(history.get(0).when()).isAfterOrEqualTo(history.get(1).when());
  }

  @Test
  void aChangeInsideTheContactSubNodeIsReportedAsContact() {
    ObjectNode group = stored(ItemType.GROUP, "sorggruppe-kinn");
    ((ObjectNode) group.get("contact")).put("phone", "+47 411 11 111");
    editorial.put(ItemType.GROUP, "sorggruppe-kinn", group, "Kari");

    assertThat(editorial.history(ItemType.GROUP, "sorggruppe-kinn").orElseThrow().get(0))
        .extracting(HistoryEntry::changedFields)
        .isEqualTo(List.of("contact"));
  }

  @Test
  void versionedNodesStayCheckedOutSoOtherWritersCanStillEditThem() throws Exception {
    Session session = jackrabbit.login();
    try {
      var node = session.getNode("/groups/sorggruppe-kinn");
      assertThat(node.isNodeType("mix:versionable")).isTrue();
      assertThat(node.isCheckedOut()).isTrue();
      node.setProperty("title", "Endra i ein annan editor");
      session.save();
    } finally {
      session.logout();
    }
  }

  @Test
  void aContactPointThatGroupsLinkToIsNotDeletedAndTheLinkingGroupsAreNamed() {
    StillLinkedException e =
        catchThrowableOfType(
            StillLinkedException.class,
            () -> editorial.delete(ItemType.CONTACT_POINT, "frivilligsentralen-kinn"));
    assertThat(e.linkingType()).isEqualTo(ItemType.GROUP);
    assertThat(e.linkingIds()).containsExactly("sorggruppe-kinn");
    assertThat(editorial.item(ItemType.CONTACT_POINT, "frivilligsentralen-kinn")).isPresent();

    StillLinkedException office =
        catchThrowableOfType(
            StillLinkedException.class, () -> editorial.delete(ItemType.DISTRICT_OFFICE, "vest"));
    assertThat(office.linkingIds()).containsExactly("frivilligsentralen-kinn");
  }

  @Test
  void aLinkHoldingTheTargetsIdentifierReadsAsItsIdAndStillGuardsTheTarget() throws Exception {
    // Magnolia's link field may store the chosen node's identifier rather than its name.
    Session session = jackrabbit.login();
    try {
      String identifier = session.getNode("/contactPoints/frivilligsentralen-kinn").getIdentifier();
      var group = session.getNode("/groups/sorggruppe-kinn");
      var versions = session.getWorkspace().getVersionManager();
      if (!group.isCheckedOut()) {
        versions.checkout(group.getPath());
      }
      group.setProperty("contactPointId", identifier);
      session.save();
    } finally {
      session.logout();
    }

    assertThat(engine.store().group("sorggruppe-kinn").orElseThrow().contactPointId())
        .isEqualTo("frivilligsentralen-kinn");
    StillLinkedException e =
        catchThrowableOfType(
            StillLinkedException.class,
            () -> editorial.delete(ItemType.CONTACT_POINT, "frivilligsentralen-kinn"));
    assertThat(e.linkingIds()).containsExactly("sorggruppe-kinn");
  }

  @Test
  void deletingInTheOrderOfTheLinksWorks() {
    assertThat(editorial.delete(ItemType.GROUP, "sorggruppe-kinn")).isTrue();
    assertThat(editorial.delete(ItemType.CONTACT_POINT, "frivilligsentralen-kinn")).isTrue();
    assertThat(editorial.delete(ItemType.DISTRICT_OFFICE, "vest")).isTrue();
    assertThat(editorial.delete(ItemType.DISTRICT_OFFICE, "vest")).isFalse();
  }

  @Test
  void aBodyIdThatIsNotThePathsIsRejectedAndNothingIsStored() {
    ObjectNode group = stored(ItemType.GROUP, "sorggruppe-kinn");
    group.put("title", "Ny tittel");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> editorial.put(ItemType.GROUP, "ein-annan", group, "Kari"));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("id"));
    assertThat(editorial.item(ItemType.GROUP, "ein-annan")).isEmpty();
    assertThat(stored(ItemType.GROUP, "sorggruppe-kinn").get("title").asText())
        .isEqualTo(Fixtures.fullGroup().title());
  }

  @Test
  void staleListsNeverVerifiedFirstThenOldestAndVerifiedTakesAGroupOff() {
    LocalDate today = LocalDate.now(Engine.EDITORS_ZONE);
    ObjectNode old = stored(ItemType.GROUP, "sorggruppe-kinn");
    old.put("lastVerified", today.minusDays(400).toString());
    editorial.put(ItemType.GROUP, "sorggruppe-kinn", old, "Kari");
    ObjectNode never =
        engine.json().valueToTree(Fixtures.group("ny", "Ny", "0301", "digital", List.of("sorg")));
    editorial.put(ItemType.GROUP, "ny", never, "Kari");
    ObjectNode fresh =
        engine
            .json()
            .valueToTree(Fixtures.group("fersk", "Fersk", "0301", "digital", List.of("sorg")));
    fresh.put("lastVerified", today.minusDays(10).toString());
    editorial.put(ItemType.GROUP, "fersk", fresh, "Kari");

    List<StaleItem> stale = editorial.stale(180);
    assertThat(stale).extracting(StaleItem::id).containsExactly("ny", "sorggruppe-kinn");
    assertThat(stale.get(0).ageDays()).isNull();
    assertThat(stale.get(1).ageDays()).isEqualTo(400);
    assertThat(stale.get(1).title()).isEqualTo(Fixtures.fullGroup().title());

    editorial.markVerified(ItemType.GROUP, "sorggruppe-kinn", "Kari");
    assertThat(editorial.stale(180)).extracting(StaleItem::id).containsExactly("ny");
    assertThat(stored(ItemType.GROUP, "sorggruppe-kinn").get("lastVerified").asText())
        .isEqualTo(today.toString());
  }
}
