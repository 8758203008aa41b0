package no.selvhjelp.finder.jcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import javax.jcr.Node;
import javax.jcr.Session;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.StillLinkedException;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A digital group's reach and a group's course are validated, stored in JCR and read back; a bad
 * one anywhere in an import stores nothing.
 */
class ReachAndCourseImportTest {
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

  /** The path clients take: the body is read and checked by the content rules, then stored. */
  private void importJson(ImportBatch batch) {
    engine.imports().importJson(engine.json().valueToTree(batch));
  }

  private static Group digital(String id) {
    return Fixtures.group(id, "Digital gruppe " + id, "1804", "digital", List.of("sorg"));
  }

  @Test
  void reachAndCourseAreStoredAndReadBack() {
    engine
        .imports()
        .importBatch(
            new ImportBatch(List.of(Fixtures.office()), List.of(Fixtures.contactPoint()), null));
    Group north =
        digital("nord")
            .withReach(List.of("18", "55", "56"), List.of("4602"))
            .withCourse("KiD-kurs", "frivilligsentralen-kinn");
    engine.imports().importBatch(new ImportBatch(null, null, List.of(north)));
    Group read = engine.store().group("nord").orElseThrow();
    assertThat(read.reachFylker()).containsExactly("18", "55", "56");
    assertThat(read.reachKommuner()).containsExactly("4602");
    assertThat(read.continuesCourse()).isEqualTo("KiD-kurs");
    assertThat(read.courseContactPointId()).isEqualTo("frivilligsentralen-kinn");
    assertThat(read.reachesWholeCountry()).isFalse();
  }

  @Test
  void aGroupStoredWithoutReachReachesTheWholeCountry() throws Exception {
    engine.imports().importBatch(new ImportBatch(null, null, List.of(digital("gammel"))));
    // Content written before reach existed has no such properties at all.
    Session session = jackrabbit.login();
    try {
      Node node = session.getNode("/groups/gammel");
      for (String p : List.of("reachFylker", "reachKommuner")) {
        if (node.hasProperty(p)) {
          node.getProperty(p).remove();
        }
      }
      session.save();
    } finally {
      session.logout();
    }
    Group read = engine.store().group("gammel").orElseThrow();
    assertThat(read.reachFylker()).isEmpty();
    assertThat(read.reachKommuner()).isEmpty();
    assertThat(read.reachesWholeCountry()).isTrue();
  }

  @Test
  void oneUnknownFylkeOrKommuneInAReachRejectsTheWholeImport() {
    Group fine = digital("fine").withReach(List.of("46"), List.of());
    Group badFylke = digital("bad-fylke").withReach(List.of("18", "19"), List.of());
    Group badKommune = digital("bad-kommune").withReach(List.of(), List.of("1902"));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> importJson(new ImportBatch(null, null, List.of(fine, badFylke, badKommune))));
    assertThat(e).as("the import was refused").isNotNull();
    assertThat(e.problems())
        .extracting(Problem::index, Problem::field)
        .contains(
            org.assertj.core.groups.Tuple.tuple(1, "reachFylker[1]"),
            org.assertj.core.groups.Tuple.tuple(2, "reachKommuner[0]"));
    assertThat(engine.store().groupCount()).isZero();
  }

  @Test
  void aReachOnAGroupThatMeetsInPersonIsAProblem() throws Exception {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                engine
                    .imports()
                    .importJson(
                        engine
                            .json()
                            .readTree(
                                """
                                {"groups":[{"id":"fysisk","title":"Fysisk gruppe",
                                 "themes":["sorg"],"languages":["nb"],"format":"physical",
                                 "kommunenummer":"4601","status":"open",
                                 "reachFylker":["46"]}]}
                                """)));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("reachFylker");
              assertThat(p.message()).contains("only a digital group has a reach");
            });
    assertThat(engine.store().groupCount()).isZero();
  }

  @Test
  void aCourseContactPointMustExistAndComeWithTheCourse() {
    Group unknownPoint = digital("ukjent").withCourse("KiD-kurs", "finnes-ikke");
    Group noCourse = digital("uten-kurs").withCourse(null, "frivilligsentralen-kinn");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                importJson(
                    new ImportBatch(
                        List.of(Fixtures.office()),
                        List.of(Fixtures.contactPoint()),
                        List.of(noCourse, unknownPoint))));
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.index()).isEqualTo(0);
              assertThat(p.field()).isEqualTo("continuesCourse");
            });
    assertThat(engine.store().groupCount()).isZero();
  }

  @Test
  void anUnknownCourseContactPointIsAnImportProblem() {
    Group unknownPoint = digital("ukjent").withCourse("KiD-kurs", "finnes-ikke");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> engine.imports().importBatch(new ImportBatch(null, null, List.of(unknownPoint))));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("courseContactPointId");
              assertThat(p.message()).contains("finnes-ikke");
            });
  }

  @Test
  void aContactPointThatRunsAGroupsCourseIsNotDeleted() {
    engine
        .imports()
        .importBatch(
            new ImportBatch(List.of(Fixtures.office()), List.of(Fixtures.contactPoint()), null));
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(digital("etter-kurs").withCourse("KiD-kurs", "frivilligsentralen-kinn"))));
    StillLinkedException e =
        catchThrowableOfType(
            StillLinkedException.class,
            () -> engine.store().delete(ItemType.CONTACT_POINT, "frivilligsentralen-kinn"));
    assertThat(e.linkingIds()).containsExactly("etter-kurs");
  }
}
