package no.selvhjelp.finder.server.demo;

import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.server.demo.DemoPhrases.CourseText;

/** The Bokmål sentence fragments; the theme texts are in {@link DemoThemesBokmaal}. */
final class DemoTextsBokmaal {
  private DemoTextsBokmaal() {}

  static final DemoPhrases PHRASES =
      new DemoPhrases(
          "nb",
          List.of("mandag", "tirsdag", "onsdag", "torsdag"),
          List.of(
              "hver {dag} kl. {tid}",
              "annenhver {dag} kl. {tid}",
              "første {dag} i måneden kl. {tid}",
              "hver {dag} kl. {tid} (ikke i skoleferiene)",
              "{dag} kl. {tid}, hver uke"),
          "etter {kurs}: hver {dag} kl. {tid}",
          "Gruppen starter opp i {maaned}, og du kan gjerne melde interesse allerede nå.",
          "Gruppen er full for øyeblikket, men du kan stå på venteliste.",
          "Gruppen har pause nå og starter opp igjen etter ferien.",
          "Dette er en lukket gruppe; nye medlemmer tas inn etter avtale med kontaktpersonen.",
          "Vi møtes på nett (video), så du kan delta hjemmefra.",
          "Du kan delta i lokalet eller digitalt på nett (video).",
          "Vi kan også snakke engelsk i gruppen.",
          "Gruppen starter etter {kurs} ved {kontakt}, og er for deg som har gått kurset og vil"
              + " fortsette å møtes når kurset er slutt.",
          "Selvhjelpsgruppe som starter etter {kurs}.",
          "(Demoinnhold: fiktiv gruppe.)",
          "(Demoinnhold: fiktivt kontaktpunkt.)",
          List.of(
              "Storgata",
              "Kirkegata",
              "Skolegata",
              "Parkveien",
              "Torggata",
              "Strandgata",
              "Jernbanegata",
              "Kongens gate",
              "Sentrumsveien",
              "Rådhusgata"),
          List.of(
              "Frivilligsentralen, 2. etasje",
              "Kulturhuset, møterom 3",
              "Biblioteket, møterommet",
              "Helsehuset, inngang B",
              "Menighetshuset",
              "Frivillighetshuset, 1. etasje"),
          Map.of(
              "angst",
                  new CourseText("kurs i mestring av angst", "Selvhjelpsgruppe etter angstkurset"),
              "depresjon",
                  new CourseText(
                      "Kurs i depresjonsmestring (KiD)", "Samtalegruppe etter KiD-kurset"),
              "kronisk-sykdom",
                  new CourseText(
                      "kurs i mestring av kroniske smerter",
                      "Selvhjelpsgruppe etter smertemestringskurset"),
              "livsmestring",
                  new CourseText(
                      "mestringskurs på LMS", "Videre sammen – gruppe etter mestringskurs")),
          DemoThemesBokmaal.THEMES);
}
