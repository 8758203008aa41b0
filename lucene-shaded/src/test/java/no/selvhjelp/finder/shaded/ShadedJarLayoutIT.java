package no.selvhjelp.finder.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the shaded jar contains: everything Lucene moved to our package, nothing left behind. */
class ShadedJarLayoutIT {

  private static final Pattern ORIGINAL_MR =
      Pattern.compile("META-INF/versions/\\d+/org/apache/lucene/.+\\.class");
  private static final Pattern RELOCATED_MR =
      Pattern.compile("META-INF/versions/\\d+/no/selvhjelp/finder/shaded/lucene/.+\\.class");

  @Test
  void multiReleaseClassesAreRelocated() throws IOException {
    List<String> originalMr;
    try (JarFile original = new JarFile(System.getProperty("original.lucene.core.jar"))) {
      originalMr = names(original).stream().filter(n -> ORIGINAL_MR.matcher(n).matches()).toList();
    }
    assertThat(originalMr).as("lucene-core is a multi-release jar").isNotEmpty();

    try (JarFile shaded = new JarFile(System.getProperty("shaded.jar"))) {
      List<String> names = names(shaded);
      assertThat(names).noneMatch(n -> n.matches("META-INF/versions/\\d+/org/apache/lucene/.*"));
      assertThat(names).noneMatch(n -> n.startsWith("org/apache/lucene/"));
      // Snowball (org.tartarus) and Stempel (org.egothor) come inside Lucene's jars: moved too.
      assertThat(names.stream().filter(n -> n.endsWith(".class")))
          .isNotEmpty()
          .allMatch(
              n ->
                  n.startsWith("no/selvhjelp/finder/shaded/")
                      || n.matches("META-INF/versions/\\d+/no/selvhjelp/finder/shaded/.*"));
      assertThat(names)
          .contains(
              "no/selvhjelp/finder/shaded/lucene/index/IndexWriter.class",
              "no/selvhjelp/finder/shaded/tartarus/snowball/ext/NorwegianStemmer.class",
              "no/selvhjelp/finder/shaded/egothor/stemmer/Trie.class");
      assertThat(names).noneMatch(n -> n.endsWith("module-info.class"));
      assertThat(names).noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
      // Every versioned class of lucene-core is there, under the relocated path.
      assertThat(names.stream().filter(n -> RELOCATED_MR.matcher(n).matches()))
          .containsExactlyInAnyOrderElementsOf(
              originalMr.stream()
                  .map(
                      n ->
                          n.replaceFirst(
                              "/org/apache/lucene/", "/no/selvhjelp/finder/shaded/lucene/"))
                  .toList());
      assertThat(names)
          .contains(
              "META-INF/versions/21/no/selvhjelp/finder/shaded/lucene/store/"
                  + "MemorySegmentIndexInputProvider.class");

      // The JVM uses the versioned entries only if the manifest says so.
      assertThat(shaded.getManifest().getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE))
          .isEqualTo("true");
      assertThat(shaded.isMultiRelease()).isTrue();

      // SPI files: renamed and with relocated contents.
      assertThat(names).noneMatch(n -> n.startsWith("META-INF/services/org.apache.lucene."));
      List<String> codecs = serviceLines(shaded, "no.selvhjelp.finder.shaded.lucene.codecs.Codec");
      assertThat(codecs)
          .isNotEmpty()
          .contains("no.selvhjelp.finder.shaded.lucene.codecs.lucene912.Lucene912Codec")
          .allMatch(c -> c.startsWith("no.selvhjelp.finder.shaded.lucene."));
      for (String service :
          names.stream()
              .filter(n -> n.startsWith("META-INF/services/") && !n.endsWith("/"))
              .toList()) {
        assertThat(serviceLines(shaded, service.substring("META-INF/services/".length())))
            .as(service)
            .allMatch(c -> c.startsWith("no.selvhjelp.finder.shaded.lucene."));
      }
    }
  }

  private static List<String> names(JarFile jar) {
    return jar.stream().map(JarEntry::getName).collect(Collectors.toList());
  }

  private static List<String> serviceLines(JarFile jar, String service) throws IOException {
    JarEntry entry = jar.getJarEntry("META-INF/services/" + service);
    assertThat(entry).as(service).isNotNull();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
  }
}
