package no.selvhjelp.finder.index;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.shaded.lucene.analysis.icu.ICUCollationDocValuesField;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.FieldType;
import no.selvhjelp.finder.shaded.lucene.document.KeywordField;
import no.selvhjelp.finder.shaded.lucene.document.LatLonDocValuesField;
import no.selvhjelp.finder.shaded.lucene.document.LatLonPoint;
import no.selvhjelp.finder.shaded.lucene.document.NumericDocValuesField;
import no.selvhjelp.finder.shaded.lucene.document.StoredField;
import no.selvhjelp.finder.shaded.lucene.document.StringField;
import no.selvhjelp.finder.shaded.lucene.document.TextField;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsConfig;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import no.selvhjelp.finder.shaded.lucene.index.IndexOptions;

/** Turns a group into its index document (see {@link LuceneSchema} for why each field is so). */
public final class GroupDocuments {
  private static final List<String> NORWEGIAN = List.of("nb", "nn", "no");

  private final ReferenceData ref;
  private final Messages messages;
  private final FacetsConfig facets;

  public GroupDocuments(ReferenceData ref, Messages messages, FacetsConfig facets) {
    this.ref = ref;
    this.messages = messages;
    this.facets = facets;
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(LuceneSchema.PLACE, true);
    config.setMultiValued(LuceneSchema.THEME, true);
    config.setMultiValued(LuceneSchema.LANGUAGE, true);
    return config;
  }

  public Document toDocument(Group g) throws IOException {
    Document doc = new Document();
    doc.add(new KeywordField(LuceneSchema.ID, g.id(), Field.Store.YES));
    doc.add(new StoredField(LuceneSchema.HASH, hash(g)));
    doc.add(
        new StringField(
            LuceneSchema.PUBLISHED, String.valueOf(g.publiclyVisible()), Field.Store.NO));
    doc.add(new StoredField(LuceneSchema.TITLE_STORED, g.title()));
    if (g.summary() != null) {
      doc.add(new StoredField(LuceneSchema.SUMMARY_STORED, g.summary()));
    }

    text(doc, "title", g.title(), false);
    text(doc, "summary", g.summary(), true);
    text(doc, "description", g.description(), true);
    text(doc, "themes", themeText(g), false);
    text(doc, "place", placeText(g), false);
    for (String language : g.languages()) {
      if (!NORWEGIAN.contains(language) && g.description() != null) {
        doc.add(new TextField(LuceneSchema.langField(language), g.description(), Field.Store.NO));
      }
    }

    keyword(doc, LuceneSchema.KOMMUNE, g.kommunenummer());
    Fylke fylke = ref.fylkeOf(g.kommunenummer()).orElse(null);
    boolean digital = "digital".equals(g.format());
    if (fylke != null) {
      keyword(doc, LuceneSchema.FYLKE, fylke.nummer());
      // The place facet counts groups that meet in a place: a digital group is not "in" its
      // organiser's kommune, and counting it there made "Oslo (7)" beside a total of 5.
      if (!digital) {
        doc.add(
            new SortedSetDocValuesFacetField(
                LuceneSchema.PLACE, fylke.nummer(), g.kommunenummer()));
      }
    }
    doc.add(new NumericDocValuesField(LuceneSchema.SECTION, digital ? 1 : 0));
    for (String theme : g.themes()) {
      keyword(doc, LuceneSchema.THEME, theme);
      doc.add(new SortedSetDocValuesFacetField(LuceneSchema.THEME, theme));
    }
    for (String language : g.languages()) {
      keyword(doc, LuceneSchema.LANGUAGE, language);
      doc.add(new SortedSetDocValuesFacetField(LuceneSchema.LANGUAGE, language));
    }
    keyword(doc, LuceneSchema.FORMAT, g.format());
    doc.add(new SortedSetDocValuesFacetField(LuceneSchema.FORMAT, g.format()));
    keyword(doc, LuceneSchema.STATUS, g.status());
    doc.add(new NumericDocValuesField(LuceneSchema.AVAILABILITY, availability(g.status())));

    // Digital groups meet nowhere: no point, so distance filters and sorts treat them apart.
    if (!"digital".equals(g.format()) && g.lat() != null && g.lon() != null) {
      doc.add(new LatLonPoint(LuceneSchema.GEO, g.lat(), g.lon()));
      doc.add(new LatLonDocValuesField(LuceneSchema.GEO_DV, g.lat(), g.lon()));
      doc.add(new StoredField(LuceneSchema.LAT, g.lat()));
      doc.add(new StoredField(LuceneSchema.LON, g.lon()));
    }
    if (g.digital()) {
      for (String term : reachTerms(g)) {
        doc.add(new KeywordField(LuceneSchema.REACH, term, Field.Store.YES));
      }
    }
    if (g.continuesCourse() != null && !g.continuesCourse().isBlank()) {
      doc.add(new StringField(LuceneSchema.AFTER_COURSE, "true", Field.Store.NO));
      doc.add(new StoredField(LuceneSchema.COURSE_STORED, g.continuesCourse()));
      keyword(doc, LuceneSchema.COURSE_BY, g.courseContactPointId());
    }
    ICUCollationDocValuesField titleSort =
        new ICUCollationDocValuesField(LuceneSchema.TITLE_SORT, COLLATOR);
    titleSort.setStringValue(g.title());
    doc.add(titleSort);
    return facets.build(doc);
  }

  /**
   * The highlighted fields: stored, with offsets in the postings, so the highlighter reads where
   * each match is instead of running the Norwegian analysis over every hit's text again (which cost
   * about a sixth of a search).
   */
  private static final FieldType HIGHLIGHTED = highlighted();

  private static FieldType highlighted() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static void text(Document doc, String source, String value, boolean storeNo) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(
        storeNo
            ? new Field(source + LuceneSchema.NO, value, HIGHLIGHTED)
            : new TextField(source + LuceneSchema.NO, value, Field.Store.NO));
    doc.add(new TextField(source + LuceneSchema.FOLD, value, Field.Store.NO));
    doc.add(new TextField(source + LuceneSchema.EXACT, value, Field.Store.NO));
  }

  private static void keyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new KeywordField(field, value, Field.Store.YES));
    }
  }

  /** Codes and their labels in every UI language, so "pårørande" and "carers" find the theme. */
  private String themeText(Group g) {
    StringJoiner text = new StringJoiner(" ");
    for (String theme : g.themes()) {
      text.add(theme.replace('-', ' '));
      for (String lang : messages.languages()) {
        text.add(messages.themeLabel(lang, theme));
      }
    }
    return text.toString();
  }

  /** See {@link LuceneSchema}: {@code all}, or the kommuner and fylker the reach covers. */
  Set<String> reachTerms(Group g) {
    Set<String> terms = new TreeSet<>();
    if (g.reachesWholeCountry()) {
      terms.add(LuceneSchema.REACH_ALL);
      return terms;
    }
    for (String fylke : g.reachFylker()) {
      terms.add(LuceneSchema.reachFylke(fylke));
      for (Kommune k : ref.kommuner()) {
        if (fylke.equals(k.fylkesnummer())) {
          terms.add(LuceneSchema.reachKommune(k.nummer()));
        }
      }
    }
    for (String kommune : g.reachKommuner()) {
      terms.add(LuceneSchema.reachKommune(kommune));
      ref.fylkeOf(kommune).ifPresent(f -> terms.add(LuceneSchema.reachFylke(f.nummer())));
    }
    return terms;
  }

  private String placeText(Group g) {
    StringJoiner text = new StringJoiner(" ");
    ref.kommune(g.kommunenummer()).ifPresent(k -> text.add(k.name()));
    ref.fylkeOf(g.kommunenummer()).ifPresent(f -> text.add(f.name()));
    ref.postnummer(g.postnummer()).ifPresent(p -> text.add(p.poststed()));
    if (g.address() != null) {
      text.add(g.address());
    }
    return text.toString();
  }

  // Frozen, so one instance is safe to share between indexing threads.
  private static final Collator COLLATOR = norwegianCollator();

  private static Collator norwegianCollator() {
    Collator c = Collator.getInstance(new ULocale("nb"));
    c.setStrength(Collator.PRIMARY);
    return c.freeze();
  }

  /** A digest of everything indexed, to tell whether the index holds a group's current version. */
  public static String hash(Group g) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.valueOf(LuceneSchema.VERSION).getBytes(StandardCharsets.UTF_8));
      sha.update(Objects.toString(g).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How soon the visitor can join: now (open, starting), when a place frees up (full), later. */
  static long availability(String status) {
    return switch (status == null ? "open" : status) {
      case "full" -> 1;
      case "paused" -> 2;
      default -> 0;
    };
  }
}
