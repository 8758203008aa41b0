package no.selvhjelp.finder.search;

import java.util.List;
import no.selvhjelp.finder.api.Group;

/**
 * Groups chosen to exercise the Norwegian analysis: each one is findable only one particular way.
 */
final class SearchFixtures {
  private SearchFixtures() {}

  static List<Group> groups() {
    return List.of(
        g(
            "sorg-bergen",
            "Sorggruppe for etterlatte",
            "Vi møtes hver uke for å snakke om sorgen etter at vi mistet noen.",
            "4601",
            "5003",
            "physical",
            List.of("sorg"),
            List.of("nb")),
        g(
            "parorende-kinn",
            "Pårørandegruppe i Florø",
            "For pårørande til menneske med rusproblem. Vi møtest kvar tysdag.",
            "4602",
            "6900",
            "hybrid",
            List.of("parorende"),
            List.of("nn")),
        g(
            "angst-oslo",
            "Angst og panikk",
            "Samtalegruppe om angstlidelse, på nett.",
            "0301",
            null,
            "digital",
            List.of("angst"),
            List.of("nb")),
        g(
            "depresjon-tromso",
            "Depresjonsgruppe",
            "For deg som er nedstemt og vil møte andre.",
            "5501",
            "9008",
            "physical",
            List.of("depresjon"),
            List.of("nb")),
        g(
            "einsemd-voss",
            "Einsemd og fellesskap",
            "Ei gruppe for vaksne som kjenner seg åleine.",
            "4621",
            "5700",
            "physical",
            List.of("ensomhet"),
            List.of("nn")),
        g(
            "arabisk-oslo",
            "Samtalegruppe på arabisk",
            "مجموعة دعم للأشخاص الذين فقدوا أحباءهم. نتحدث عن الحزن معًا.",
            "0301",
            "0557",
            "physical",
            List.of("innvandrere"),
            List.of("ar", "nb")),
        g(
            "ukrainsk-bergen",
            "Gruppe på ukrainsk",
            "Група підтримки для людей, які пережили втрату і переїзд.",
            "4601",
            "5003",
            "physical",
            List.of("innvandrere"),
            List.of("uk", "nb")),
        g(
            "rus-trondheim",
            "Rusavhengighet – samtalegruppe",
            "For deg som vil leve uten alkoholen.",
            "5001",
            "7010",
            "physical",
            List.of("rus"),
            List.of("nb")),
        g(
            "skilsmisse-stavanger",
            "Etter bruddet",
            "Gruppe for deg som har opplevd skilsmisse.",
            "1103",
            "4005",
            "physical",
            List.of("samlivsbrudd"),
            List.of("nb")),
        g(
            "utbrent-digital",
            "Utbrent? Gruppe på video",
            "Vi møtes digitalt hver onsdag.",
            "0301",
            null,
            "digital",
            List.of("utbrenthet"),
            List.of("nb")),
        g(
            "xss-oslo",
            "<script>alert(1)</script> sorg",
            "Om sorg <img src=x onerror=alert(1)> og tap.",
            "0301",
            "0557",
            "physical",
            List.of("psykisk-helse"),
            List.of("nb")),
        g(
                "kladd",
                "Sorggruppe kladd",
                "Ikke publisert ennå.",
                "0301",
                "0557",
                "physical",
                List.of("sorg"),
                List.of("nb"))
            .withPublished(false));
  }

  static Group g(
      String id,
      String title,
      String description,
      String kommune,
      String postnummer,
      String format,
      List<String> themes,
      List<String> languages) {
    return g(id, title, null, description, kommune, postnummer, format, themes, languages);
  }

  static Group g(
      String id,
      String title,
      String summary,
      String description,
      String kommune,
      String postnummer,
      String format,
      List<String> themes,
      List<String> languages) {
    return new Group(
        id,
        title,
        summary,
        description,
        themes,
        languages,
        format,
        kommune,
        "digital".equals(format) ? null : "Storgata 1",
        postnummer,
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
  }
}
