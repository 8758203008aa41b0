package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.StringField;
import no.selvhjelp.finder.shaded.lucene.index.DirectoryReader;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.index.NoMergePolicy;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A search's own view of the reader's terms ({@link ReaderTerms#forOneSearch()}), which keeps its
 * enumerators from question to question, answers as a fresh lookup would: for terms in one segment
 * only, in none, in a field some segments lack, and for prefixes asked between exact terms on the
 * same enumerator, in any order.
 */
class ReaderTermsTest {
  private static final String[] FIELDS = {"theme", "name", "only_last"};

  @Test
  void aSearchsOwnViewAnswersEveryQuestionAsTheIndexHoldsIt() throws Exception {
    Random random = new Random(7);
    List<TreeSet<String>> held = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    try (var dir = new ByteBuffersDirectory();
        var writer =
            new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int segment = 0; segment < 4; segment++) {
        for (int i = 0; i < 30; i++) {
          Document doc = new Document();
          // Each segment holds its own words: a term is often in one segment only.
          for (int f = 0; f < 2; f++) {
            String word = word(random, segment);
            doc.add(new StringField(FIELDS[f], word, Field.Store.NO));
            held.get(f).add(word);
          }
          if (segment == 3) {
            String word = word(random, segment);
            doc.add(new StringField(FIELDS[2], word, Field.Store.NO));
            held.get(2).add(word);
          }
          writer.addDocument(doc);
        }
        writer.commit(); // a segment each
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSize(4);
        ReaderTerms shared = new ReaderTerms(reader);
        // Two searches: the second finds the first one's answers remembered, and asks new ones.
        for (int search = 0; search < 2; search++) {
          ReaderTerms oneSearch = shared.forOneSearch();
          List<Runnable> questions = new ArrayList<>();
          for (int q = 0; q < 400; q++) {
            int f = random.nextInt(FIELDS.length);
            String word = word(random, random.nextInt(5)); // segment 4 does not exist
            if (random.nextBoolean()) {
              String prefix = word.substring(0, 1 + random.nextInt(word.length() - 1));
              boolean expected =
                  held.get(f).ceiling(prefix) != null
                      && held.get(f).ceiling(prefix).startsWith(prefix);
              questions.add(
                  () ->
                      assertThat(oneSearch.anyStartsWith(new Term(FIELDS[f], prefix)))
                          .as("%s starts with %s", FIELDS[f], prefix)
                          .isEqualTo(expected));
            } else {
              boolean expected = held.get(f).contains(word);
              questions.add(
                  () ->
                      assertThat(oneSearch.exists(new Term(FIELDS[f], word)))
                          .as("%s holds %s", FIELDS[f], word)
                          .isEqualTo(expected));
            }
          }
          questions.forEach(Runnable::run);
        }
        assertThat(shared.exists(new Term("nowhere", "sorg"))).isFalse();
      }
    }
  }

  /** Words like "c17" for segment 2: letters per segment, so segments mostly hold their own. */
  private static String word(Random random, int segment) {
    return (char) ('a' + segment) + Integer.toString(10 + random.nextInt(40));
  }
}
