package no.selvhjelp.finder.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The install guide's list of jars to copy into Magnolia's WEB-INF/lib is the one the build
 * computes (module/pom.xml, execution magnolia-runtime-libraries: the module's runtime dependencies
 * minus what Magnolia ships), so a dependency change that the guide does not follow fails here
 * instead of in an integrator's webapp.
 */
class RuntimeLibrariesDocTest {
  private static final Pattern LISTED =
      Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):jar:([\\w.-]+)");
  private static final Pattern DOCUMENTED =
      Pattern.compile("^\\s*-\\s+`([\\w.-]+):([\\w.-]+):([\\w.-]+)`");

  @Test
  void theInstallGuideListsExactlyTheRuntimeLibrariesTheBuildComputes() throws IOException {
    List<String> computed = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("target/magnolia-runtime-libraries.txt"))) {
      Matcher m = LISTED.matcher(line);
      if (m.find()) {
        computed.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
      }
    }
    assertThat(computed).as("the build's list").isNotEmpty();

    String guide = Files.readString(Path.of("../docs/install-magnolia.md"));
    String block =
        guide.substring(
            guide.indexOf("<!-- runtime-libraries:begin -->"),
            guide.indexOf("<!-- runtime-libraries:end -->"));
    List<String> documented = new ArrayList<>();
    for (String line : block.split("\n")) {
      Matcher m = DOCUMENTED.matcher(line);
      if (m.find()) {
        documented.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
      }
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(computed);
  }
}
