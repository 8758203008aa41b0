package no.selvhjelp.finder.search;

import static no.selvhjelp.finder.search.SearchFixtures.g;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.4 (a theme named in any UI language finds the theme) and issue 10.8 (search oddities),
 * each example from the issues by name, over real Jackrabbit content and the real index.
 */
class ThemeWordsSearchTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;

  private static final List<Group> GROUPS =
      List.of(
          g(
              "sorg-drammen",
              "Sorggruppe for etterlatte",
              "Vi møtes for å snakke om sorgen etter at vi mistet noen.",
              "3301",
              null,
              "physical",
              List.of("sorg"),
              List.of("nb")),
          g(
              "sorg-oslo-digital",
              "Samtalegruppe om sorg og sakn",
              "Vi møtes på nett (video), så du kan delta hjemmefra.",
              "0301",
              null,
              "digital",
              List.of("sorg"),
              List.of("nb")),
          g(
              "sorg-ukrainsk",
              "Samtalegruppe på ukrainsk om sorg og tap",
              "Група підтримки для тих, хто переживає горе і втрату.",
              "4601",
              null,
              "physical",
              List.of("innvandrere", "sorg"),
              List.of("uk", "nb")),
          g(
              "sorg-engelsk",
              "Sorggruppe på engelsk",
              "A group for people living with grief after losing someone close.",
              "0301",
              null,
              "physical",
              List.of("sorg"),
              List.of("en", "nb")),
          g(
              "depresjon-bergen",
              "Selvhjelpsgruppe for depresjon",
              "For deg som er nedstemt og vil møte andre.",
              "4601",
              null,
              "physical",
              List.of("depresjon"),
              List.of("nb")),
          g(
              "depresjon-kinn",
              "Sjølvhjelpsgruppe for depresjon i Kinn",
              "For deg som er nedstemd.",
              "4602",
              "6900",
              "physical",
              List.of("depresjon"),
              List.of("nn")),
          // In Måløy: nothing in its text says Florø, yet Florø is in Kinn.
          g(
              "angst-kinn",
              "Samtalegruppe om angst og uro",
              "Vi snakkar om angsten og korleis leve godt med han.",
              "4602",
              "6700",
              "physical",
              List.of("angst"),
              List.of("nn")),
          g(
              "angst-hamar",
              "Samtalegruppe om angst og uro",
              "Vi snakker om angsten og hvordan leve godt med den.",
              "3403",
              null,
              "physical",
              List.of("angst"),
              List.of("nb")),
          g(
              "angst-sandnes",
              "Samtalegruppe om angst og uro",
              "Vi snakker om angsten og hvordan leve godt med den.",
              "1108",
              null,
              "physical",
              List.of("angst"),
              List.of("nb")),
          g(
              "ensomhet-bodo",
              "Møteplass mot ensomhet",
              "For deg som kjenner deg alene.",
              "1804",
              null,
              "physical",
              List.of("ensomhet"),
              List.of("nb")),
          g(
              "utbrent-digital",
              "Selvhjelpsgruppe for utbrenthet",
              "Vi møtes på nett (video), så du kan delta hjemmefra.",
              "1804",
              null,
              "digital",
              List.of("utbrenthet"),
              List.of("nb")),
          g(
              "aleneforelder-digital",
              "Gruppe for deg som er ny som aleneforelder",
              "Vi deler erfaringer om hverdagen. Vi møtes på nett (video).",
              "1108",
              null,
              "digital",
              List.of("samlivsbrudd"),
              List.of("nb")),
          g(
              "livsmestring-hybrid",
              "Livsmestringsgruppe",
              "Du kan delta i lokalet eller digitalt på nett (video).",
              "3403",
              null,
              "hybrid",
              List.of("livsmestring"),
              List.of("nb")));

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    engine.imports().importBatch(new ImportBatch(null, null, GROUPS));
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void griefSupportGroupFindsTheNorwegianGriefGroupsAfterTheOneHeldInEnglish() {
    List<String> ids = ids("grief support group");
    assertThat(ids.get(0)).isEqualTo("sorg-engelsk");
    assertThat(ids).contains("sorg-drammen", "sorg-oslo-digital", "sorg-ukrainsk");
    assertThat(ids).allMatch(id -> id.startsWith("sorg-"));
  }

  @Test
  void englishLonelinessFindsTheLonelinessGroup() {
    assertThat(ids("loneliness")).containsExactly("ensomhet-bodo");
  }

  @Test
  void persianGriefFindsTheGriefGroups() {
    assertThat(ids("سوگ"))
        .contains("sorg-drammen", "sorg-oslo-digital")
        .allMatch(id -> id.startsWith("sorg-"));
  }

  @Test
  void polishGriefFindsTheGriefGroupsInEveryCase() {
    for (String word : List.of("żałoba", "żałoby", "żałobie", "żałobę")) {
      assertThat(ids(word))
          .as(word)
          .contains("sorg-drammen")
          .allMatch(id -> id.startsWith("sorg-"));
    }
  }

  @Test
  void ukrainianDepressionFindsTheDepressionGroupsInEveryCase() {
    for (String word : List.of("депресія", "депресії", "депресію")) {
      assertThat(ids(word))
          .as(word)
          .containsExactlyInAnyOrder("depresjon-bergen", "depresjon-kinn");
    }
  }

  @Test
  void ukrainianGriefRanksTheGroupHeldInUkrainianFirst() {
    List<String> ids = ids("горе");
    assertThat(ids.get(0)).isEqualTo("sorg-ukrainsk");
    assertThat(ids).contains("sorg-drammen", "sorg-oslo-digital");
  }

  @Test
  void digitalFindsEveryDigitalGroupThenTheHybridOnes() {
    List<String> ids = ids("digital");
    assertThat(ids.subList(0, 3))
        .containsExactlyInAnyOrder("sorg-oslo-digital", "utbrent-digital", "aleneforelder-digital");
    assertThat(ids).hasSize(4).endsWith("livsmestring-hybrid");
  }

  /** Its own repository: the group it imports would change what the other tests see. */
  @Test
  void digitalStillFindsEveryDigitalGroupAfterAGroupSaysDigitalInItsTitle() throws Exception {
    try (InMemoryJackrabbit own = new InMemoryJackrabbit();
        Engine other = new Engine(own).start()) {
      other.imports().importBatch(new ImportBatch(null, null, GROUPS));
      assertDigitalAfterImport(other);
    }
  }

  private static void assertDigitalAfterImport(Engine engine) {
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    g(
                        "angst-digital",
                        "Angstgruppe (digital)",
                        "Vi snakker om angst.",
                        "0301",
                        null,
                        "digital",
                        List.of("angst"),
                        List.of("nb")))));
    assertThat(
            engine.search().search(GroupQuery.text("digital", 20)).hits().stream()
                .map(GroupHit::id)
                .toList())
        .contains(
            "angst-digital",
            "sorg-oslo-digital",
            "utbrent-digital",
            "aleneforelder-digital",
            "livsmestring-hybrid");
  }

  @Test
  void samtalegruppeNoLongerMatchesEveryGroup() {
    SearchResult r = search("samtalegruppe");
    assertThat(r.total()).isLessThan(GROUPS.size());
    assertThat(r.hits()).allMatch(h -> h.title().toLowerCase().contains("samtalegruppe"));
  }

  @Test
  void aWordInNearlyEveryTitleDoesNotOutrankTheThemeWord() {
    SearchResult r = search("samtalegruppe om sorg");
    assertThat(r.hits()).isNotEmpty().allMatch(h -> h.themes().contains("sorg"));
    assertThat(ids("samtalegruppe om sorg")).contains("sorg-drammen");
  }

  @Test
  void angstFloroPutsTheKinnGroupFirstThoughItsTextNeverSaysFloro() {
    List<String> ids = ids("angst Florø");
    assertThat(ids.get(0)).isEqualTo("angst-kinn");
    assertThat(ids).contains("angst-hamar", "angst-sandnes");
    // A place named in the text ranks; it does not by itself make a group about something else
    // match.
    assertThat(ids).doesNotContain("depresjon-kinn");
  }

  @Test
  void aPlaceNameAloneFindsTheGroupsThereThenTheRestOfItsFylke() {
    SearchResult r = search("Florø");
    assertThat(r.hits().subList(0, 2))
        .extracting(GroupHit::id)
        .containsExactlyInAnyOrder("angst-kinn", "depresjon-kinn");
    assertThat(r.hits()).allMatch(h -> h.kommunenummer().startsWith("46"));
  }

  private static List<String> ids(String text) {
    return search(text).hits().stream().map(GroupHit::id).toList();
  }

  private static SearchResult search(String text) {
    return engine.search().search(GroupQuery.text(text, 20));
  }
}
