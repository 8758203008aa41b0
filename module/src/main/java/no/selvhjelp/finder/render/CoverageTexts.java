package no.selvhjelp.finder.render;

import java.text.NumberFormat;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;

/** The coverage page's numbers and sentences in the page's language. */
final class CoverageTexts {
  private CoverageTexts() {}

  /** 291 940 and 0,58 in Norwegian; 291,940 and 0.58 in English. */
  static String number(double value, int decimals, ValueLabels labels) {
    NumberFormat f = NumberFormat.getNumberInstance(labels.locale());
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(value);
  }

  static String km(Double value, ValueLabels labels) {
    return value == null
        ? labels.text("selvhjelp.coverage.none")
        : number(value, value < 10 ? 1 : 0, labels);
  }

  static String band(CoverageMap.Band band, ValueLabels labels) {
    return labels.text("selvhjelp.coverage.band." + band.name());
  }

  static String dotLabel(KommuneCoverage k, ValueLabels labels) {
    if (k.nearestLocalKm() == null) {
      return fill(labels.text("selvhjelp.coverage.dotNone"), k.kommune());
    }
    return fill(
        labels.text("selvhjelp.coverage.dot"),
        k.kommune(),
        number(k.localGroups(), 0, labels),
        km(k.nearestLocalKm(), labels));
  }

  /**
   * Replaces {0}, {1}… in a bundle text (not MessageFormat: apostrophes in texts stay as written).
   */
  static String fill(String pattern, String... values) {
    String out = pattern;
    for (int i = 0; i < values.length; i++) {
      out = out.replace("{" + i + "}", values[i]);
    }
    return out;
  }
}
