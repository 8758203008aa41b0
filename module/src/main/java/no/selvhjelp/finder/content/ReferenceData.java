package no.selvhjelp.finder.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.api.Maalform;
import no.selvhjelp.finder.api.Postnummer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Norway's 357 kommuner, 15 fylker and 5,121 postnummer (2024 division), read once from the CSV
 * files shipped in {@code src/data} (see {@code SOURCES.md} there for provenance and licences).
 * Immutable after construction, so one instance is shared by every reader.
 */
public final class ReferenceData {
  private static final String BASE = "/no/selvhjelp/finder/refdata/";

  /** The line every page and API consumer that shows this data should carry. */
  public static final String ATTRIBUTION =
      "Inneholder data under CC BY 4.0 fra Kartverket og SSB; postnummerkoordinater © Erik Bolstad"
          + " (CC BY 3.0, www.erikbolstad.no/postnummer/); postnummerregister fra Bring.";

  /**
   * The date the kommuner's population counts are for: SSB's residents on 1 January 2024 (their
   * sum, 5,550,203, is SSB's figure for Norway on that date). See {@code SOURCES.md}.
   */
  public static final String POPULATION_DATE = "2024-01-01";

  public static final String POPULATION_SOURCE =
      "Statistisk sentralbyrå (SSB), folkemengde per kommune 1. januar 2024, CC BY 4.0";

  private final Map<String, Kommune> kommuner;
  private final Map<String, Fylke> fylker;
  private final Map<String, Postnummer> postnummer;
  private final java.util.Set<String> repeatedNames;

  private ReferenceData(
      Map<String, Kommune> kommuner,
      Map<String, Fylke> fylker,
      Map<String, Postnummer> postnummer) {
    this.kommuner = Collections.unmodifiableMap(kommuner);
    this.fylker = Collections.unmodifiableMap(fylker);
    this.postnummer = Collections.unmodifiableMap(postnummer);
    Map<String, Long> nameCounts =
        kommuner.values().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    Kommune::name, java.util.stream.Collectors.counting()));
    this.repeatedNames =
        nameCounts.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Loads the shipped data from the classpath. */
  public static ReferenceData load() {
    Map<String, Maalform> maalform = new LinkedHashMap<>();
    Map<String, Integer> population = new LinkedHashMap<>();
    for (CSVRecord r : read("kommuner_meta.csv")) {
      maalform.put(r.get("kommunenummer"), parseMaalform(r.get("maalform")));
      population.put(r.get("kommunenummer"), Integer.parseInt(r.get("population")));
    }
    Map<String, Kommune> kommuner = new LinkedHashMap<>();
    Map<String, List<String>> kommunerByFylke = new LinkedHashMap<>();
    for (CSVRecord r : read("kommuner.csv")) {
      String nr = r.get("kommunenummer");
      Kommune k =
          new Kommune(
              nr,
              r.get("name"),
              emptyToNull(r.get("name_se")),
              r.get("fylkesnummer"),
              Double.parseDouble(r.get("lat")),
              Double.parseDouble(r.get("lon")),
              require(maalform.get(nr), "målform for " + nr),
              require(population.get(nr), "population for " + nr));
      kommuner.put(nr, k);
      kommunerByFylke.computeIfAbsent(k.fylkesnummer(), f -> new ArrayList<>()).add(nr);
    }
    Map<String, Fylke> fylker = new LinkedHashMap<>();
    for (CSVRecord r : read("fylker.csv")) {
      String nr = r.get("fylkesnummer");
      fylker.put(
          nr,
          new Fylke(
              nr,
              r.get("name"),
              Double.parseDouble(r.get("lat")),
              Double.parseDouble(r.get("lon")),
              List.copyOf(kommunerByFylke.getOrDefault(nr, List.of()))));
    }
    Map<String, Postnummer> postnummer = new LinkedHashMap<>();
    for (CSVRecord r : read("postnummer.csv")) {
      String lat = r.get("lat");
      String lon = r.get("lon");
      postnummer.put(
          r.get("postnummer"),
          new Postnummer(
              r.get("postnummer"),
              r.get("poststed"),
              r.get("kommunenummer"),
              lat.isEmpty() ? null : Double.valueOf(lat),
              lon.isEmpty() ? null : Double.valueOf(lon)));
    }
    return new ReferenceData(kommuner, fylker, postnummer);
  }

  public Collection<Kommune> kommuner() {
    return kommuner.values();
  }

  public Collection<Fylke> fylker() {
    return fylker.values();
  }

  public Optional<Kommune> kommune(String kommunenummer) {
    return Optional.ofNullable(kommunenummer).map(kommuner::get);
  }

  public Optional<Fylke> fylke(String fylkesnummer) {
    return Optional.ofNullable(fylkesnummer).map(fylker::get);
  }

  /** The fylke a kommune belongs to. */
  public Optional<Fylke> fylkeOf(String kommunenummer) {
    return kommune(kommunenummer).flatMap(k -> fylke(k.fylkesnummer()));
  }

  public Optional<Postnummer> postnummer(String nummer) {
    return Optional.ofNullable(nummer).map(postnummer::get);
  }

  /** Every postnummer, e.g. to know the places (poststeder) a visitor may name. */
  public Collection<Postnummer> postnummere() {
    return postnummer.values();
  }

  public int postnummerCount() {
    return postnummer.size();
  }

  public Optional<Maalform> maalform(String kommunenummer) {
    return kommune(kommunenummer).map(Kommune::maalform);
  }

  /**
   * A kommune's name for display. Two names repeat in Norway (Herøy, Våler), so those get their
   * fylke in parentheses, as SSB writes them.
   */
  public String displayName(String kommunenummer) {
    Kommune k = kommuner.get(kommunenummer);
    if (k == null) {
      return null;
    }
    return repeatedNames.contains(k.name())
        ? k.name() + " (" + fylker.get(k.fylkesnummer()).name() + ")"
        : k.name();
  }

  /**
   * Where something in this kommune, at this postnummer, most likely is: the postnummer's point if
   * it has one, else the kommune's administrative centre.
   */
  public Optional<GeoPoint> locate(String postnummerOrNull, String kommunenummer) {
    Optional<Postnummer> p = postnummer(postnummerOrNull).filter(Postnummer::hasPoint);
    if (p.isPresent()) {
      return Optional.of(new GeoPoint(p.get().lat(), p.get().lon()));
    }
    return kommune(kommunenummer).map(k -> new GeoPoint(k.lat(), k.lon()));
  }

  /** Farther than this from every postnummer point, a point is not taken to be in Norway. */
  static final double KOMMUNE_AT_MAX_KM = 30;

  /**
   * The kommune a point most likely lies in: the kommune of the nearest postnummer point, if one is
   * within {@value #KOMMUNE_AT_MAX_KM} km. The reference data has no kommune borders; postnummer
   * points are dense where people live (about 5,000 of them), so near a border this can name the
   * neighbour kommune, which is close enough to decide who a digital group is for.
   */
  public Optional<String> kommuneAt(GeoPoint point) {
    Postnummer best = null;
    double bestKm = Double.MAX_VALUE;
    double cosLat = Math.cos(Math.toRadians(point.lat()));
    for (Postnummer p : postnummer.values()) {
      if (!p.hasPoint() || p.kommunenummer() == null) {
        continue;
      }
      // Equirectangular distance: exact enough at these distances, and cheap for 5,000 points.
      double dLat = p.lat() - point.lat();
      double dLon = (p.lon() - point.lon()) * cosLat;
      double km = Math.sqrt(dLat * dLat + dLon * dLon) * 111.2;
      if (km < bestKm) {
        bestKm = km;
        best = p;
      }
    }
    return best != null && bestKm <= KOMMUNE_AT_MAX_KM
        ? Optional.of(best.kommunenummer())
        : Optional.empty();
  }

  private static Maalform parseMaalform(String value) {
    return switch (value) {
      case "Bokmål" -> Maalform.BOKMAAL;
      case "Nynorsk" -> Maalform.NYNORSK;
      case "Nøytral" -> Maalform.NOYTRAL;
      default -> throw new IllegalStateException("Unknown målform in reference data: " + value);
    };
  }

  private static List<CSVRecord> read(String file) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("Reference data missing from classpath: " + BASE + file);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read reference data " + file, e);
    }
  }

  private static <T> T require(T value, String what) {
    if (value == null) {
      throw new IllegalStateException("Reference data lacks " + what);
    }
    return value;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
