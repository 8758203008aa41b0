package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Groups that continue a course, and who a digital group is for, as a visitor sees them: the
 * finder's course checkbox and result card, the group page, and a contact point's "groups after our
 * courses" list (the group list with a courseBy preset).
 */
class CourseAndReachPagesTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;
  private static Components components;
  private static ComponentRenderer renderer;

  private static final ContactPoint LMS =
      new ContactPoint(
          "lms-unn",
          "Lærings- og mestringssenteret UNN",
          "lms-sykehus",
          List.of("5501"),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    Group kid =
        Fixtures.group(
                "kid-tromso", "Samtalegruppe etter KiD", "5501", "physical", List.of("depresjon"))
            .withCourse("Kurs i depresjonsmestring (KiD)", "lms-unn");
    Group other =
        Fixtures.group(
                "kurs-uten-senter", "Gruppe etter angstkurs", "0301", "physical", List.of("angst"))
            .withCourse("Kurs i mestring av angst", null);
    Group plain =
        Fixtures.group(
            "vanlig-tromso", "Depresjonsgruppe", "5501", "physical", List.of("depresjon"));
    Group north =
        Fixtures.group(
                "nord-digital", "Digital gruppe for nord", "1804", "digital", List.of("sorg"))
            .withReach(List.of("18", "55", "56"), List.of());
    engine
        .imports()
        .importBatch(new ImportBatch(null, List.of(LMS), List.of(kid, other, plain, north)));
    engine.syncIndex();
    components =
        new Components(
            engine.store(),
            engine.search(),
            engine.referenceData(),
            engine.messages(),
            engine.json(),
            Links.EMBED);
    renderer = components.renderer();
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void theFinderOffersALabelledCourseCheckboxThatFiltersAndStaysChecked() {
    String unchecked = html(components.groupFinder().render(Presets.NONE, params()));
    assertThat(unchecked)
        .contains(
            "<input id=\"shf-group-finder-afterCourse\" name=\"afterCourse\" type=\"checkbox\""
                + " value=\"true\" aria-describedby")
        .contains("<label for=\"shf-group-finder-afterCourse\">Grupper etter et kurs</label>");
    String checked =
        html(components.groupFinder().render(Presets.NONE, params("afterCourse", "true")));
    assertThat(checked)
        .contains("name=\"afterCourse\" type=\"checkbox\" value=\"true\" checked")
        .contains("Samtalegruppe etter KiD", "Gruppe etter angstkurs")
        .doesNotContain("Depresjonsgruppe");
  }

  @Test
  void theResultCardSaysWhichCourseTheGroupContinuesAndWhoRunsIt() {
    String nb = html(components.groupFinder().render(Presets.NONE, params("afterCourse", "true")));
    assertThat(nb)
        .contains(
            "<p class=\"shf-result-course\">Startet etter kurset «Kurs i depresjonsmestring (KiD)»"
                + " hos Lærings- og mestringssenteret UNN</p>")
        .contains(
            "<p class=\"shf-result-course\">Startet etter kurset «Kurs i mestring av angst»</p>");
    String nn =
        html(
            components
                .groupFinder()
                .render(Presets.NONE, params("afterCourse", "true", "lang", "nn")));
    assertThat(nn).contains("Starta etter kurset «Kurs i depresjonsmestring (KiD)» hos");
    String en =
        html(
            components
                .groupFinder()
                .render(Presets.NONE, params("afterCourse", "true", "lang", "en")));
    assertThat(en).contains("Started after the course “Kurs i depresjonsmestring (KiD)” at");
  }

  @Test
  void theGroupPageNamesTheCourseAndADigitalGroupsReach() {
    String kid = html(components.groupDetail().render("kid-tromso", Presets.NONE, params()));
    assertThat(kid)
        .contains("<dt>Kurs</dt>")
        .contains(
            "<dd>Startet etter kurset «Kurs i depresjonsmestring (KiD)» hos Lærings- og"
                + " mestringssenteret UNN</dd>");
    String north = html(components.groupDetail().render("nord-digital", Presets.NONE, params()));
    assertThat(north).contains("<dt>Hvem kan delta</dt>", "<dd>Nordland, Troms, Finnmark</dd>");
  }

  @Test
  void aContactPointsGroupListShowsOnlyTheGroupsAfterItsCourses() {
    Map<String, List<String>> embedUrl =
        params("courseBy", "lms-unn", "heading", "Grupper etter kursene våre");
    Presets presets = Presets.fromQuery(embedUrl);
    assertThat(presets.courseBy()).isEqualTo("lms-unn");
    ComponentView view = components.groupList().render(presets, params("courseBy", "annet-senter"));
    assertThat(view.status()).isEqualTo(200);
    String html = renderer.fragment(view, presets);
    assertThat(html)
        .contains("Grupper etter kursene våre", "Samtalegruppe etter KiD")
        .doesNotContain("Gruppe etter angstkurs", "Depresjonsgruppe");
    assertThat(presets.asQuery()).containsEntry("courseBy", List.of("lms-unn"));
  }

  private static String html(ComponentView view) {
    assertThat(view.status()).isEqualTo(200);
    return renderer.fragment(view, Presets.NONE);
  }

  private static Map<String, List<String>> params(String... keyValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.computeIfAbsent(keyValues[i], k -> new java.util.ArrayList<>()).add(keyValues[i + 1]);
    }
    return params;
  }
}
