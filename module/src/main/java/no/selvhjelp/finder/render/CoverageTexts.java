package no.selvhjelp.finder.render;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import no.selvhjelp.finder.api.CoverageBand;

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

  /**
   * Always one decimal, as the API and the CSV give it: rounded to whole kilometres, 25.0 (within
   * 25 km) and 25.1 (the next band) would both read "25" in different bands.
   */
  static String km(Double value, ValueLabels labels) {
    return value == null ? labels.text("selvhjelp.coverage.none") : number(value, 1, labels);
  }

  static String band(CoverageBand band, ValueLabels labels) {
    return labels.text("selvhjelp.coverage.band." + band.name());
  }

  static String dotLabel(KommuneCoverage k, ValueLabels labels, boolean digital) {
    if (digital) {
      return fill(
          plural(labels, "selvhjelp.coverage.dotDigital", k.digitalGroups()),
          k.kommune(),
          number(k.digitalGroups(), 0, labels));
    }
    if (k.nearestLocalKm() == null) {
      return fill(labels.text("selvhjelp.coverage.dotNone"), k.kommune());
    }
    return fill(
        plural(labels, "selvhjelp.coverage.dot", k.localGroups()),
        k.kommune(),
        number(k.localGroups(), 0, labels),
        km(k.nearestLocalKm(), labels));
  }

  /**
   * The text for a count: {@code key.one} for exactly one, else {@code key}. Bokmål, Nynorsk and
   * English, the languages coverage is shown in, have just these two forms.
   */
  static String plural(ValueLabels labels, String key, int count) {
    return labels.text(count == 1 ? key + ".one" : key);
  }

  /** An ISO date (2024-01-01) as the page's language writes it: "1. januar 2024". */
  static String date(String iso, ValueLabels labels) {
    try {
      return LocalDate.parse(iso)
          .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale()));
    } catch (DateTimeParseException | NullPointerException e) {
      return iso == null ? "" : iso; // a source that gives no plain date is quoted as it is
    }
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
