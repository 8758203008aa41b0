package no.selvhjelp.finder.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.selvhjelp.finder.content.UserText;

/**
 * Search text chosen to be as costly as the API allows: as many words as it reads ({@link
 * UserText#MAX_TERMS}), each 30 random letters, so that no word is known to the index and every one
 * asks for typo tolerance; 495 characters, inside the API's limit of {@link UserText#MAX_LENGTH}.
 * Seeded, so every run sends the same sequence.
 */
final class HostileTexts {
  /** Distinct texts per call; more than any warm-up or measured count a run uses by default. */
  static final int BLOCK = 1_000;

  static final int WORD_LENGTH = 30;

  private final Random random = new Random(13);

  /** The next {@link #BLOCK} texts, none seen before in this run. */
  List<String> next() {
    List<String> texts = new ArrayList<>(BLOCK);
    for (int i = 0; i < BLOCK; i++) {
      texts.add(text());
    }
    return texts;
  }

  private String text() {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < UserText.MAX_TERMS; w++) {
      if (w > 0) {
        b.append(' ');
      }
      for (int i = 0; i < WORD_LENGTH; i++) {
        b.append((char) ('a' + random.nextInt(26)));
      }
    }
    return b.toString();
  }
}
