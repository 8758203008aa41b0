package no.selvhjelp.finder.server.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.selvhjelp.finder.api.Maalform;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.content.ReferenceData;

/** Real places for fictional content: kommuner, postnummer, prepositions and street addresses. */
final class DemoPlaces {
  /**
   * Places Norwegians say "på", not "i"; getting this wrong is the first thing a reader notices.
   */
  private static final Set<String> PAA =
      Set.of("4621", "4614", "3403", "3405", "3407", "3324", "3328", "1120", "1860", "5530");

  /** Big cities get a bydel in the title, so forty Oslo groups are not all "i Oslo". */
  private static final Map<String, List<String>> DISTRICTS =
      Map.of(
          "0301",
          List.of(
              "på Grünerløkka",
              "i Gamle Oslo",
              "på Frogner",
              "i Bjerke",
              "på Grorud",
              "i Nordstrand",
              "på Stovner",
              "i Søndre Nordstrand",
              "på Sagene",
              "på St. Hanshaugen",
              "i Alna",
              "i Østensjø",
              "på Ullern",
              "i Vestre Aker",
              "i Nordre Aker"),
          "4601",
          List.of(
              "i Bergen sentrum",
              "i Fana",
              "i Åsane",
              "på Laksevåg",
              "i Arna",
              "i Fyllingsdalen",
              "i Ytrebygda",
              "på Årstad"),
          "5001",
          List.of("på Heimdal", "på Lade", "i Midtbyen", "på Byåsen", "på Moholt", "på Saupstad"),
          "1103",
          List.of("på Madla", "i Hillevåg", "på Storhaug", "i Hundvåg", "på Tasta", "i Eiganes"));

  private final ReferenceData referenceData;
  private final Map<String, List<String>> postnummerByKommune;

  DemoPlaces(ReferenceData referenceData) {
    this.referenceData = referenceData;
    this.postnummerByKommune = postnummerWithPoint(referenceData);
  }

  /**
   * ReferenceData looks postnummer up one at a time, so walk the whole four-digit range once. This
   * keeps ReferenceData the single source: a postnummer chosen here always resolves there.
   */
  private static Map<String, List<String>> postnummerWithPoint(ReferenceData referenceData) {
    Map<String, List<String>> byKommune = new LinkedHashMap<>();
    for (int i = 0; i <= 9999; i++) {
      referenceData
          .postnummer(String.format(Locale.ROOT, "%04d", i))
          .filter(Postnummer::hasPoint)
          .ifPresent(
              p ->
                  byKommune
                      .computeIfAbsent(p.kommunenummer(), k -> new ArrayList<>())
                      .add(p.nummer()));
    }
    return byKommune;
  }

  boolean isNynorsk(String kommunenummer) {
    return referenceData.maalform(kommunenummer).orElseThrow(() -> unknown(kommunenummer))
        == Maalform.NYNORSK;
  }

  DemoPhrases phrases(String kommunenummer) {
    return isNynorsk(kommunenummer) ? DemoTextsNynorsk.PHRASES : DemoTextsBokmaal.PHRASES;
  }

  String name(String kommunenummer) {
    String name = referenceData.displayName(kommunenummer);
    if (name == null) {
      throw unknown(kommunenummer);
    }
    return name;
  }

  String fylkesnummer(String kommunenummer) {
    return referenceData
        .kommune(kommunenummer)
        .orElseThrow(() -> unknown(kommunenummer))
        .fylkesnummer();
  }

  String fylkeName(String fylkesnummer) {
    return referenceData.fylke(fylkesnummer).orElseThrow().name();
  }

  /** A postnummer of the kommune that has coordinates, so the server can place the item. */
  String postnummer(String kommunenummer, Random random) {
    List<String> candidates = postnummerByKommune.getOrDefault(kommunenummer, List.of());
    if (candidates.isEmpty()) {
      throw new IllegalStateException("No postnummer with coordinates in kommune " + kommunenummer);
    }
    return candidates.get(random.nextInt(candidates.size()));
  }

  String poststed(String postnummer) {
    return referenceData.postnummer(postnummer).orElseThrow().poststed();
  }

  /** "i Bergen", "på Voss", or for the big cities a bydel such as "på Grünerløkka". */
  String placePhrase(String kommunenummer, Random random) {
    List<String> districts = DISTRICTS.get(kommunenummer);
    if (districts != null) {
      return pick(districts, random);
    }
    return (PAA.contains(kommunenummer) ? "på " : "i ") + name(kommunenummer);
  }

  /** A plausible, fictional address: either a venue in a public building or a street number. */
  String address(String kommunenummer, Random random) {
    DemoPhrases phrases = phrases(kommunenummer);
    String street = pick(phrases.streets(), random) + " " + (1 + random.nextInt(48));
    return random.nextInt(3) == 0 ? pick(phrases.venues(), random) + ", " + street : street;
  }

  static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  /** Mobile numbers in the "+47 4xx xx xxx" shape; fictional, like everything else here. */
  static String phone(Random random) {
    return String.format(
        Locale.ROOT,
        "+47 4%02d %02d %03d",
        random.nextInt(100),
        random.nextInt(100),
        random.nextInt(1000));
  }

  /** Lowercase ASCII with hyphens, for ids, e-mail local parts and URLs. */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /** Cuts a slug at a hyphen so ids stay within the 64 characters the contract allows. */
  static String shorten(String slug, int max) {
    if (slug.length() <= max) {
      return slug;
    }
    String cut = slug.substring(0, max);
    int hyphen = cut.lastIndexOf('-');
    return hyphen > 0 ? cut.substring(0, hyphen) : cut;
  }

  private static IllegalArgumentException unknown(String kommunenummer) {
    return new IllegalArgumentException("Unknown kommunenummer " + kommunenummer);
  }
}
