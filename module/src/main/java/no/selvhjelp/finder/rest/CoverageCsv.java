package no.selvhjelp.finder.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import no.selvhjelp.finder.api.Coverage;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A coverage answer as CSV, one kommune a row, for the spreadsheets district offices plan in.
 * Decimal points, not commas, and UTF-8 with a byte-order mark, so a Norwegian Excel opens æøå and
 * the numbers right.
 */
public final class CoverageCsv {
  static final String[] HEADER = {
    "kommunenummer",
    "kommune",
    "fylkesnummer",
    "fylke",
    "population",
    "localGroups",
    "per10k",
    "nearestLocalKm",
    "digitalGroups"
  };

  private CoverageCsv() {}

  public static String write(Coverage coverage) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
      for (KommuneCoverage k : coverage.kommuner()) {
        csv.printRecord(
            k.kommunenummer(),
            k.kommune(),
            k.fylkesnummer(),
            k.fylke(),
            k.population(),
            k.localGroups(),
            String.format(Locale.ROOT, "%.2f", k.per10k()),
            k.nearestLocalKm() == null
                ? ""
                : String.format(Locale.ROOT, "%.1f", k.nearestLocalKm()),
            k.digitalGroups());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
