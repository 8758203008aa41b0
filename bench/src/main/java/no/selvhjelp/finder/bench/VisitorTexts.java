package no.selvhjelp.finder.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * What visitors write when no two write the same: words from the needs and places they search for,
 * in combinations not sent before in the run ({@link #newTexts}), and the same with one word
 * misspelt in a way not seen before ({@link #newTypos}). The engine remembers what it learnt of a
 * word for the life of an index reader, so the fixed texts of {@link QueryMix#TEXTS}, repeated,
 * show a search whose every word is known; these show what distinct texts and a word never seen
 * cost. Seeded, so every run sends the same sequence.
 */
final class VisitorTexts {
  /** Words visitors write: needs in Bokmål and Nynorsk, places, formats. */
  static final List<String> WORDS =
      List.of(
          "sorg",
          "angst",
          "uro",
          "depresjon",
          "pårørende",
          "pårørande",
          "einsemd",
          "ensomhet",
          "rus",
          "alkohol",
          "samlivsbrudd",
          "skilsmisse",
          "etterlatte",
          "utbrenthet",
          "stress",
          "mestring",
          "kreft",
          "smerter",
          "traumer",
          "spiseforstyrrelser",
          "innvandrere",
          "foreldre",
          "menn",
          "kvinner",
          "unge",
          "eldre",
          "samtalegruppe",
          "selvhjelpsgruppe",
          "sorggruppe",
          "nett",
          "digital",
          "Bergen",
          "Oslo",
          "Tromsø",
          "Florø",
          "Trondheim");

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzæøå";

  private final Random random = new Random(17);
  private final Set<String> seen = new HashSet<>(QueryMix.TEXTS);

  /** The next {@code count} texts of one to three known words, none sent before in this run. */
  List<String> newTexts(int count) {
    List<String> texts = new ArrayList<>(count);
    while (texts.size() < count) {
      int words = 1 + random.nextInt(3);
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < words; w++) {
        b.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
      }
      if (seen.add(b.toString())) {
        texts.add(b.toString());
      }
    }
    return texts;
  }

  /**
   * The next {@code count} texts of a known word and a word of five letters or more with one letter
   * changed, never sent before: a misspelling the engine has not met.
   */
  List<String> newTypos(int count) {
    List<String> texts = new ArrayList<>(count);
    while (texts.size() < count) {
      String word = WORDS.get(random.nextInt(WORDS.size())).toLowerCase(Locale.ROOT);
      if (word.length() < 5) {
        continue;
      }
      int at = random.nextInt(word.length());
      String typo =
          word.substring(0, at)
              + LETTERS.charAt(random.nextInt(LETTERS.length()))
              + word.substring(at + 1);
      String text = WORDS.get(random.nextInt(WORDS.size())) + " " + typo;
      if (!typo.equals(word) && !WORDS.contains(typo) && seen.add(text)) {
        texts.add(text);
      }
    }
    return texts;
  }
}
