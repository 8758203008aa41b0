package no.selvhjelp.finder.server.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.selvhjelp.finder.api.ContactPoint;

/**
 * Fictional local contact points, named the way real ones are named, placed so that most kommuner
 * with demo groups have at least one and every LMS has course groups to point at.
 */
final class DemoContactPoints {
  /** Own seed, so changes to the groups never move a contact point. */
  private static final long SEED = 2024_11L;

  private record Spec(String type, String name, List<String> kommuner) {}

  private static Spec s(String type, String name, String... kommuner) {
    return new Spec(type, name, List.of(kommuner));
  }

  private static final List<Spec> SPECS =
      List.of(
          s("link-senter", "LINK Oslo", "0301"),
          s("link-senter", "LINK Bergen", "4601"),
          s("link-senter", "LINK Trondheim", "5001"),
          s("link-senter", "LINK Stavanger", "1103", "1108"),
          s("link-senter", "LINK Kristiansand", "4204"),
          s("link-senter", "LINK Drammen", "3301"),
          s("lms-sykehus", "Lærings- og mestringssenteret, Oslo universitetssykehus", "0301"),
          s(
              "lms-sykehus",
              "Lærings- og mestringssenteret, Haukeland universitetssjukehus",
              "4601",
              "4626",
              "4631"),
          s(
              "lms-sykehus",
              "Lærings- og mestringssenteret, Stavanger universitetssjukehus",
              "1103",
              "1108",
              "1120"),
          s("lms-sykehus", "Lærings- og mestringssenteret, St. Olavs hospital", "5001", "5035"),
          s(
              "lms-sykehus",
              "Lærings- og mestringssenteret, Universitetssykehuset Nord-Norge",
              "5501",
              "5503"),
          s("lms-sykehus", "Lærings- og mestringssenteret, Sørlandet sykehus", "4204", "4203"),
          s("lms-sykehus", "Lærings- og mestringssenteret, Nordlandssykehuset", "1804"),
          s(
              "lms-sykehus",
              "Lærings- og meistringssenteret, Førde sentralsjukehus",
              "4647",
              "4602",
              "4640"),
          s(
              "lms-sykehus",
              "Lærings- og mestringssenteret, Sykehuset Innlandet",
              "3403",
              "3411",
              "3405"),
          s("lms-sykehus", "Lærings- og mestringssenteret, Finnmarkssykehuset", "5601", "5603"),
          s("lms-kommune", "Lærings- og mestringssenteret i Fredrikstad kommune", "3107"),
          s("lms-kommune", "Lærings- og mestringssenteret i Drammen kommune", "3301"),
          s("lms-kommune", "Lærings- og mestringssenteret i Lillestrøm kommune", "3205"),
          s("lms-kommune", "Lærings- og meistringssenteret i Voss herad", "4621"),
          s("lms-kommune", "Lærings- og mestringssenteret i Bærum kommune", "3201"),
          s("frivilligsentral", "Frivilligsentralen i Gamle Oslo", "0301"),
          s("frivilligsentral", "Frivilligsentralen i Åsane", "4601"),
          s("frivilligsentral", "Frivilligsentralen på Heimdal", "5001"),
          s("frivilligsentral", "Frivilligsentralen i Hillevåg", "1103"),
          s("frivilligsentral", "Frivilligsentralen i Drammen", "3301"),
          s("frivilligsentral", "Frivilligsentralen i Tromsø", "5501"),
          s("frivilligsentral", "Frivilligsentralen på Voss", "4621"),
          s("frivilligsentral", "Florø frivilligsentral", "4602"),
          s("frivilligsentral", "Frivilligsentralen i Ulstein", "1516"),
          s("frivilligsentral", "Frivilligsentralen i Ørsta og Volda", "1520", "1577"),
          s("frivilligsentral", "Frivilligsentralen i Tønsberg", "3905", "3901"),
          s("frivilligsentral", "Frivilligsentralen i Hammerfest", "5603"),
          s("frivilligsentral", "Frivilligsentralen i Sogndal", "4640"),
          s("frivilligsentral", "Frivilligsentralen i Molde", "1506"),
          s("frivilligsentral", "Frivilligsentralen i Narvik", "1806"),
          s("frivilligsentral", "Frivilligsentralen i Sarpsborg", "3105"),
          s("frivilligsentral", "Frivilligsentralen på Stord", "4614"),
          s("frivilligsentral", "Frivilligsentralen i Kristiansund", "1505"),
          s("frivilligsentral", "Gol frivilligsentral", "3324", "3328"),
          s("frivilligsentral", "Frivilligsentralen i Vinje", "4036"),
          s("frivilligsentral", "Time frivilligsentral", "1121"),
          s("frivilligsentral", "Frivilligsentralen i Nord-Fron", "3436"),
          s("frivilligsentral", "Frivilligsentralen i Øygarden", "4626"),
          s("frisklivssentral", "Frisklivssentralen i Kristiansand", "4204"),
          s("frisklivssentral", "Frisklivssentralen i Bodø", "1804"),
          s("frisklivssentral", "Frisklivssentralen i Harstad", "5503"),
          s("frisklivssentral", "Frisklivssentralen i Gjøvik", "3407"),
          s("frisklivssentral", "Frisklivssentralen i Sandnes", "1108"),
          s("frisklivssentral", "Frisklivssentralen i Ålesund", "1508"),
          s("frisklivssentral", "Frisklivssentralen i Arendal", "4203"),
          s("frisklivssentral", "Frisklivssentralen i Sunnfjord", "4647"),
          s("frisklivssentral", "Frisklivssentralen i Vadsø", "5607"),
          s("frisklivssentral", "Frisklivssentralen i Stjørdal", "5035"),
          s("frisklivssentral", "Frisklivssentralen på Senja", "5530"),
          s("organisasjon", "Likepersonsforeningen i Oslo", "0301"),
          s("organisasjon", "Pårørendeforeningen Midt", "5001", "5006"),
          s("organisasjon", "Sorgnettverket Vest", "4601", "4624"),
          s("organisasjon", "Selvhjelpslaget i Haugesund", "1106"),
          s("organisasjon", "Nettverket for psykisk helse i Tromsø", "5501"),
          s("organisasjon", "Likepersonsnettverket i Asker", "3203"),
          s("kommune", "Oslo kommune, psykisk helse og rus", "0301"),
          s("kommune", "Bergen kommune, psykisk helse og rus", "4601"),
          s("kommune", "Skien kommune, psykisk helse og rus", "4003"),
          s("kommune", "Porsgrunn kommune, psykisk helse og rus", "4001"),
          s("kommune", "Midt-Telemark kommune, psykisk helse og rus", "4020"),
          s("kommune", "Sør-Varanger kommune, psykisk helse- og rustjenesten", "5605"),
          s("kommune", "Rana kommune, psykisk helse og rus", "1833"),
          s("kommune", "Sandefjord kommune, psykisk helse og rus", "3907"),
          s("kommune", "Ullensvang herad, psykisk helse og rus", "4618"),
          s("kommune", "Namsos kommune, psykisk helse og rus", "5007"),
          s("kommune", "Moss kommune, psykisk helse og rus", "3103"),
          s("kommune", "Suldal kommune, psykisk helse og rus", "1134"),
          s("annet", "Møteplassen på Hamar bibliotek", "3403"),
          s("annet", "Frivillighetshuset på Lillehammer", "3405"),
          s("annet", "Diakonisenteret i Steinkjer", "5006"),
          s("annet", "Møteplassen på Knarvik bibliotek", "4631"),
          s("annet", "Kyrkjelydshuset i Bjørnafjorden", "4624"));

  /** What each type of contact point does, in Bokmål and Nynorsk; {@code {namn}} is its name. */
  private static final Map<String, List<String>> ABOUT =
      Map.of(
          "frivilligsentral",
          List.of(
              "{namn} er en møteplass for frivillig innsats i lokalsamfunnet. Sentralen låner ut"
                  + " lokaler til selvhjelpsgrupper og hjelper nye grupper i gang.",
              "{namn} er ein møteplass for frivillig innsats i lokalsamfunnet. Sentralen lånar ut"
                  + " lokale til sjølvhjelpsgrupper og hjelper nye grupper i gang."),
          "frisklivssentral",
          List.of(
              "{namn} gir kommunal hjelp til å endre levevaner og mestre stress, søvnvansker og"
                  + " nedstemthet. Sentralen samarbeider med lokale selvhjelpsgrupper.",
              "{namn} gir kommunal hjelp til å endre levevanar og meistre stress, søvnvanskar og"
                  + " nedstemdheit. Sentralen samarbeider med lokale sjølvhjelpsgrupper."),
          "lms-kommune",
          List.of(
              "{namn} holder mestringskurs for innbyggere som lever med langvarige"
                  + " helseutfordringer, og for pårørende. Etter kursene kan deltakerne fortsette"
                  + " i selvhjelpsgrupper.",
              "{namn} held meistringskurs for innbyggjarar som lever med langvarige"
                  + " helseutfordringar, og for pårørande. Etter kursa kan deltakarane halde fram"
                  + " i sjølvhjelpsgrupper."),
          "lms-sykehus",
          List.of(
              "{namn} tilbyr kurs for pasienter og pårørende, utviklet sammen med"
                  + " brukerrepresentanter. Senteret hjelper kursdeltakere med å starte"
                  + " selvhjelpsgrupper etter kurset.",
              "{namn} tilbyr kurs for pasientar og pårørande, utvikla saman med"
                  + " brukarrepresentantar. Senteret hjelper kursdeltakarar med å starte"
                  + " sjølvhjelpsgrupper etter kurset."),
          "link-senter",
          List.of(
              "{namn} er et lærings- og informasjonssenter for innvandrere, med samtalegrupper,"
                  + " kurs og veiledning på flere språk.",
              "{namn} er eit lærings- og informasjonssenter for innvandrarar, med samtalegrupper,"
                  + " kurs og rettleiing på fleire språk."),
          "organisasjon",
          List.of(
              "{namn} er en frivillig organisasjon som driver likepersonsarbeid og"
                  + " selvhjelpsgrupper i området.",
              "{namn} er ein frivillig organisasjon som driv likepersonsarbeid og"
                  + " sjølvhjelpsgrupper i området."),
          "kommune",
          List.of(
              "{namn} gir råd om lavterskeltilbud innen psykisk helse og rus, og hjelper"
                  + " innbyggere å finne en passende selvhjelpsgruppe.",
              "{namn} gir råd om lågterskeltilbod innan psykisk helse og rus, og hjelper"
                  + " innbyggjarar å finne ei høveleg sjølvhjelpsgruppe."),
          "annet",
          List.of(
              "{namn} er et åpent og gratis lokale der selvhjelpsgrupper kan møtes. Ta kontakt for"
                  + " å låne rom.",
              "{namn} er eit ope og gratis lokale der sjølvhjelpsgrupper kan møtast. Ta kontakt"
                  + " for å låne rom."));

  private final DemoPlaces places;

  DemoContactPoints(DemoPlaces places) {
    this.places = places;
  }

  List<ContactPoint> build() {
    Random random = new Random(SEED);
    Map<String, String> officeByFylke = DemoOffices.officeByFylke();
    List<ContactPoint> points = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Spec spec : SPECS) {
      String home = spec.kommuner().get(0);
      String slug = DemoPlaces.slug(spec.name());
      String id = DemoPlaces.shorten("demo-kp-" + slug, 64);
      if (!ids.add(id)) {
        throw new IllegalStateException("Duplicate demo contact point id " + id);
      }
      DemoPhrases phrases = places.phrases(home);
      String about = ABOUT.get(spec.type()).get(places.isNynorsk(home) ? 1 : 0);
      points.add(
          new ContactPoint(
              id,
              spec.name(),
              spec.type(),
              spec.kommuner(),
              places.address(home, random),
              places.postnummer(home, random),
              null,
              null,
              DemoPlaces.phone(random),
              DemoPeople.email(slug.replaceFirst("^laerings-og-me(i)?stringssenteret", "lms")),
              DemoPeople.url("kontaktpunkt/" + slug),
              about.replace("{namn}", spec.name()) + " " + phrases.contactPointMarker(),
              officeByFylke.get(places.fylkesnummer(home))));
    }
    return points;
  }
}
