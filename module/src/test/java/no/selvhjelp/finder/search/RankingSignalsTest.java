package no.selvhjelp.finder.search;

import static no.selvhjelp.finder.search.SearchFixtures.g;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.6: how the words' score is put together, each rule by the case that made it. Every pair
 * below matches the visitor's words about equally by text statistics alone; the rule decides.
 */
class RankingSignalsTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    g(
                        "sorg-tigrinja",
                        "Sorggruppe på tigrinja i Horten",
                        "Sorg er tungt å bære alene.",
                        "5001",
                        null,
                        "physical",
                        List.of("sorg", "innvandrere"),
                        List.of("ti", "nb")),
                    g(
                        "sorg-horten",
                        "Sorggruppe for etterlatte i Horten",
                        "For deg som har mistet noen som stod deg nær, og vil møte andre i samme"
                            + " situasjon.",
                        "3903",
                        null,
                        "physical",
                        List.of("sorg"),
                        List.of("nb")),
                    g(
                        "uro-stress",
                        "Gruppe om uro og stress",
                        "Vi snakker om hverdagen.",
                        "3301",
                        null,
                        "physical",
                        List.of("angst"),
                        List.of("nb")),
                    g(
                        "angst-arendal",
                        "Angstgruppe i Arendal",
                        "For deg som kjenner på angst i hverdagen.",
                        "4203",
                        null,
                        "physical",
                        List.of("angst"),
                        List.of("nb")),
                    g(
                        "angst-bergen",
                        "Angstgruppe i Bergen",
                        "Vi møtes hver uke.",
                        "4601",
                        null,
                        "physical",
                        List.of("angst"),
                        List.of("nb")),
                    g(
                        "angst-oslo",
                        "Selvhjelpsgruppe for angst",
                        "Vi møtes hver uke.",
                        "0301",
                        null,
                        "physical",
                        List.of("angst"),
                        List.of("nb")),
                    g(
                        "alkohol-asker",
                        "Samtalegruppe om alkohol og avhengighet",
                        "For deg med et rusproblem som vil leve uten rus. Pårørende er også"
                            + " velkomne.",
                        "3203",
                        null,
                        "physical",
                        List.of("rus", "parorende"),
                        List.of("nb")),
                    g(
                        "parorende-rana",
                        "Pårørendegruppe i Rana",
                        "For deg som er pårørende til noen med rusproblemer.",
                        "1833",
                        null,
                        "physical",
                        List.of("parorende"),
                        List.of("nb")))));
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void norwegianWordsPutAGroupHeldInNorwegianBeforeOneForSpeakersOfAnotherLanguage() {
    assertThat(ids(GroupQuery.text("sorggruppe", 10)))
        .containsSubsequence("sorg-horten", "sorg-tigrinja");
  }

  @Test
  void aWordsRareSynonymDoesNotOutrankTheWordItself() {
    // "uro" is a synonym of "angst" and rarer in the index: as a separate term its higher idf
    // used to put "Gruppe om uro og stress" first for a visitor who wrote "angst".
    assertThat(ids(GroupQuery.text("angst", 10)))
        .containsSubsequence("angst-arendal", "uro-stress");
  }

  @Test
  void aChosenThemeRanksTheGroupsAboutItBeforeThoseThatOnlyListIt() {
    GroupQuery rusForRelatives =
        new GroupQuery(
            "rus",
            List.of(),
            List.of(),
            List.of("parorende"),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            GroupQuery.Sort.RELEVANCE,
            1,
            10,
            "nb");
    assertThat(ids(rusForRelatives)).containsExactly("parorende-rana", "alkohol-asker");
  }

  private static List<String> ids(GroupQuery q) {
    return engine.search().search(q).hits().stream().map(GroupHit::id).toList();
  }
}
