package no.selvhjelp.finder.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Visitors type plain text, never query syntax. This reduces it to words (letters, digits and the
 * combining marks that Arabic, Tigrinya and others need), so that quotes, operators, wildcards and
 * brackets of Lucene or JCR can never change what a query means.
 */
public final class UserText {
  /** Longer search text than this is refused with a 400: nobody types it, attackers send it. */
  public static final int MAX_LENGTH = 500;

  /** Only the first words count; more would only make a query slow. */
  public static final int MAX_TERMS = 16;

  private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

  private UserText() {}

  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    if (text == null) {
      return terms;
    }
    for (String t : SEPARATOR.split(text)) {
      if (!t.isEmpty() && terms.size() < MAX_TERMS) {
        // Lower case: the full-text parsers read upper-case AND, OR, NOT as operators.
        terms.add(t.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return terms;
  }

  /** The words, space-separated: a safe full-text expression meaning "all of these words". */
  public static String plainTerms(String text) {
    return String.join(" ", terms(text));
  }
}
