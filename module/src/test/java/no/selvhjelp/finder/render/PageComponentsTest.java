package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The six page components rendered with the light module's real templates, over a real engine
 * (in-memory Jackrabbit, Lucene): what a visitor sees, in which language, and that no stored text
 * can become markup.
 */
class PageComponentsTest {
  private static final Pattern JSON_LD =
      Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;
  private static Components components;
  private static ComponentRenderer renderer;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    engine.imports().importBatch(PageFixtures.batch());
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
  void theFinderIsAPlainGetFormWithEveryFieldLabelled() {
    String html = finder(Presets.NONE, "lang", "nn").html();
    assertThat(html)
        .contains(
            "<form class=\"shf-form\" method=\"get\""
                + " action=\"/embed/groups#shf-group-finder-count\"")
        .contains("<label for=\"shf-group-finder-q\">Søkjeord</label>")
        .contains("id=\"shf-group-finder-q\" name=\"q\" type=\"search\"")
        .contains("<select id=\"shf-group-finder-theme\" name=\"theme\">")
        .contains("<select id=\"shf-group-finder-kommune\" name=\"kommune\">")
        .contains("<option value=\"4602\">Kinn</option>")
        .contains("id=\"shf-group-finder-postnummer\" name=\"postnummer\"")
        .contains("<select id=\"shf-group-finder-language\" name=\"language\">")
        .contains("<select id=\"shf-group-finder-format\" name=\"format\">")
        .contains("<button type=\"submit\" class=\"shf-button\">Søk</button>")
        .contains("<input type=\"hidden\" name=\"lang\" value=\"nn\">");
    for (String id : List.of("q", "theme", "kommune", "postnummer", "language", "format")) {
      assertThat(html).contains("<label for=\"shf-group-finder-" + id + "\">");
    }
  }

  @Test
  void aSearchByTextAndKommuneFindsTheGroupAndLinksToIt() {
    Rendered r = finder(Presets.NONE, "q", "etterlatne", "kommune", "4602");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.html())
        .contains(
            "<p class=\"shf-count\" id=\"shf-group-finder-count\" tabindex=\"-1\" role=\"status\""
                + " aria-live=\"polite\">1 gruppe funnet</p>")
        .contains(
            "<a href=\"/embed/groups/sorggruppe-kinn\" data-shf-nav>Sorggruppe for etterlatne i"
                + " Florø</a>")
        .contains("value=\"etterlatne\"")
        .contains("<option value=\"4602\" selected>Kinn</option>");
  }

  @Test
  void theHighlightMarksTheMatchAndIsTheOnlyMarkupFromTheSearch() {
    String html = finder(Presets.NONE, "q", "sorga").html();
    assertThat(html).contains("<mark>sorga</mark>");
    assertThat(html).doesNotContain("<img", "<script>alert");
  }

  @Test
  void anEditorsKommuneHoldsWhateverKommuneTheVisitorAsksFor() {
    Presets kinn = new Presets(null, "4602", null, null, null, null, null, null);
    Rendered r = finder(kinn, "kommune", "0301");
    assertThat(r.html())
        .contains("sorggruppe-kinn")
        .doesNotContain("angst-oslo-01")
        .contains("<strong>Kinn</strong>")
        .doesNotContain("name=\"kommune\"");
  }

  @Test
  void editorsThemesAreDefaultsTheVisitorMayClear() {
    Presets grief = new Presets(null, null, List.of("sorg"), null, null, null, null, null);
    assertThat(finder(grief).html()).contains("sorggruppe-kinn").doesNotContain("angst-oslo-01");
    assertThat(finder(grief, "theme", "").html()).contains("angst-oslo-01");
  }

  @Test
  void pagingLinksKeepTheSearchAndMarkTheCurrentPage() {
    String first = finder(Presets.NONE, "kommune", "0301", "size", "10").html();
    assertThat(first)
        .contains(
            "<a href=\"/embed/groups?kommune=0301&amp;size=10&amp;page=2#shf-group-finder-count\" rel=\"next\""
                + " data-shf-nav>")
        .contains(
            "<a href=\"/embed/groups?kommune=0301&amp;size=10#shf-group-finder-count\" data-shf-nav"
                + " aria-current=\"page\">")
        .doesNotContain("rel=\"prev\"");
    String second = finder(Presets.NONE, "kommune", "0301", "size", "10", "page", "2").html();
    assertThat(second)
        .contains(
            "<a href=\"/embed/groups?kommune=0301&amp;size=10#shf-group-finder-count\" rel=\"prev\" data-shf-nav>")
        .contains("page=3#shf-group-finder-count\" rel=\"next\"")
        .contains("page=2#shf-group-finder-count\" data-shf-nav aria-current=\"page\">");
  }

  @Test
  void facetLinksAddOrRemoveAValueAndStartAgainAtPageOne() {
    String html = finder(Presets.NONE, "kommune", "0301", "theme", "angst", "page", "2").html();
    assertThat(html)
        .contains(
            "href=\"/embed/groups?kommune=0301&amp;theme=angst&amp;format=physical#shf-group-finder-count\"")
        .contains(
            "href=\"/embed/groups?kommune=0301&amp;theme=#shf-group-finder-count\" data-shf-nav class=\"shf-facet"
                + " shf-facet-selected\"");
  }

  @Test
  void aBadParameterIsA400ThatSaysWhatToDoInPlainWords() {
    Rendered r = finder(Presets.NONE, "theme", "kaffe", "size", "500");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.html())
        .contains("<div class=\"shf-error\" role=\"alert\"")
        .contains("<li>Vi kjenner ikke det temaet. Velg et tema fra lista.</li>")
        .contains("<li>Lenken du fulgte, har en feil. Start et nytt søk.</li>")
        .doesNotContain("<code>", "kaffe", "size</code>", "class=\"shf-count\"");
  }

  @Test
  void anUnknownPostnummerIsSaidInThePagesLanguageWithoutTheParameterName() {
    Map<String, String> expected =
        Map.of(
            "nb", "Vi finner ikke postnummeret «690». Et postnummer har fire sifre",
            "nn", "Vi finn ikkje postnummeret «690». Eit postnummer har fire siffer",
            "ar", "لم نجد الرمز البريدي «690».",
            "ti", "ቁጽሪ ፖስታ «690» ኣይረኸብናን።");
    expected.forEach(
        (lang, text) -> {
          Rendered r = finder(Presets.NONE, "postnummer", "690", "lang", lang);
          assertThat(r.status()).as(lang).isEqualTo(400);
          assertThat(r.html())
              .as(lang)
              .contains(text)
              .doesNotContain("<code>", "postnummer</code>", "is not a Norwegian", "/api/v1");
        });
    Rendered badTheme = finder(Presets.NONE, "theme", "kaffe");
    assertThat(badTheme.html()).doesNotContain("/api/v1/themes", "theme</code>");
  }

  @Test
  void noResultsPointsToTheKommunesContactPointAndToDigitalGroups() {
    Rendered r = finder(Presets.NONE, "kommune", "4602", "theme", "spiseforstyrrelser");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.html())
        .contains("Ingen grupper funnet")
        .contains("<div class=\"shf-empty\">")
        .contains("Frivilligsentralen i Kinn")
        .contains("<a href=\"tel:+4757000000\">")
        .contains("<a href=\"/embed/groups?format=digital\" data-shf-nav>");
  }

  @Test
  void groupsOnlyFartherAwayStillInviteTheVisitorToStartOneWhereTheyLive() {
    // Angst groups meet in Oslo only: from Florø they are "farther away", none is local.
    Rendered r = finder(Presets.NONE, "postnummer", "6900", "theme", "angst");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.html())
        .contains("Angstgruppe Oslo 01")
        .contains("<div class=\"shf-empty shf-invite\">")
        .contains("<h3>Vil du være med på å starte en gruppe i Kinn?</h3>")
        .contains("<h4 class=\"shf-card-title\">Frivilligsentralen i Kinn</h4>")
        .doesNotContain("Ingen grupper funnet");
    // The invitation comes before the groups that mean a long journey: on a phone, what to do
    // next is not twenty results down.
    assertThat(r.html().indexOf("shf-invite"))
        .isPositive()
        .isLessThan(r.html().indexOf("class=\"shf-farther-section\""))
        .isLessThan(r.html().indexOf("Angstgruppe Oslo 01"));
    // Where a group meets, no invitation.
    assertThat(finder(Presets.NONE, "kommune", "0301", "theme", "angst").html())
        .doesNotContain("shf-invite");
    assertThat(finder(Presets.NONE, "theme", "angst").html()).doesNotContain("shf-invite");
  }

  @Test
  void noGroupNearAPostnummerInvitesTheVisitorToStartOneWithTheKommunesContactPoint() {
    Rendered nn =
        finder(Presets.NONE, "postnummer", "6900", "theme", "spiseforstyrrelser", "lang", "nn");
    assertThat(nn.html())
        .contains("<h4>Vil du vere med på å starte ei gruppe i Kinn?</h4>")
        .contains("Sjølvhjelpsgrupper vert starta av folk som deg")
        .contains("<h5 class=\"shf-card-title\">Frivilligsentralen i Kinn</h5>");
    Rendered ar =
        finder(Presets.NONE, "postnummer", "6900", "theme", "spiseforstyrrelser", "lang", "ar");
    assertThat(ar.html())
        .contains("هل تريد المساعدة في بدء مجموعة في Kinn؟")
        .contains("Frivilligsentralen i Kinn");
  }

  @Test
  void aKommuneWithoutAContactPointNamesTheDistrictOfficeInstead() {
    Rendered bergen = finder(Presets.NONE, "kommune", "4601", "theme", "spiseforstyrrelser");
    assertThat(bergen.html())
        .contains("<h4>Vil du være med på å starte en gruppe i Bergen?</h4>")
        .contains("Kommunen har ikke noe kontaktpunkt for selvhjelp ennå.")
        .contains("Selvhjelp Norge Vest");
  }

  @Test
  void withoutSignUpAResultLeadsToTheGroupsContactNotToAFormThatSaysNotAvailable() {
    String html = finder(Presets.NONE, "q", "etterlatne", "kommune", "4602").html();
    assertThat(html)
        .contains("<a href=\"/embed/groups/sorggruppe-kinn#shf-contact\">Kontakt gruppa")
        .doesNotContain("#shf-interest", "Meld interesse");
    String detail =
        render(components.groupDetail().render("sorggruppe-kinn", Presets.NONE, params())).html();
    assertThat(detail).contains("id=\"shf-contact\"");
    Components withSignup =
        new Components(
            engine.store(),
            engine.search(),
            engine.referenceData(),
            engine.messages(),
            engine.json(),
            Links.EMBED,
            true);
    String offered =
        render(
                withSignup
                    .groupFinder()
                    .render(Presets.NONE, params("q", "etterlatne", "kommune", "4602")))
            .html();
    assertThat(offered).contains("/embed/groups/sorggruppe-kinn#shf-interest\">Meld interesse");
  }

  @Test
  void draftLanguagesSayDiscreetlyThatTheirTextsAwaitReview() {
    assertThat(finder(Presets.NONE, "lang", "ti").html())
        .contains("<p class=\"shf-note shf-review-note\">ጽሑፋት ናይዚ ገጽ ገና");
    assertThat(finder(Presets.NONE, "lang", "se").html())
        .contains("lang=\"se\" dir=\"ltr\"")
        .contains("shf-review-note");
    assertThat(finder(Presets.NONE, "lang", "nn").html()).doesNotContain("shf-review-note");
  }

  @Test
  void aSamiPageNamesSamiKommunerByTheirSamiNameFirst() {
    String html = finder(Presets.NONE, "lang", "se", "kommune", "5612").html();
    assertThat(html).contains("Guovdageaidnu-Kautokeino");
  }

  @Test
  void theGroupListShowsThePresetGroupsByTitleWithoutAForm() {
    Presets oslo = new Presets(null, "0301", List.of("angst"), null, null, 10, null, null);
    Rendered r = render(components.groupList().render(oslo, params("kommune", "4602")));
    assertThat(r.html())
        .doesNotContain("<form")
        .contains("25 grupper funnet")
        .contains("Angstgruppe Oslo 01")
        .contains(
            "href=\"/embed/group-list?kommune=0301&amp;theme=angst&amp;size=10&amp;page=2\" rel=\"next\"");
    assertThat(r.html().indexOf("Oslo 01")).isLessThan(r.html().indexOf("Oslo 02"));
  }

  @Test
  void aGroupsPageHasWhatAVisitorNeedsAndItsContactPoint() {
    Rendered r =
        render(components.groupDetail().render("samtalegruppe-kinn", Presets.NONE, params()));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.html())
        .contains(
            // The title is the group's own Nynorsk text on a Bokmål page, and says so.
            "<h2 class=\"shf-heading\" id=\"shf-group-detail-heading\" lang=\"nn\">Samtalegruppe"
                + " for pårørande</h2>")
        .contains("<dd lang=\"nn\">Kvar tysdag kl. 18.30</dd>")
        .contains("Biblioteket, Strandgata 10, 6900 Florø, Kinn (Vestland)")
        .contains("Fysisk møte")
        .contains("Åpen for nye")
        .contains("Frivilligsentralen i Kinn")
        .contains("<a href=\"/embed/groups\" data-shf-nav>Tilbake til søket</a>")
        .contains("<time datetime=\"2026-02-01\">1. februar 2026</time>");
  }

  @Test
  void aClosedGroupSaysToGetInTouchFirst() {
    String html =
        render(
                components
                    .groupDetail()
                    .render("sorggruppe-kinn", Presets.NONE, params("lang", "en")))
            .html();
    assertThat(html).contains("This is a closed group. Please get in touch before you come.");
  }

  @Test
  void aMissingOrUnpublishedGroupIsA404() {
    assertThat(
            render(components.groupDetail().render("finnes-ikke", Presets.NONE, params())).status())
        .isEqualTo(404);
    assertThat(render(components.groupDetail().render("../x", Presets.NONE, params())).status())
        .isEqualTo(404);
  }

  @Test
  void jsonLdDescribesAnOpenGroupAsAnEventWithItsScheduleAndOrganizer() throws Exception {
    JsonNode graph = jsonLd("samtalegruppe-kinn").get("@graph");
    JsonNode event = graph.get(0);
    assertThat(event.get("@type").asText()).isEqualTo("Event");
    assertThat(event.get("eventAttendanceMode").asText())
        .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
    assertThat(event.at("/location/@type").asText()).isEqualTo("Place");
    assertThat(event.at("/location/address/postalCode").asText()).isEqualTo("6900");
    assertThat(event.at("/location/geo/@type").asText()).isEqualTo("GeoCoordinates");
    assertThat(event.at("/eventSchedule/@type").asText()).isEqualTo("Schedule");
    assertThat(event.at("/eventSchedule/byDay/0").asText()).isEqualTo("https://schema.org/Tuesday");
    assertThat(event.at("/eventSchedule/startTime").asText()).isEqualTo("18:30");
    assertThat(event.at("/eventSchedule/repeatFrequency").asText()).isEqualTo("P1W");
    JsonNode organization = graph.get(1);
    assertThat(organization.get("@type").asText()).isEqualTo("Organization");
    assertThat(event.at("/organizer/@id").asText()).isEqualTo(organization.get("@id").asText());
    assertThat(organization.at("/contactPoint/@type").asText()).isEqualTo("ContactPoint");
    assertThat(organization.at("/contactPoint/telephone").asText()).isEqualTo("+47 57 00 00 00");
  }

  @Test
  void aHybridGroupIsBothAPlaceAndAVirtualLocation() throws Exception {
    JsonNode event = jsonLd("xss-oslo").at("/@graph/0");
    assertThat(event.get("eventAttendanceMode").asText())
        .isEqualTo("https://schema.org/MixedEventAttendanceMode");
    assertThat(event.at("/location/0/@type").asText()).isEqualTo("Place");
    assertThat(event.at("/location/1/@type").asText()).isEqualTo("VirtualLocation");
  }

  @Test
  void closedFullAndPausedGroupsPublishNoSchedule() throws Exception {
    assertThat(jsonLd("sorggruppe-kinn").at("/@graph/0").has("eventSchedule")).isFalse(); // closed
    assertThat(jsonLd("full-gruppe-kinn").at("/@graph/0").has("eventSchedule")).isFalse(); // full
    assertThat(jsonLd("samtalegruppe-kinn").at("/@graph/0").has("eventSchedule")).isTrue();
  }

  @Test
  void storedMarkupIsTextInEveryComponent() {
    Presets oslo = new Presets(null, "0301", null, null, null, 50, null, null);
    List<Rendered> pages =
        List.of(
            finder(Presets.NONE, "q", "sorg", "kommune", "0301"),
            finder(Presets.NONE, "q", "beskrivelse"),
            render(components.groupList().render(oslo, params())),
            render(components.groupDetail().render("xss-oslo", Presets.NONE, params())),
            render(components.contactPoints().render(Presets.NONE, params("kommune", "0301"))),
            render(components.districtOffice().render(Presets.NONE, params("kommune", "0301"))),
            render(components.about().render(Presets.NONE, params("lang", "ar"))));
    for (Rendered r : pages) {
      String outsideJsonLd = JSON_LD.matcher(r.html()).replaceAll("");
      assertThat(outsideJsonLd)
          .doesNotContain(PageFixtures.SCRIPT)
          .doesNotContain("<img")
          .doesNotContain("<b>");
    }
    assertThat(pages.get(0).html()).contains("Sorg &lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(pages.get(3).html())
        .contains("Beskrivelse &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Gate &lt;img src=x onerror=alert(1)&gt;");
    assertThat(pages.get(4).html()).contains("Punkt &lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(pages.get(5).html()).contains("Kontor &lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void storedTextCannotCloseTheJsonLdScriptAndStaysExactData() throws Exception {
    String html =
        render(components.groupDetail().render("xss-oslo", Presets.NONE, params())).html();
    Matcher m = JSON_LD.matcher(html);
    assertThat(m.find()).isTrue();
    String json = m.group(1);
    assertThat(json).doesNotContain("<", ">", "&");
    JsonNode event = JSON.readTree(json).at("/@graph/0");
    assertThat(event.get("name").asText()).isEqualTo("Sorg " + PageFixtures.SCRIPT);
    assertThat(event.at("/eventSchedule/description").asText()).endsWith(PageFixtures.SCRIPT);
  }

  @Test
  void everyComponentIsALabelledSectionInItsLanguage() {
    for (String lang : List.of("nb", "nn", "en")) {
      for (Rendered r : allComponents(lang)) {
        assertThat(r.status()).isEqualTo(200);
        Matcher root =
            Pattern.compile(
                    "^<section class=\"shf (shf-[a-z-]+)\" lang=\""
                        + lang
                        + "\" dir=\"ltr\""
                        + " data-shf-component=\"[a-zA-Z]+\" aria-labelledby=\"([a-z-]+)\">")
                .matcher(r.html().strip());
        assertThat(root.find()).as(r.html()).isTrue();
        // A group's title is its own text: lang only where it differs from the page's.
        assertThat(r.html())
            .containsPattern(
                "<h2 class=\"shf-heading\" id=\""
                    + root.group(2)
                    + "\"( lang=\"(?!"
                    + lang
                    + "\")(nb|nn)\")?>");
      }
    }
  }

  @Test
  void arabicAndPersianPagesRunRightToLeftInTheirOwnLanguage() {
    for (String lang : List.of("ar", "fa")) {
      for (Rendered r : allComponents(lang)) {
        assertThat(r.html()).contains("lang=\"" + lang + "\" dir=\"rtl\"");
      }
    }
    String finder = finder(Presets.NONE, "lang", "ar").html();
    assertThat(finder)
        .contains("lang=\"ar\" dir=\"rtl\"")
        .contains("ابحث عن مجموعة مساعدة ذاتية")
        .contains("<label for=\"shf-group-finder-q\">كلمات البحث</label>")
        .doesNotContain("Find a self-help group", ">Search<");
    String about = render(components.about().render(Presets.NONE, params("lang", "ar"))).html();
    assertThat(about)
        .contains("lang=\"ar\" dir=\"rtl\"")
        .contains("ما هي مجموعة المساعدة الذاتية؟");
  }

  @Test
  void theAboutBoxSpeaksTenLanguagesAndFlagsUnreviewedTranslations() {
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("nb", "Hva er en selvhjelpsgruppe?");
    titles.put("nn", "Kva er ei sjølvhjelpsgruppe?");
    titles.put("en", "What is a self-help group?");
    titles.put("ar", "ما هي مجموعة المساعدة الذاتية؟");
    titles.put("so", "Waa maxay koox is-caawin?");
    titles.put("ti", "ጉጅለ ርእሰ-ሓገዝ እንታይ እዩ?");
    titles.put("fa", "گروه خودیاری چیست؟");
    titles.put("uk", "Що таке група самодопомоги?");
    titles.put("pl", "Czym jest grupa samopomocowa?");
    titles.put("se", "Mii lea iešveahkkejoavku?");
    titles.forEach(
        (lang, title) -> {
          String html =
              render(components.about().render(Presets.NONE, params("lang", lang))).html();
          assertThat(html).contains("lang=\"" + lang + "\"").contains(">" + title + "</h2>");
          boolean reviewed = List.of("nb", "nn", "en").contains(lang);
          assertThat(html.contains("class=\"shf-note\"")).as(lang).isEqualTo(!reviewed);
        });
  }

  @Test
  void anUnknownPageLanguageFallsBackToTheEditorsOrBokmaal() {
    Rendered about = render(components.about().render(Presets.NONE, params("lang", "xx")));
    assertThat(about.status()).isEqualTo(200);
    assertThat(about.html()).contains("lang=\"nb\"");
    assertThat(finder(Presets.NONE, "lang", "de").status()).isEqualTo(200);
    assertThat(PageLanguage.normalise("nb-NO")).isEqualTo("nb");
    assertThat(PageLanguage.normalise("NO")).isEqualTo("nb");
    assertThat(PageLanguage.normalise("sme")).isEqualTo("se");
    assertThat(PageLanguage.normalise("de")).isNull();
  }

  @Test
  void aSearchWithAMistakeLandsOnTheErrorAndMarksTheField() {
    Rendered r = finder(Presets.NONE, "postnummer", "690", "theme", "sorg");
    assertThat(r.status()).isEqualTo(400);
    // The form's action fragment (#…-count) brings a phone to the error, not the top of the form.
    assertThat(r.html())
        .contains("#shf-group-finder-count\"")
        .containsPattern("<div class=\"shf-error\" role=\"alert\" id=\"shf-group-finder-count\"")
        .containsPattern("name=\"postnummer\"[^>]*aria-invalid=\"true\"")
        .doesNotContainPattern("name=\"theme\"[^>]*aria-invalid");
  }

  @Test
  void aSamiPageNamesKommunerByTheirSamiNamesEverywhere() {
    Rendered se = finder(Presets.NONE, "lang", "se", "kommune", "5612");
    // The kommune list, in the order of the names it shows.
    assertThat(se.html())
        .contains("<option value=\"5612\" selected>Guovdageaidnu-Kautokeino</option>")
        .contains("<option value=\"5610\">Kárášjohka-Karasjok</option>");
    assertThat(se.html().indexOf(">Guovdageaidnu-Kautokeino<"))
        .isGreaterThan(se.html().indexOf(">Gjøvik<"))
        .isLessThan(se.html().indexOf(">Hamar<"));
    // A Bokmål page keeps the Norwegian names and order.
    assertThat(finder(Presets.NONE, "kommune", "5612").html())
        .contains("<option value=\"5612\" selected>Kautokeino</option>");
  }

  @Test
  void aPagePastTheLastShowsTheLastPageOfGroups() {
    Rendered past = finder(Presets.NONE, "size", "2", "page", "99");
    assertThat(past.status()).isEqualTo(200);
    assertThat(past.html()).contains("class=\"shf-result-title\"").contains("rel=\"prev\"");
    Matcher current =
        Pattern.compile("aria-current=\"page\">.*?</span>(\\d+)</a>").matcher(past.html());
    assertThat(current.find()).isTrue();
    // The page links lead no further than the page shown, the last one.
    assertThat(past.html()).doesNotContain("rel=\"next\"");
    assertThat(Integer.parseInt(current.group(1))).isGreaterThan(1).isLessThan(99);
  }

  @Test
  void contactPointsAndTheDistrictOfficeNeedAKommune() {
    Rendered missing = render(components.contactPoints().render(Presets.NONE, params()));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.html())
        .contains("Vi finner ikke kommunen. Velg en kommune fra lista.")
        .doesNotContain("<code>");
    Rendered bad =
        render(components.districtOffice().render(Presets.NONE, params("kommune", "9999")));
    assertThat(bad.status()).isEqualTo(400);
    Rendered kinn =
        render(components.districtOffice().render(Presets.NONE, params("kommune", "4602")));
    assertThat(kinn.html()).contains("Selvhjelp Norge Vest").contains("Kari Nordmann");
  }

  @Test
  void aPageWrapsTheComponentWithLanguageTitleAndStylesheet() {
    ComponentView view = components.groupFinder().render(Presets.NONE, params("lang", "nn"));
    String page = renderer.page(view, Presets.NONE);
    assertThat(page)
        .startsWith("<!doctype html>")
        .contains("<html lang=\"nn\" dir=\"ltr\">")
        .contains("<title>Finn ei sjølvhjelpsgruppe</title>")
        .contains(
            "<link rel=\"stylesheet\" href=\"/.resources/selvhjelp/webresources/selvhjelp.css\">")
        .contains("<section class=\"shf shf-group-finder\"")
        .doesNotContain("<script");
  }

  private List<Rendered> allComponents(String lang) {
    return List.of(
        finder(Presets.NONE, "lang", lang),
        render(components.groupList().render(Presets.NONE, params("lang", lang))),
        render(
            components
                .groupDetail()
                .render("samtalegruppe-kinn", Presets.NONE, params("lang", lang))),
        render(
            components
                .contactPoints()
                .render(Presets.NONE, params("lang", lang, "kommune", "4602"))),
        render(
            components
                .districtOffice()
                .render(Presets.NONE, params("lang", lang, "kommune", "4602"))),
        render(components.about().render(Presets.NONE, params("lang", lang))));
  }

  private static JsonNode jsonLd(String groupId) throws Exception {
    String html = render(components.groupDetail().render(groupId, Presets.NONE, params())).html();
    Matcher m = JSON_LD.matcher(html);
    assertThat(m.find()).as("JSON-LD in " + groupId).isTrue();
    return JSON.readTree(m.group(1));
  }

  private static Rendered finder(Presets presets, String... keyValues) {
    return render(components.groupFinder().render(presets, params(keyValues)));
  }

  private static Rendered render(ComponentView view) {
    return new Rendered(view.status(), renderer.fragment(view, Presets.NONE));
  }

  /** Query parameters from pairs; a key may repeat. */
  static Map<String, List<String>> params(String... keyValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.computeIfAbsent(keyValues[i], k -> new java.util.ArrayList<>()).add(keyValues[i + 1]);
    }
    return params;
  }

  record Rendered(int status, String html) {
    @Override
    public String toString() {
      return status + " " + Arrays.toString(html.split("\n", 3));
    }
  }
}
