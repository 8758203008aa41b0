package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import freemarker.template.Configuration;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The libraries the tests actually run on. In the magnolia-floor-libraries run (module/pom.xml)
 * Surefire passes the floor versions it put on the classpath, and this proves the swap happened, so
 * that the other tests of that run really exercise the engine on Magnolia's oldest libraries. In
 * the ordinary run no version is expected and it checks only the template level.
 */
class LibraryVersionsTest {
  @Test
  void theTestsRunOnTheFreemarkerJacksonAndSnakeYamlTheRunExpects() {
    expect("floor.freemarker.version", Configuration.getVersion().toString());
    expect("floor.jackson.version", PackageVersion.VERSION.toString());
    expect("floor.snakeyaml.version", snakeYamlVersion());
  }

  @Test
  void theTemplateLevelIsNeverNewerThanTheRunningFreemarker() {
    assertThat(Templates.incompatibleImprovements().intValue())
        .isLessThanOrEqualTo(Configuration.getVersion().intValue());
    new Templates(); // the Configuration accepts it
  }

  private static void expect(String property, String running) {
    String expected = System.getProperty(property);
    if (expected != null) {
      assertThat(running).as(property).isEqualTo(expected);
    }
  }

  /** SnakeYAML's jar carries no Implementation-Version: its file name (snakeyaml-X.jar) has it. */
  private static String snakeYamlVersion() {
    String jar = Yaml.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    return jar.replaceAll(".*/snakeyaml-(.+)\\.jar$", "$1");
  }
}
