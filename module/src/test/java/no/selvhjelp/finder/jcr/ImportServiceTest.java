package no.selvhjelp.finder.jcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportServiceTest {
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
  void aDanglingLinkRejectsTheWholeImportAndStoresNothing() {
    Group linked = Fixtures.fullGroup(); // links to frivilligsentralen-kinn, not sent here
    Group fine = Fixtures.group("fine", "Fine", "0301", "digital", List.of("angst"));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> engine.imports().importBatch(new ImportBatch(null, null, List.of(fine, linked))));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.index()).isEqualTo(1);
              assertThat(p.field()).isEqualTo("contactPointId");
            });
    assertThat(engine.store().groupCount()).isZero();
  }

  @Test
  void linksResolveAgainstContentStoredEarlier() {
    engine
        .imports()
        .importBatch(
            new ImportBatch(List.of(Fixtures.office()), List.of(Fixtures.contactPoint()), null));
    engine.imports().importBatch(new ImportBatch(null, null, List.of(Fixtures.fullGroup())));
    assertThat(engine.store().group("sorggruppe-kinn")).isPresent();
  }

  @Test
  void missingCoordinatesComeFromPostnummerThenKommune() {
    Group withPost =
        new Group(
            "p",
            "P",
            null,
            null,
            List.of("angst"),
            List.of("nb"),
            "physical",
            "4602",
            null,
            "6900",
            null,
            null,
            null,
            "open",
            null,
            null,
            null,
            null,
            null,
            null);
    Group withKommune = Fixtures.group("k", "K", "4602", "physical", List.of("angst"));
    engine.imports().importBatch(new ImportBatch(null, null, List.of(withPost, withKommune)));
    var post = engine.referenceData().postnummer("6900").orElseThrow();
    var kinn = engine.referenceData().kommune("4602").orElseThrow();
    assertThat(engine.store().group("p").orElseThrow().lat()).isEqualTo(post.lat());
    assertThat(engine.store().group("k").orElseThrow().lat()).isEqualTo(kinn.lat());
  }

  @Test
  void givenCoordinatesAreKeptAndPublishedDefaultsToTrue() {
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                List.of(Fixtures.office()),
                List.of(Fixtures.contactPoint()),
                List.of(Fixtures.fullGroup())));
    Group stored = engine.store().group("sorggruppe-kinn").orElseThrow();
    assertThat(stored.lat()).isEqualTo(61.6);
    Group draftless = Fixtures.group("x", "X", "0301", "digital", List.of("angst"));
    assertThat(draftless.published()).isNull();
    engine.imports().importBatch(new ImportBatch(null, null, List.of(draftless)));
    assertThat(engine.store().group("x").orElseThrow().published()).isTrue();
    ContactPoint cp = engine.store().contactPoint("frivilligsentralen-kinn").orElseThrow();
    assertThat(cp.lat()).isNotNull();
  }
}
