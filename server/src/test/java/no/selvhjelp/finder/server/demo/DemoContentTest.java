package no.selvhjelp.finder.server.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.Maalform;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.content.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoContentTest {
  private static final List<String> ALL_FYLKER =
      List.of(
          "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56");

  /** Words only Nynorsk uses; a Nynorsk text should have some, a Bokmål text none. */
  private static final Set<String> NYNORSK_ONLY =
      Set.of(
          "ikkje",
          "eg",
          "kvar",
          "korleis",
          "kva",
          "vaksne",
          "kjensler",
          "møtest",
          "einsemd",
          "etterlatne",
          "samlivsbrot",
          "pårørande",
          "utbrentheit",
          "kvarandre",
          "erfaringar",
          "saman",
          "eit",
          "ein",
          "òg",
          "kvardagen",
          "sjølv",
          "annankvar",
          "tysdag",
          "måndag");

  /** Words only Bokmål uses. */
  private static final Set<String> BOKMAAL_ONLY =
      Set.of(
          "ikke",
          "jeg",
          "hver",
          "hvordan",
          "hva",
          "voksne",
          "følelser",
          "møtes",
          "ensomhet",
          "etterlatte",
          "samlivsbrudd",
          "pårørende",
          "utbrenthet",
          "hverandre",
          "erfaringer",
          "sammen",
          "også",
          "mye",
          "noen",
          "annenhver",
          "tirsdag",
          "mandag");

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

  private static ReferenceData referenceData;
  private static ImportBatch batch;

  @BeforeAll
  static void generate() {
    referenceData = ReferenceData.load();
    batch = new DemoContent(referenceData).batch();
  }

  @Test
  void everyFylkeIsServedByExactlyOneDistrictOffice() {
    List<DistrictOffice> offices = batch.districtOffices();
    assertThat(offices).hasSize(7);
    List<String> served = offices.stream().flatMap(o -> o.fylker().stream()).sorted().toList();
    assertThat(served).containsExactlyElementsOf(ALL_FYLKER);
    assertThat(offices)
        .allSatisfy(
            o -> {
              assertThat(o.name()).startsWith("Selvhjelp Norge ");
              assertThat(o.contacts()).hasSizeBetween(1, 3);
              assertThat(o.contacts())
                  .allSatisfy(
                      c -> {
                        assertThat(c.name()).isNotBlank();
                        assertThat(c.role()).isNotBlank();
                        assertThat(c.email()).endsWith("@example.com");
                      });
              assertThat(o.address()).isNotBlank();
              assertThat(o.phone()).matches("\\+47 4\\d\\d \\d\\d \\d\\d\\d");
              assertThat(o.email()).endsWith("@example.com");
              assertThat(o.url()).startsWith("https://example.com/");
              assertThat(o.description()).contains("fiktivt");
            });
  }

  @Test
  void contactPointsCoverEveryTypeAndSitInRealPlaces() {
    List<ContactPoint> points = batch.contactPoints();
    assertThat(points).hasSizeGreaterThanOrEqualTo(40);
    Map<String, Long> perType = points.stream().collect(groupingBy(ContactPoint::type, counting()));
    assertThat(perType.keySet()).containsExactlyInAnyOrderElementsOf(Codes.CONTACT_POINT_TYPES);
    assertThat(perType.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    assertThat(points)
        .allSatisfy(
            p -> {
              assertThat(p.kommuner()).hasSizeBetween(1, 3);
              assertThat(p.kommuner())
                  .allSatisfy(k -> assertThat(referenceData.kommune(k)).isPresent());
              assertPostnummerIn(p.postnummer(), p.kommuner().get(0));
              assertThat(p.lat()).isNull();
              assertThat(p.lon()).isNull();
              assertThat(p.address()).isNotBlank();
              assertThat(p.phone()).isNotBlank();
              assertThat(p.email()).endsWith("@example.com");
              assertThat(p.url()).startsWith("https://example.com/");
              String fylke = referenceData.fylkeOf(p.kommuner().get(0)).orElseThrow().nummer();
              assertThat(office(p.districtOfficeId()).fylker()).contains(fylke);
            });
    assertThat(points).extracting(ContactPoint::name).contains("LINK Oslo");
  }

  @Test
  void groupsSpreadOverAtLeastFortyKommunerInEveryFylke() {
    List<Group> groups = batch.groups();
    assertThat(groups).hasSizeGreaterThanOrEqualTo(300);
    Set<String> kommuner = groups.stream().map(Group::kommunenummer).collect(toSet());
    assertThat(kommuner).hasSizeGreaterThanOrEqualTo(40);
    assertThat(kommuner).contains("0301", "4601", "5001", "1103", "5501", "4204");
    assertThat(kommuner.stream().filter(k -> nynorsk(k)).count()).isGreaterThanOrEqualTo(8);
    Set<String> fylker =
        kommuner.stream()
            .map(k -> referenceData.fylkeOf(k).orElseThrow().nummer())
            .collect(toSet());
    assertThat(fylker).containsExactlyInAnyOrderElementsOf(ALL_FYLKER);
    Map<String, Long> perKommune =
        groups.stream().collect(groupingBy(Group::kommunenummer, counting()));
    assertThat(perKommune.get("0301")).isGreaterThan(perKommune.get("4621"));
  }

  @Test
  void groupFieldsAreCompleteAndWithinLimits() {
    assertThat(batch.groups())
        .allSatisfy(
            g -> {
              assertThat(g.title()).isNotBlank().hasSizeLessThan(120);
              assertThat(g.summary()).isNotBlank().hasSizeLessThan(300);
              assertThat(g.description()).isNotBlank().hasSizeLessThan(4000);
              assertThat(g.schedule()).isNotBlank();
              assertThat(g.audience()).isNotBlank();
              assertThat(g.themes()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
              assertThat(Codes.THEMES).containsAll(g.themes());
              assertThat(Codes.FORMATS).contains(g.format());
              assertThat(Codes.STATUSES).contains(g.status());
              assertThat(g.languages()).allMatch(l -> Codes.LANGUAGE.matcher(l).matches());
              assertThat(g.lat()).isNull();
              assertThat(g.lon()).isNull();
              assertThat(g.lastVerified())
                  .isBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 11, 1));
              assertThat(g.contact()).isNotNull();
              assertThat(g.contact().name()).isNotBlank();
              assertThat(g.contact().email()).endsWith("@example.com");
              assertThat(g.closedGroup()).isNotNull();
              assertThat(g.published()).isNotNull();
            });
    Map<String, Long> perTheme =
        batch.groups().stream()
            .flatMap(g -> g.themes().stream())
            .collect(groupingBy(Function.identity(), counting()));
    assertThat(perTheme.keySet()).containsExactlyInAnyOrderElementsOf(Codes.THEMES);
    assertThat(perTheme.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(8));
  }

  @Test
  void groupTextsFollowTheKommunesMaalform() {
    for (Group g : batch.groups()) {
      boolean motherTongue = isMotherTongue(g);
      String text =
          String.join(
              " ",
              g.title(),
              g.summary(),
              motherTongue ? "" : g.description().replaceAll("\\(Demoinnh(o|a)ld: [^)]*\\)", ""),
              g.schedule(),
              g.audience());
      Set<String> words =
          Arrays.stream(WORDS.split(text.toLowerCase(Locale.ROOT))).collect(toSet());
      String language = nynorsk(g.kommunenummer()) ? "nn" : "nb";
      if (language.equals("nn")) {
        assertThat(words).as(g.id()).containsAnyElementsOf(NYNORSK_ONLY);
        assertThat(words).as(g.id()).doesNotContainAnyElementsOf(BOKMAAL_ONLY);
        assertThat(g.description()).as(g.id()).endsWith("(Demoinnhald: fiktiv gruppe.)");
      } else {
        assertThat(words).as(g.id()).doesNotContainAnyElementsOf(NYNORSK_ONLY);
        assertThat(g.description()).as(g.id()).endsWith("(Demoinnhold: fiktiv gruppe.)");
      }
      assertThat(g.languages()).as(g.id()).contains(language);
      if (!motherTongue) {
        assertThat(g.languages().get(0)).as(g.id()).isEqualTo(language);
        assertThat(g.languages()).as(g.id()).isSubsetOf(language, "en");
      }
    }
  }

  @Test
  void motherTongueDescriptionsCoverArSoTiFaUkPlEn() {
    List<Group> motherTongue = batch.groups().stream().filter(this::isMotherTongue).toList();
    assertThat(motherTongue).hasSizeGreaterThanOrEqualTo(14);
    Map<String, String> languageNames =
        Map.of(
            "ar",
            "arabisk",
            "so",
            "somali",
            "ti",
            "tigrinja",
            "fa",
            "persisk",
            "uk",
            "ukrainsk",
            "pl",
            "polsk",
            "en",
            "engelsk");
    Map<String, Pattern> scripts =
        Map.of(
            "ar", Pattern.compile("\\p{IsArabic}{3}"),
            "fa", Pattern.compile("\\p{IsArabic}{3}"),
            "ti", Pattern.compile("\\p{IsEthiopic}{3}"),
            "uk", Pattern.compile("\\p{IsCyrillic}{3}"),
            "pl", Pattern.compile("(?i)\\b(się|dla|osób)\\b"),
            "so", Pattern.compile("(?i)\\b(iyo|waa|kooxda)\\b"),
            "en", Pattern.compile("\\b(the|and|group)\\b"));
    for (String language : languageNames.keySet()) {
      List<Group> inLanguage =
          motherTongue.stream().filter(g -> g.languages().get(0).equals(language)).toList();
      assertThat(inLanguage).as(language).hasSizeGreaterThanOrEqualTo(2);
      assertThat(inLanguage)
          .allSatisfy(
              g -> {
                assertThat(g.languages()).hasSize(2);
                assertThat(g.languages().get(1)).isIn("nb", "nn");
                assertThat(g.title().toLowerCase(Locale.ROOT))
                    .contains(languageNames.get(language));
                assertThat(g.description()).containsPattern(scripts.get(language));
                assertThat(g.description()).doesNotContain("Vi møtes", "gruppen");
                assertThat(g.themes()).contains("innvandrere");
              });
    }
  }

  @Test
  void groupTextsUseTheWordFormsSearchWillBeTestedOn() {
    String bokmaal = allText(false);
    assertThat(bokmaal)
        .contains(
            "angstlidelse",
            "sorgen",
            "rusavhengighet",
            "pårørendegruppe",
            "depresjonen",
            "nedstemt",
            "panikkangst",
            "skilsmisse",
            "etterlatt",
            "avhengighet",
            "alkohol",
            "uro",
            "stress",
            "vi møtes",
            "hver uke",
            "ensomhet",
            "samlivsbrudd",
            "utbrenthet",
            "jeg");
    String nynorsk = allText(true);
    assertThat(nynorsk)
        .contains(
            "sorggruppe for etterlatne",
            "vi møtest",
            "kvar veke",
            "einsemd",
            "samlivsbrot",
            "pårørande",
            "utbrentheit",
            "vaksne",
            "kjensler",
            "ikkje",
            "eg ",
            "gruppa");
  }

  @Test
  void formatsStatusesAndFlagsAreMixed() {
    List<Group> groups = batch.groups();
    List<Group> digital = withFormat("digital");
    assertThat(digital).hasSizeGreaterThanOrEqualTo(25);
    assertThat(withFormat("hybrid")).hasSizeGreaterThanOrEqualTo(15);
    assertThat(digital)
        .allSatisfy(
            g -> {
              assertThat(g.address()).isNull();
              assertThat(g.schedule()).contains("på nett (video)");
            });
    Set<String> digitalFylker =
        digital.stream()
            .map(g -> referenceData.fylkeOf(g.kommunenummer()).orElseThrow().nummer())
            .collect(toSet());
    assertThat(digitalFylker).contains("56", "55", "18", "34");
    assertThat(groups.stream().filter(g -> !g.format().equals("digital")))
        .allSatisfy(g -> assertThat(g.address()).isNotBlank());

    assertThat(withStatus("starting")).hasSizeGreaterThanOrEqualTo(15);
    assertThat(withStatus("starting"))
        .allSatisfy(g -> assertThat(g.description()).containsPattern("(?i)start(er|ar) opp i"));
    assertThat(withStatus("full")).hasSizeGreaterThanOrEqualTo(8);
    assertThat(withStatus("paused")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(withStatus("open").size()).isGreaterThan(groups.size() / 2);

    List<Group> closed = groups.stream().filter(Group::closed).toList();
    assertThat(closed).hasSizeGreaterThanOrEqualTo(15);
    assertThat(closed)
        .allSatisfy(g -> assertThat(g.description()).containsPattern("lukk(et|a) gruppe"));

    long drafts = groups.stream().filter(g -> !g.publiclyVisible()).count();
    assertThat(drafts).isBetween(3L, 5L);
  }

  @Test
  void atLeastTenGroupsStartAfterACopingCourseAtAnLms() {
    Map<String, ContactPoint> points = contactPointsById();
    List<Group> afterCourse =
        batch.groups().stream()
            .filter(g -> g.schedule().toLowerCase(Locale.ROOT).startsWith("etter "))
            .toList();
    assertThat(afterCourse).hasSizeGreaterThanOrEqualTo(10);
    assertThat(afterCourse)
        .allSatisfy(
            g -> {
              assertThat(g.schedule()).containsIgnoringCase("kurs");
              assertThat(g.description()).containsPattern("(?i)start(er|ar) etter .*kurs");
              assertThat(g.contactPointId()).isNotNull();
              assertThat(points.get(g.contactPointId()).type()).isIn("lms-kommune", "lms-sykehus");
              assertThat(points.get(g.contactPointId()).kommuner()).contains(g.kommunenummer());
            });
  }

  @Test
  void idsAreUniqueAndValid() {
    List<String> ids = new ArrayList<>();
    batch.districtOffices().forEach(o -> ids.add(o.id()));
    batch.contactPoints().forEach(p -> ids.add(p.id()));
    batch.groups().forEach(g -> ids.add(g.id()));
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> Codes.ID.matcher(id).matches(), "matches " + Codes.ID);
    assertThat(ids).allMatch(id -> id.startsWith("demo-"));
  }

  @Test
  void everyReferenceResolves() {
    Map<String, ContactPoint> points = contactPointsById();
    Set<String> officeIds =
        batch.districtOffices().stream().map(DistrictOffice::id).collect(toSet());
    assertThat(batch.contactPoints())
        .allSatisfy(p -> assertThat(officeIds).contains(p.districtOfficeId()));
    assertThat(batch.groups())
        .allSatisfy(
            g -> {
              assertThat(referenceData.kommune(g.kommunenummer())).as(g.id()).isPresent();
              if (g.postnummer() != null) {
                assertPostnummerIn(g.postnummer(), g.kommunenummer());
              } else {
                assertThat(g.format()).isEqualTo("digital");
              }
              if (g.contactPointId() != null) {
                assertThat(points).containsKey(g.contactPointId());
                assertThat(points.get(g.contactPointId()).kommuner()).contains(g.kommunenummer());
              }
            });
    Set<String> groupKommuner =
        batch.groups().stream().map(Group::kommunenummer).collect(Collectors.toSet());
    long withPoint =
        groupKommuner.stream()
            .filter(k -> batch.contactPoints().stream().anyMatch(p -> p.kommuner().contains(k)))
            .count();
    assertThat(withPoint).isGreaterThan(groupKommuner.size() * 3L / 4);
    assertThat(batch.groups().stream().filter(g -> g.contactPointId() != null).count())
        .isGreaterThan(batch.groups().size() * 3L / 4);
  }

  @Test
  void batchIsDeterministic() {
    ImportBatch again = new DemoContent(ReferenceData.load()).batch();
    assertThat(again).isEqualTo(batch);
    assertThat(new DemoContent(referenceData).batch()).isEqualTo(batch);
  }

  @Test
  void everyDescriptionCarriesTheDemoMarker() {
    Pattern groupMarker = Pattern.compile("\\(Demoinnh(o|a)ld: fiktiv gruppe\\.\\)$");
    Pattern pointMarker = Pattern.compile("\\(Demoinnh(o|a)ld: fiktivt kontaktpunkt\\.\\)$");
    Pattern officeMarker = Pattern.compile("\\(Demoinnh(o|a)ld: fiktivt kontor\\.\\)$");
    assertThat(batch.groups())
        .allSatisfy(g -> assertThat(g.description()).containsPattern(groupMarker));
    assertThat(batch.contactPoints())
        .allSatisfy(p -> assertThat(p.description()).containsPattern(pointMarker));
    assertThat(batch.districtOffices())
        .allSatisfy(o -> assertThat(o.description()).containsPattern(officeMarker));
    Stream.concat(
            batch.contactPoints().stream().map(ContactPoint::description),
            batch.districtOffices().stream().map(DistrictOffice::description))
        .forEach(d -> assertThat(d).doesNotContain("..", "{"));
    assertThat(batch.groups())
        .allSatisfy(
            g -> assertThat(g.description() + g.title() + g.schedule()).doesNotContain("{"));
  }

  private static String allText(boolean inNynorsk) {
    return batch.groups().stream()
        .filter(g -> nynorsk(g.kommunenummer()) == inNynorsk)
        .map(g -> String.join(" ", g.title(), g.summary(), g.description(), g.schedule()))
        .collect(Collectors.joining(" "))
        .toLowerCase(Locale.ROOT);
  }

  private boolean isMotherTongue(Group g) {
    return !Set.of("nb", "nn").contains(g.languages().get(0));
  }

  private static boolean nynorsk(String kommunenummer) {
    return referenceData.maalform(kommunenummer).orElseThrow() == Maalform.NYNORSK;
  }

  private static void assertPostnummerIn(String postnummer, String kommunenummer) {
    Postnummer p = referenceData.postnummer(postnummer).orElseThrow();
    assertThat(p.kommunenummer()).as(postnummer).isEqualTo(kommunenummer);
    assertThat(p.hasPoint()).as(postnummer).isTrue();
  }

  private static DistrictOffice office(String id) {
    return batch.districtOffices().stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No office " + id));
  }

  private static Map<String, ContactPoint> contactPointsById() {
    return batch.contactPoints().stream()
        .collect(Collectors.toMap(ContactPoint::id, Function.identity()));
  }

  private static List<Group> withFormat(String format) {
    return batch.groups().stream().filter(g -> g.format().equals(format)).toList();
  }

  private static List<Group> withStatus(String status) {
    return batch.groups().stream().filter(g -> g.status().equals(status)).toList();
  }
}
