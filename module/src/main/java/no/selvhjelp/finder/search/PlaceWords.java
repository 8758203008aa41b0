package no.selvhjelp.finder.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.content.UserText;
import no.selvhjelp.finder.index.Analysis;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianAnalyzer;

/**
 * Place names in a visitor's words ("angst Florø", "sorg i Mo i Rana"): the kommune and fylke names
 * (with their Sami names) and the poststeder of the reference data, each leading to the kommuner
 * and fylker it lies in. Folded like the search folds ("Floro" is Florø). Poststeder shorter than
 * four letters (Å, Bø, Mo, Nes) are left out unless they name a kommune: as words they are too
 * often something else.
 */
final class PlaceWords {
  private static final int MAX_NAME_WORDS = 3;
  private static final int MIN_POSTSTED = 4;

  /** The kommuner (and so fylker) a name may mean, or only fylker for a fylke name. */
  record Place(Set<String> kommuner, Set<String> fylker) {}

  private final Map<String, Place> names = new HashMap<>();

  PlaceWords(ReferenceData ref) {
    for (Kommune k : ref.kommuner()) {
      add(k.name(), k.nummer(), k.fylkesnummer());
      if (k.nameSami() != null) {
        add(k.nameSami(), k.nummer(), k.fylkesnummer());
      }
    }
    for (Fylke f : ref.fylker()) {
      add(f.name(), null, f.nummer());
    }
    for (Postnummer p : ref.postnummere()) {
      String folded = key(p.poststed());
      if (folded.length() >= MIN_POSTSTED || names.containsKey(folded)) {
        ref.kommune(p.kommunenummer())
            .ifPresent(k -> add(p.poststed(), k.nummer(), k.fylkesnummer()));
      }
    }
  }

  /** Per word, the place it is (part of) the name of, or null. Longer names win. */
  List<Place> places(List<String> words) {
    List<Place> result = new ArrayList<>();
    words.forEach(w -> result.add(null));
    for (int i = 0; i < words.size(); ) {
      int matched = 0;
      for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
        List<String> folded = new ArrayList<>();
        words.subList(i, i + n).forEach(w -> folded.add(Analysis.fold(w)));
        Place p = names.get(String.join(" ", folded));
        if (p != null) {
          for (int j = i; j < i + n; j++) {
            result.set(j, p);
          }
          matched = n;
        }
      }
      i += Math.max(matched, 1);
    }
    return result;
  }

  private void add(String name, String kommune, String fylke) {
    String key = key(name);
    if (key.isEmpty()) {
      return;
    }
    Place old = names.get(key);
    Set<String> kommuner = new LinkedHashSet<>(old == null ? Set.of() : old.kommuner());
    Set<String> fylker = new LinkedHashSet<>(old == null ? Set.of() : old.fylker());
    if (kommune != null) {
      kommuner.add(kommune);
    }
    fylker.add(fylke);
    names.put(key, new Place(Set.copyOf(kommuner), Set.copyOf(fylker)));
  }

  /** Cut and folded as {@link TextQueryBuilder} cuts the visitor's text, without stop words. */
  private static String key(String name) {
    List<String> words = new ArrayList<>();
    for (String w : UserText.terms(name)) {
      if (!NorwegianAnalyzer.getDefaultStopSet().contains(w)) {
        words.add(Analysis.fold(w));
      }
    }
    return words.size() > MAX_NAME_WORDS ? "" : String.join(" ", words);
  }
}
