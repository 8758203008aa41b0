package no.selvhjelp.finder.server.demo;

import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.server.demo.DemoPhrases.CourseText;

/**
 * The Nynorsk sentence fragments; the theme texts are in {@link DemoThemesNynorsk}. Kommunar that
 * have chosen Nynorsk get every word of their groups in Nynorsk, as they would in real life.
 */
final class DemoTextsNynorsk {
  private DemoTextsNynorsk() {}

  static final DemoPhrases PHRASES =
      new DemoPhrases(
          "nn",
          List.of("måndag", "tysdag", "onsdag", "torsdag"),
          List.of(
              "kvar {dag} kl. {tid}",
              "annankvar {dag} kl. {tid}",
              "første {dag} i månaden kl. {tid}",
              "kvar {dag} kl. {tid} (ikkje i skuleferiane)",
              "{dag} kl. {tid}, kvar veke"),
          "etter {kurs}: kvar {dag} kl. {tid}",
          "Gruppa startar opp i {maaned}, og du kan gjerne melde interesse alt no.",
          "Gruppa er full for augneblinken, men du kan stå på venteliste.",
          "Gruppa har pause no og startar opp att etter ferien.",
          "Dette er ei lukka gruppe; nye medlemmer blir tekne inn etter avtale med"
              + " kontaktpersonen.",
          "Vi møtest på nett (video), så du kan vere med heimanfrå.",
          "Du kan vere med i lokalet eller digitalt på nett (video).",
          "Vi kan òg snakke engelsk i gruppa.",
          "Gruppa startar etter {kurs} ved {kontakt}, og er for deg som har gått kurset og vil"
              + " halde fram med å møtast når kurset er slutt.",
          "Sjølvhjelpsgruppe som startar etter {kurs}.",
          "(Demoinnhald: fiktiv gruppe.)",
          "(Demoinnhald: fiktivt kontaktpunkt.)",
          List.of(
              "Kyrkjevegen",
              "Skulevegen",
              "Strandvegen",
              "Sentrumsvegen",
              "Hamnegata",
              "Torget",
              "Storgata",
              "Vangsvegen",
              "Fjordvegen",
              "Tunvegen"),
          List.of(
              "Frivilligsentralen, 2. etasje",
              "Kulturhuset, møterom 3",
              "Biblioteket, møterommet",
              "Helsehuset, inngang B",
              "Kyrkjelydshuset",
              "Samfunnshuset, 1. etasje"),
          Map.of(
              "angst",
                  new CourseText(
                      "kurs i meistring av angst", "Sjølvhjelpsgruppe etter angstkurset"),
              "depresjon",
                  new CourseText(
                      "Kurs i depresjonsmeistring (KiD)", "Samtalegruppe etter KiD-kurset"),
              "kronisk-sykdom",
                  new CourseText(
                      "kurs i meistring av kroniske smerter",
                      "Sjølvhjelpsgruppe etter smertemeistringskurset"),
              "livsmestring",
                  new CourseText(
                      "meistringskurs på LMS", "Vidare saman – gruppe etter meistringskurs")),
          DemoThemesNynorsk.THEMES);
}
