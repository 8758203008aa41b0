package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.selvhjelp.finder.index.Analysis;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.search.TypoCorrections.Correction;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.TextField;
import no.selvhjelp.finder.shaded.lucene.index.DirectoryReader;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spelling index over a real (in-memory) Lucene index, analysed as the groups' index is. */
class TypoCorrectionsTest {
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final TypoCorrections typos = new TypoCorrections();
  private IndexWriter writer;

  @BeforeEach
  void open() throws Exception {
    writer = new IndexWriter(directory, new IndexWriterConfig(new Analysis().indexAnalyzer()));
    add("title", "Angst og panikk");
    add("title", "Angstgruppe");
    add("summary", "Angst i hverdagen");
    add("description", "Vi snakker om angst, ansvar og angre");
    add("title", "Sorggruppe for etterlatte");
    writer.commit();
  }

  @AfterEach
  void close() throws Exception {
    writer.close();
    directory.close();
  }

  @Test
  void aTypoBecomesTheNearestKnownWordsWithTheFieldsTheyAreIn() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      List<Correction> found = typos.lookup(reader).of("angts", 1);

      assertThat(found).extracting(Correction::term).containsExactly("angst");
      Correction angst = found.get(0);
      assertThat(angst.edits()).isEqualTo(1);
      assertThat(angst.similarity()).isEqualTo(0.8f);
      int title = 1 << LuceneSchema.SOURCES.indexOf("title");
      int summary = 1 << LuceneSchema.SOURCES.indexOf("summary");
      int description = 1 << LuceneSchema.SOURCES.indexOf("description");
      assertThat(angst.fields()).isEqualTo(title | summary | description);
      assertThat(angst.docFreq()).isEqualTo(3);
    }
  }

  @Test
  void aWordBecomesAtMostAFewKnownWordsTheNearestFirst() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      // "angst" is 1 edit away; "angre" and "ansvar" 2; "angstgruppe" too far.
      List<Correction> found = typos.lookup(reader).of("angse", 2);

      assertThat(found).hasSizeLessThanOrEqualTo(TypoCorrections.PER_WORD);
      assertThat(found).extracting(Correction::term).startsWith("angst").contains("angre");
      assertThat(found).extracting(Correction::term).doesNotContain("angstgruppe");
    }
  }

  @Test
  void onlyWordsWithTheSameFirstLetterAreCorrections() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      assertThat(typos.lookup(reader).of("bngst", 2)).isEmpty();
    }
  }

  @Test
  void oneSearchSharesOneBudgetOfCorrections() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      TypoCorrections.Lookup lookup = typos.lookup(reader);
      int found = 0;
      for (int i = 0; i < TypoCorrections.PER_SEARCH; i++) {
        found += lookup.of("angts", 1).size();
      }
      assertThat(found).isEqualTo(TypoCorrections.PER_SEARCH);
      assertThat(lookup.of("angts", 1)).isEmpty();
      assertThat(typos.lookup(reader).of("angts", 1)).isNotEmpty(); // the next search has its own
    }
  }

  @Test
  void wordsAddedLaterAreFoundInTheirNewSegment() throws Exception {
    try (DirectoryReader first = DirectoryReader.open(writer)) {
      assertThat(typos.lookup(first).of("depresjn", 2)).isEmpty();
      add("title", "Depresjonsgruppe om depresjon");
      try (DirectoryReader second = DirectoryReader.openIfChanged(first, writer)) {
        assertThat(typos.lookup(second).of("depresjn", 2))
            .extracting(Correction::term)
            .containsExactly("depresjon");
      }
    }
  }

  private void add(String source, String text) throws Exception {
    Document d = new Document();
    d.add(new TextField(source + LuceneSchema.EXACT, text, Field.Store.NO));
    writer.addDocument(d);
  }
}
