package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Magnolia refuses to start the whole webapp when a required module dependency names a module it
 * does not have. So every required dependency of {@code META-INF/magnolia/selvhjelp.xml} must be a
 * module name confirmed by a public Magnolia 6.4 descriptor (listed here with it); every other
 * dependency must be optional.
 */
class ModuleDescriptorDependenciesTest {
  // merkle-open/magnolia-headless@f03b0bc5dd56f893789c10f44384a71278843fe5
  // magnolia-headless/src/main/resources/META-INF/magnolia/magnolia-headless.xml (Magnolia 6.4.3)
  private static final Set<String> CONFIRMED = Set.of("core", "rendering");

  @Test
  void everyRequiredDependencyIsAModuleNameConfirmedByAPublicDescriptor() throws Exception {
    NodeList dependencies;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/magnolia/selvhjelp.xml")) {
      assertThat(in).isNotNull();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      dependencies = factory.newDocumentBuilder().parse(in).getElementsByTagName("dependency");
    }
    List<String> required = new ArrayList<>();
    List<String> optional = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      String name = text(dependency, "name");
      ("true".equals(text(dependency, "optional")) ? optional : required).add(name);
    }
    assertThat(required).containsExactlyInAnyOrderElementsOf(CONFIRMED);
    assertThat(optional).containsExactlyInAnyOrder("rest-integration", "content-types");
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
  }
}
