package no.selvhjelp.finder.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import no.selvhjelp.finder.api.Coverage;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import no.selvhjelp.finder.api.CoverageBand;
import no.selvhjelp.finder.api.CoverageQuery;
import no.selvhjelp.finder.content.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A coverage answer as CSV, one kommune a row, in two kinds.
 *
 * <p>Without a language, the machines' CSV, unchanged since it was published: commas, decimal
 * points, English column names, UTF-8 with a byte-order mark.
 *
 * <p>With {@code lang} (nb, nn or en; the coverage page's download link), a spreadsheet's CSV in
 * that language: a Norwegian Excel splits only on semicolons and reads "5.1" as a date, so nb and
 * nn have semicolons and decimal commas; headers in the language, the coverage band as a column,
 * the byte-order mark so æøå survive, and CRLF line ends.
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

  /**
   * The spreadsheet's columns, by their text key under {@code selvhjelp.coverage.col.}: the
   * machines' columns and the coverage band.
   */
  private static final List<String> COLUMNS =
      Stream.concat(Arrays.stream(HEADER), Stream.of("band")).toList();

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

  /** The spreadsheet's CSV in {@code lang}, one of {@link Messages#languages()}. */
  public static String spreadsheet(Coverage coverage, Messages messages, String lang) {
    boolean norwegian = !lang.equals("en");
    NumberFormat decimals = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
    decimals.setGroupingUsed(false); // a grouping space would make the cell text, not a number
    boolean digital = CoverageBand.digitalOnly(coverage.query());
    String[] header =
        COLUMNS.stream()
            .map(c -> messages.get(lang, "selvhjelp.coverage.col." + c))
            .toArray(String[]::new);
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(norwegian ? ';' : ',')
            .setRecordSeparator("\r\n")
            .setHeader(header)
            .build();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (KommuneCoverage k : coverage.kommuner()) {
        CoverageBand band = CoverageBand.of(k, digital);
        csv.printRecord(
            k.kommunenummer(),
            k.kommune(),
            k.fylkesnummer(),
            k.fylke(),
            k.population(),
            k.localGroups(),
            decimal(decimals, k.per10k(), 2),
            k.nearestLocalKm() == null ? "" : decimal(decimals, k.nearestLocalKm(), 1),
            k.digitalGroups(),
            messages.get(lang, "selvhjelp.coverage.band." + band.name()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String decimal(NumberFormat f, double value, int digits) {
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f.format(value);
  }

  /**
   * A file name that says what is in it: {@code selvhjelp-dekning-sorg-46.csv} for grief groups in
   * Vestland; the machines' CSV and English keep {@code selvhjelp-coverage}.
   */
  public static String filename(CoverageQuery q, Messages messages, String lang) {
    List<String> parts = new ArrayList<>();
    parts.add(
        lang == null ? "selvhjelp-coverage" : messages.get(lang, "selvhjelp.coverage.csvName"));
    parts.addAll(q.themes());
    parts.addAll(q.languages());
    parts.addAll(q.formats());
    parts.addAll(q.fylker());
    // Only the codes' own characters: letters, digits and hyphens, nothing a header could break on.
    return String.join("-", parts).replaceAll("[^A-Za-z0-9-]", "") + ".csv";
  }
}
