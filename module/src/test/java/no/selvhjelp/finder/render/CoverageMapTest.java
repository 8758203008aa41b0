package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import no.selvhjelp.finder.api.CoverageBand;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import org.junit.jupiter.api.Test;

/** The coverage map's drawing: dot sizes, framing, names, bands and tooltips. */
class CoverageMapTest {
  private static final ReferenceData REF = ReferenceData.load();
  private static final Messages MESSAGES = Messages.load();

  private static ValueLabels labels(String lang) {
    return new ValueLabels(MESSAGES.labels(lang), REF, PageLanguage.of(lang));
  }

  private static List<KommuneCoverage> fylke(String nummer) {
    return REF.kommuner().stream()
        .filter(k -> nummer == null || k.fylkesnummer().equals(nummer))
        .map(k -> coverage(k, 0, 30.0, 2))
        .toList();
  }

  private static KommuneCoverage coverage(Kommune k, int local, Double km, int digital) {
    return new KommuneCoverage(
        k.nummer(), k.name(), k.fylkesnummer(), "", k.population(), local, 0, km, digital);
  }

  private static double[] box(CoverageMap.Drawing d) {
    String[] p = d.viewBox().split(" ");
    return new double[] {
      Double.parseDouble(p[0]), Double.parseDouble(p[1]),
      Double.parseDouble(p[2]), Double.parseDouble(p[3])
    };
  }

  /** The largest dot's radius as a share of the drawing's larger side. */
  private static double largestDotShare(CoverageMap.Drawing d) {
    double[] b = box(d);
    double r = d.dots().stream().mapToDouble(x -> Double.parseDouble(x.r())).max().orElseThrow();
    return r / Math.max(b[2], b[3]);
  }

  @Test
  void dotsOnOneFylkeAreAsSmallRelativeToTheMapAsOnTheWholeCountry() {
    double country = largestDotShare(CoverageMap.draw(fylke(null), REF, labels("nb"), false));
    for (String f : List.of("46", "39", "03", "11")) {
      double one = largestDotShare(CoverageMap.draw(fylke(f), REF, labels("nb"), false));
      assertThat(one).as("fylke " + f).isLessThanOrEqualTo(country * 2);
    }
  }

  @Test
  void vestfoldsNeighbouringKommunerDoNotCoverEachOthersCentres() {
    CoverageMap.Drawing d = CoverageMap.draw(fylke("39"), REF, labels("nb"), false);
    for (CoverageMap.Dot a : d.dots()) {
      for (CoverageMap.Dot b : d.dots()) {
        if (a != b) {
          double dx = Double.parseDouble(a.x()) - Double.parseDouble(b.x());
          double dy = Double.parseDouble(a.y()) - Double.parseDouble(b.y());
          assertThat(Math.hypot(dx, dy))
              .as(a.label() + " / " + b.label())
              .isGreaterThan(Double.parseDouble(a.r()));
        }
      }
    }
  }

  @Test
  void osloAloneIsOneModestNamedDotInTheMiddle() {
    CoverageMap.Drawing d = CoverageMap.draw(fylke("03"), REF, labels("nb"), false);
    assertThat(d.dots()).hasSize(1);
    assertThat(largestDotShare(d)).isLessThan(0.1);
    assertThat(d.names()).extracting(CoverageMap.Name::text).containsExactly("Oslo");
  }

  @Test
  void aCloseUpNamesItsLargestKommunerAndTheCountryNamesNone() {
    assertThat(CoverageMap.draw(fylke("46"), REF, labels("nb"), false).names())
        .extracting(CoverageMap.Name::text)
        .contains("Bergen")
        .hasSize(6);
    assertThat(CoverageMap.draw(fylke(null), REF, labels("nb"), false).names()).isEmpty();
  }

  @Test
  void countingDigitalGroupsOnlyColoursByTheDigitalGroupsOpenToTheKommune() {
    Kommune bergen = REF.kommune("4601").orElseThrow();
    Kommune kinn = REF.kommune("4602").orElseThrow();
    Kommune alver = REF.kommune("4631").orElseThrow();
    CoverageMap.Drawing d =
        CoverageMap.draw(
            List.of(
                coverage(bergen, 0, null, 12),
                coverage(kinn, 0, null, 1),
                coverage(alver, 0, null, 0)),
            REF,
            labels("nb"),
            true);
    assertThat(d.legend())
        .extracting(CoverageMap.Legend::label, CoverageMap.Legend::kommuner)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("10 eller flere digitale grupper", 1),
            org.assertj.core.groups.Tuple.tuple("3–9 digitale grupper", 0),
            org.assertj.core.groups.Tuple.tuple("1–2 digitale grupper", 1),
            org.assertj.core.groups.Tuple.tuple("Ingen digital gruppe", 1));
    assertThat(d.dots())
        .extracting(CoverageMap.Dot::label)
        .contains(
            "Kinn: 1 digital gruppe åpen for innbyggerne",
            "Bergen: 12 digitale grupper åpne for innbyggerne");
  }

  @Test
  void tooltipsUseTheSingularForOneGroup() {
    Kommune kinn = REF.kommune("4602").orElseThrow();
    List<KommuneCoverage> one = List.of(coverage(kinn, 1, 0.4, 2));
    assertThat(CoverageMap.draw(one, REF, labels("nb"), false).dots().get(0).label())
        .isEqualTo("Kinn: 1 lokal gruppe, nærmeste 0,4 km");
    assertThat(CoverageMap.draw(one, REF, labels("en"), false).dots().get(0).label())
        .isEqualTo("Kinn: 1 local group, nearest 0.4 km");
    List<KommuneCoverage> two = List.of(coverage(kinn, 2, 0.4, 2));
    assertThat(CoverageMap.draw(two, REF, labels("nn"), false).dots().get(0).label())
        .isEqualTo("Kinn: 2 lokale grupper, nærmaste 0,4 km");
  }

  @Test
  void aDistanceIsBandedAsItIsShownWithOneDecimal() {
    Kommune kinn = REF.kommune("4602").orElseThrow();
    assertThat(CoverageBand.of(coverage(kinn, 0, 25.04, 0), false))
        .isEqualTo(CoverageBand.WITHIN_25);
    assertThat(CoverageBand.of(coverage(kinn, 0, 25.1, 0), false))
        .isEqualTo(CoverageBand.WITHIN_50);
    assertThat(CoverageTexts.km(25.04, labels("nb"))).isEqualTo("25,0");
    assertThat(CoverageTexts.km(25.1, labels("nb"))).isEqualTo("25,1");
  }

  @Test
  void thePopulationDateIsWrittenInThePagesLanguage() {
    assertThat(CoverageTexts.date("2024-01-01", labels("nb"))).isEqualTo("1. januar 2024");
    assertThat(CoverageTexts.date("2024-01-01", labels("en"))).isEqualTo("1 January 2024");
  }
}
