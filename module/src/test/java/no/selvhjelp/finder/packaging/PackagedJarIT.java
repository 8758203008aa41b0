package no.selvhjelp.finder.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The default build's module jar is the host-neutral engine only: the Magnolia signature stubs and
 * the adapter compiled against them are test code and never packaged; the adapter and its module
 * descriptor ship only in the {@code -Pmagnolia} jar, built against the real Magnolia API.
 */
class PackagedJarIT {
  private static List<String> entries() throws IOException {
    Path jar = Path.of(System.getProperty("module.jar"));
    assertThat(jar).isRegularFile();
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(JarEntry::getName).toList();
    }
  }

  @Test
  void theModuleJarHoldsNoMagnoliaStubsAndNoAdapter() throws IOException {
    List<String> entries = entries();
    assertThat(entries).contains("no/selvhjelp/finder/engine/Engine.class");
    assertThat(entries)
        .noneMatch(e -> e.startsWith("info/magnolia/"))
        .noneMatch(e -> e.startsWith("no/selvhjelp/finder/magnolia/"))
        .noneMatch(e -> e.startsWith("META-INF/magnolia/"));
  }

  @Test
  void theModuleJarCarriesTheLightModuleForMagnoliaAndTheEngine() throws IOException {
    assertThat(entries())
        .contains(
            "selvhjelp/contentTypes/group.yaml",
            "selvhjelp/apps/groups.yaml",
            "selvhjelp/restEndpoints/selvhjelp/v1.yaml");
  }

  @Test
  void theModuleJarShipsTheWidgetButNotItsTests() throws IOException {
    List<String> entries = entries();
    assertThat(entries).contains("selvhjelp/webresources/widget.js");
    assertThat(entries)
        .noneMatch(e -> e.startsWith("selvhjelp/webresources-test/"))
        .noneMatch(e -> e.endsWith(".mjs"));
  }
}
