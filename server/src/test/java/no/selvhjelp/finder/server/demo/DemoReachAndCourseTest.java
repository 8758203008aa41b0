package no.selvhjelp.finder.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.content.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's digital groups state who they are for (most the whole country, some Nord-Norge,
 * Vestland or one kommune), and its groups that grow out of a course name the course and the LMS
 * that runs it as data, not only in their text.
 */
class DemoReachAndCourseTest {
  private static ImportBatch batch;

  @BeforeAll
  static void generate() {
    batch = new DemoContent(ReferenceData.load()).batch();
  }

  @Test
  void mostDigitalGroupsAreNationalAndSomeAreForNordNorgeVestlandOrOneKommune() {
    List<Group> digital = batch.groups().stream().filter(Group::digital).toList();
    List<Group> national = digital.stream().filter(Group::reachesWholeCountry).toList();
    assertThat(national.size()).isGreaterThan(digital.size() / 2);
    assertThat(digital)
        .anySatisfy(g -> assertThat(g.reachFylker()).containsExactly("18", "55", "56"))
        .anySatisfy(g -> assertThat(g.reachFylker()).containsExactly("46"))
        .anySatisfy(g -> assertThat(g.reachKommuner()).containsExactly("0301"));
    assertThat(digital.stream().filter(g -> !g.reachesWholeCountry()))
        .allSatisfy(g -> assertThat(g.description()).containsPattern("for deg som b(o|u)r i "));
    assertThat(batch.groups().stream().filter(g -> !g.digital()))
        .allSatisfy(g -> assertThat(g.reachesWholeCountry()).isTrue());
  }

  @Test
  void everyGroupAfterACourseNamesTheCourseAndTheLmsThatRunsIt() {
    Map<String, ContactPoint> points =
        batch.contactPoints().stream()
            .collect(Collectors.toMap(ContactPoint::id, Function.identity()));
    List<Group> afterCourse =
        batch.groups().stream()
            .filter(g -> g.schedule().toLowerCase(Locale.ROOT).startsWith("etter "))
            .toList();
    assertThat(afterCourse).hasSizeGreaterThanOrEqualTo(10);
    assertThat(afterCourse)
        .allSatisfy(
            g -> {
              assertThat(g.continuesCourse()).isNotBlank().containsIgnoringCase("kurs");
              assertThat(points.get(g.courseContactPointId()).type())
                  .isIn("lms-kommune", "lms-sykehus");
            });
    assertThat(batch.groups().stream().filter(g -> g.continuesCourse() != null))
        .hasSameSizeAs(afterCourse);
    assertThat(afterCourse).anySatisfy(g -> assertThat(g.continuesCourse()).contains("KiD"));
  }

  @Test
  void theCourseByExampleOfTheApiDocsFindsDemoGroups() throws java.io.IOException {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/api.md"));
    java.util.regex.Matcher example =
        java.util.regex.Pattern.compile("groups\\?courseBy=([a-z0-9-]+)'").matcher(docs);
    assertThat(example.find()).as("a courseBy example in docs/api.md").isTrue();
    List<String> coursePoints =
        batch.groups().stream()
            .map(Group::courseContactPointId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .sorted()
            .toList();
    assertThat(coursePoints).as("course contact points of the demo").contains(example.group(1));
  }
}
