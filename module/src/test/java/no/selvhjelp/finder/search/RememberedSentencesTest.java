package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The remembered boundaries answer every question the highlighter may ask as the JDK's sentence
 * iterator does: at every offset of texts in our languages and shapes (abbreviations, decimals,
 * line breaks, no final stop, right-to-left scripts, an empty text), the same answer and the same
 * position after it.
 */
class RememberedSentencesTest {
  private static final List<String> TEXTS =
      List.of(
          "",
          "sorg",
          "Vi møtes hver tirsdag kl. 18.00. Ta gjerne med en venn! Er du usikker? Ring oss.",
          "Samtalegruppe for pårørende\nVi er 6-8 personer. Møtene varer i 1,5 time.",
          "  Innledende mellomrom. Og en setning uten punktum",
          "Mr. Smith m.fl. kommer.Ingen mellomrom etter punktum. Slutt...",
          "مجموعة دعم للحزن. نلتقي كل أسبوع؟ نعم!",
          "Група підтримки. Ми зустрічаємося щотижня.",
          "ሓዘን ንምክፋል። ኣብ ሰሙን ሓደ ግዜ ንራኸብ።");

  @Test
  void everyAnswerAndPositionIsTheJdksSentenceIterators() {
    var memo = RememberedSentences.memo();
    for (String text : TEXTS) {
      // One pair of iterators per text, so that each question starts wherever the last left them.
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      BreakIterator ours = new RememberedSentences(memo);
      jdk.setText(text);
      ours.setText(text);
      for (Step step : steps(text.length())) {
        assertThat(trace(ours, step)).as("'%s' %s", text, step).isEqualTo(trace(jdk, step));
      }
    }
  }

  @Test
  void anEqualTextIsAnsweredAlike() {
    var memo = RememberedSentences.memo();
    String text = TEXTS.get(2);
    BreakIterator first = new RememberedSentences(memo);
    first.setText(text);
    BreakIterator second = new RememberedSentences(memo);
    second.setText(new String(text)); // equal, not the same object
    assertThat(walk(second)).isEqualTo(walk(first)).hasSizeGreaterThan(3);
  }

  @Test
  void anOffsetOutsideTheTextIsRefusedAsTheJdkRefusesIt() {
    for (BreakIterator it :
        List.of(
            BreakIterator.getSentenceInstance(Locale.ROOT),
            new RememberedSentences(RememberedSentences.memo()))) {
      it.setText("To setninger. Her.");
      assertThatThrownBy(() -> it.following(-1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> it.preceding(19)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** A question at an offset, then a few moves from where it leaves the iterator. */
  private record Step(String question, int offset) {}

  private static List<Step> steps(int length) {
    List<Step> steps = new ArrayList<>();
    for (int offset = 0; offset <= length; offset++) {
      for (String q : List.of("following", "preceding", "isBoundary")) {
        steps.add(new Step(q, offset));
      }
    }
    steps.add(new Step("first", 0));
    steps.add(new Step("last", 0));
    // The same questions again, backwards: from the end of the text as well as from its start.
    for (int i = steps.size() - 1; i >= 0; i--) {
      steps.add(steps.get(i));
    }
    return steps;
  }

  private static List<Object> trace(BreakIterator it, Step step) {
    List<Object> seen = new ArrayList<>();
    seen.add(
        switch (step.question()) {
          case "following" -> it.following(step.offset());
          case "preceding" -> it.preceding(step.offset());
          case "isBoundary" -> it.isBoundary(step.offset());
          case "first" -> it.first();
          default -> it.last();
        });
    seen.add(it.current());
    seen.add(it.next());
    seen.add(it.current());
    seen.add(it.previous());
    seen.add(it.previous());
    seen.add(it.current());
    seen.add(it.next(2));
    seen.add(it.next(-1));
    seen.add(it.getText().getEndIndex());
    return seen;
  }

  private static List<Integer> walk(BreakIterator it) {
    List<Integer> all = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      all.add(b);
    }
    return all;
  }
}
