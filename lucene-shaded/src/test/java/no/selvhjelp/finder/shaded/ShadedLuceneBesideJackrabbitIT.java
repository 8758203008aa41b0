package no.selvhjelp.finder.shaded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import javax.jcr.query.Query;
import no.selvhjelp.finder.shaded.lucene.analysis.standard.StandardAnalyzer;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.TextField;
import no.selvhjelp.finder.shaded.lucene.index.DirectoryReader;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.search.TopDocs;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.query.lucene.SearchIndex;
import org.junit.jupiter.api.Test;

/** The reason this module exists: Lucene 9 (relocated) and Jackrabbit's Lucene 3.6 in one JVM. */
class ShadedLuceneBesideJackrabbitIT {

  @Test
  void lucene9AndJackrabbitsLucene3RunInOneJvm() throws Exception {
    List<String> jcrHits = searchJackrabbit("Sorggruppe for etterlatte i Bergen", "etterlatte");
    assertThat(jcrHits).containsExactly("/sorggruppe");

    // Jackrabbit's org.apache.lucene is 3.6 (it has no Version.LATEST, which came with 4.0).
    ClassLoader jackrabbits = SearchIndex.class.getClassLoader();
    Class<?> constants = Class.forName("org.apache.lucene.util.Constants", true, jackrabbits);
    assertThat((String) constants.getField("LUCENE_MAIN_VERSION").get(null)).startsWith("3.6");
    Class<?> version = Class.forName("org.apache.lucene.util.Version", true, jackrabbits);
    assertThat(version.getField("LUCENE_36")).isNotNull();
    assertThatThrownBy(() -> version.getField("LATEST")).isInstanceOf(NoSuchFieldException.class);

    // ...while our Lucene is 9, under our package, in the same JVM.
    assertThat(no.selvhjelp.finder.shaded.lucene.util.Version.LATEST.major).isEqualTo(9);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        Document doc = new Document();
        doc.add(new TextField("title", "Sorggruppe for etterlatte i Bergen", Field.Store.YES));
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs hits = searcher.search(new TermQuery(new Term("title", "etterlatte")), 10);
        assertThat(hits.totalHits.value).isEqualTo(1);
        assertThat(searcher.storedFields().document(hits.scoreDocs[0].doc).get("title"))
            .isEqualTo("Sorggruppe for etterlatte i Bergen");
      }
    }

    // Jackrabbit still works after Lucene 9 has been loaded.
    assertThat(searchJackrabbit("Samtalegruppe for pårørende", "pårørende"))
        .containsExactly("/sorggruppe");
  }

  @Test
  void theTestsUseTheShadedJarAndNoUnshadedLucene9() throws Exception {
    Path shadedJar = Paths.get(System.getProperty("shaded.jar"));
    Class<?> writer = Class.forName("no.selvhjelp.finder.shaded.lucene.index.IndexWriter");
    assertThat(Paths.get(writer.getProtectionDomain().getCodeSource().getLocation().toURI()))
        .isEqualTo(shadedJar);

    // org.apache.lucene.index.IndexWriter is Jackrabbit's Lucene 3.6, not Lucene 9.
    Class<?> unshaded = Class.forName("org.apache.lucene.index.IndexWriter");
    assertThat(unshaded.getProtectionDomain().getCodeSource().getLocation().getPath())
        .endsWith("lucene-core-3.6.2.jar");
    assertThatThrownBy(() -> Class.forName("org.apache.lucene.codecs.Codec"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  /** Starts an in-memory Jackrabbit, stores one text, runs a JCR-SQL2 CONTAINS query. */
  private static List<String> searchJackrabbit(String text, String word) throws Exception {
    Path home = Files.createTempDirectory("jackrabbit-it");
    RepositoryImpl repository;
    try (InputStream config =
        ShadedLuceneBesideJackrabbitIT.class.getResourceAsStream("repository-inmemory.xml")) {
      repository = RepositoryImpl.create(RepositoryConfig.create(config, home.toString()));
    }
    try {
      Session session = repository.login(new SimpleCredentials("admin", "admin".toCharArray()));
      try {
        Node node = session.getRootNode().addNode("sorggruppe", "nt:unstructured");
        node.setProperty("text", text);
        session.save();
        Query query =
            session
                .getWorkspace()
                .getQueryManager()
                .createQuery(
                    "SELECT * FROM [nt:unstructured] AS n WHERE CONTAINS(n.text, '" + word + "')",
                    Query.JCR_SQL2);
        List<String> paths = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
          paths.add(nodes.nextNode().getPath());
        }
        return paths;
      } finally {
        session.logout();
      }
    } finally {
      repository.shutdown();
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
