package no.selvhjelp.finder.index;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names and roles of the index's fields. Why each is what it is:
 *
 * <ul>
 *   <li>{@code id}: keyword, stored. The key for idempotent {@code updateDocument} and delete; a
 *       hit is turned back into a result from stored fields, never from JCR.
 *   <li>{@code <source>_no}: text, Norwegian analysis (compound splitting, Bokmål+Nynorsk light
 *       stemming, Norwegian normalisation); the main relevance field per source. {@code summary_no}
 *       and {@code description_no} are also stored, with offsets in the postings, for highlighting.
 *   <li>{@code <source>_fold}: text, the same words folded (å→a, ø→o, æ→a, aa→a) so that
 *       "parorende" finds "pårørende"; weighted below the exact spelling.
 *   <li>{@code <source>_exact}: text, lower-cased and folded but not stemmed: the field typo
 *       tolerance runs fuzzy queries on, because edit distance on stems would match unrelated
 *       words, and folding lets "åleineforelder" reach "aleneforelder".
 *   <li>{@code lang_<code>}: text, language-specific analysis (Arabic, Persian, English, Ukrainian,
 *       Polish; ICU for Somali, Tigrinya and the rest) of a mother-tongue description.
 *   <li>{@code kommune, fylke, theme, language, format, status, published}: keyword fields for
 *       filters (exact terms; OR within, AND across), stored where the result shows them.
 *   <li>{@code place}: hierarchical sorted-set doc-values facet fylke/kommune; {@code theme,
 *       language, format} are flat facet dimensions. Doc values, not stored: counting only.
 *   <li>{@code geo}/{@code geo_dv}: point for distance filters and doc values for distance sort.
 *       Digital groups have none: they are not anywhere.
 *   <li>{@code reach}: keyword, digital groups only: who may take part, as terms a place filter
 *       matches exactly. {@code all} for the whole country; {@code k:<kommunenummer>} for each
 *       kommune covered (a fylke in the reach is expanded to its kommuner here, at index time, so a
 *       kommune filter is one term lookup); {@code f:<fylkesnummer>} for each fylke named or
 *       holding a named kommune (a fylke-wide search shows a group for one of its kommuner, as it
 *       shows a physical group meeting in one of them). Stored, so the hit can show it.
 *   <li>{@code after_course}, {@code course_by}: keywords for the course filters ("true" when the
 *       group continues a course; the id of the contact point that runs it). The course name is
 *       stored for the result card.
 *   <li>{@code title_sort}: doc values with Norwegian ICU collation keys (æ, ø, å after z).
 *   <li>{@code section}: numeric doc values, 0 for a group that meets somewhere (physical, hybrid),
 *       1 for a digital one: with a place in the query, the first sort key, so the groups that meet
 *       in that place come before the digital section whatever the rest of the sort is.
 *   <li>{@code availability}: numeric doc values, 0 for a group a visitor can join now (open,
 *       starting), 1 for a full one, 2 for a paused one: the sort key after the section, so a group
 *       that cannot take the visitor never leads a section above one that can.
 *   <li>{@code hash}: stored content hash, so a start can reconcile the index with JCR cheaply.
 * </ul>
 */
public final class LuceneSchema {
  /** Bump on any change to fields or analysis: a start with an older index rebuilds it. */
  public static final int VERSION = 6;

  public static final String SCHEMA_KEY = "selvhjelp.schema";

  public static final String ID = "id";
  public static final String KOMMUNE = "kommune";
  public static final String FYLKE = "fylke";
  public static final String THEME = "theme";
  public static final String LANGUAGE = "language";
  public static final String FORMAT = "format";
  public static final String STATUS = "status";
  public static final String PUBLISHED = "published";
  public static final String PLACE = "place";
  public static final String GEO = "geo";
  public static final String GEO_DV = "geo_dv";
  public static final String TITLE_SORT = "title_sort";
  public static final String SECTION = "section";
  public static final String AVAILABILITY = "availability";
  public static final String HASH = "hash";
  public static final String REACH = "reach";
  public static final String REACH_ALL = "all";
  public static final String AFTER_COURSE = "after_course";
  public static final String COURSE_BY = "course_by";
  public static final String COURSE_STORED = "continues_course";
  public static final String LAT = "lat";
  public static final String LON = "lon";
  public static final String TITLE_STORED = "title";
  public static final String SUMMARY_STORED = "summary";

  /** Text sources and how much a match in each counts. */
  public static final Map<String, Float> SOURCE_BOOSTS =
      Map.of("title", 4f, "themes", 3f, "summary", 2f, "description", 1f, "place", 1.5f);

  public static final List<String> SOURCES =
      List.of("title", "themes", "summary", "description", "place");

  public static final String NO = "_no";
  public static final String FOLD = "_fold";
  public static final String EXACT = "_exact";

  /** Where a hit's snippet is taken from, in order of preference (stored, offsets in postings). */
  public static final List<String> HIGHLIGHTED = List.of("description" + NO, "summary" + NO);

  /**
   * What a hit shows, and the texts its highlight is taken from: not every stored field, since a
   * digital group stores a reach term for each kommune it covers, up to 357, which no hit shows.
   */
  public static final Set<String> SHOWN =
      Set.of(
          ID,
          TITLE_STORED,
          SUMMARY_STORED,
          THEME,
          LANGUAGE,
          FORMAT,
          KOMMUNE,
          STATUS,
          LAT,
          LON,
          COURSE_STORED,
          COURSE_BY,
          HIGHLIGHTED.get(0),
          HIGHLIGHTED.get(1));

  /** Languages with their own analysis; any other non-Norwegian language goes to lang_icu. */
  public static final List<String> ANALYSED_LANGUAGES = List.of("ar", "fa", "en", "uk", "pl");

  public static final String LANG_PREFIX = "lang_";
  public static final String LANG_ICU = "lang_icu";

  private LuceneSchema() {}

  public static String langField(String language) {
    return ANALYSED_LANGUAGES.contains(language) ? LANG_PREFIX + language : LANG_ICU;
  }

  /** The reach term a digital group covering kommune {@code kommunenummer} carries. */
  public static String reachKommune(String kommunenummer) {
    return "k:" + kommunenummer;
  }

  /** The reach term a digital group covering (part of) fylke {@code fylkesnummer} carries. */
  public static String reachFylke(String fylkesnummer) {
    return "f:" + fylkesnummer;
  }

  public static List<String> langFields() {
    return List.of("lang_ar", "lang_fa", "lang_en", "lang_uk", "lang_pl", LANG_ICU);
  }
}
