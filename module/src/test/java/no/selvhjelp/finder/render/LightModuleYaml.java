package no.selvhjelp.finder.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the light module's YAML as Magnolia does, including its {@code !include:/module/path}
 * directive, which is resolved against the light-modules folder (so a broken include fails here).
 */
final class LightModuleYaml {
  static final Path LIGHT_MODULES = Path.of("..", "light-modules");
  static final Path MODULE = LIGHT_MODULES.resolve("selvhjelp");

  private LightModuleYaml() {}

  /** A file under the light-modules folder, from a Magnolia path such as /selvhjelp/x/y.yaml. */
  static Path resolve(String magnoliaPath) {
    return LIGHT_MODULES.resolve(magnoliaPath.replaceFirst("^/", ""));
  }

  static Map<String, Object> load(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      Object loaded = new Yaml(new IncludingConstructor()).load(reader);
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) loaded;
      return map == null ? Map.of() : map;
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  static List<Path> files(Path folder, String extension) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(folder.toString(), e);
    }
  }

  /** Every value under any of these keys, anywhere in the tree. */
  static List<String> valuesOf(Object tree, List<String> keys) {
    List<String> found = new ArrayList<>();
    collect(tree, keys, found);
    return found;
  }

  private static void collect(Object node, List<String> keys, List<String> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (keys.contains(String.valueOf(k)) && v instanceof String s) {
              found.add(s);
            }
            collect(v, keys, found);
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collect(item, keys, found));
    }
  }

  /** The key under which a loaded app records its {@code !content-type:<name>} directive. */
  static final String CONTENT_TYPE = "!content-type";

  private static final class IncludingConstructor extends SafeConstructor {
    IncludingConstructor() {
      super(new LoaderOptions());
      // !include:/module/path, optionally followed by properties that replace the included ones.
      yamlMultiConstructors.put(
          "!include:",
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              String path = node.getTag().getValue().substring("!include:".length());
              Path file = resolve(path);
              if (!Files.isRegularFile(file)) {
                throw new AssertionError("!include of a missing file: " + path);
              }
              Map<Object, Object> merged = new LinkedHashMap<>(load(file));
              if (node instanceof MappingNode mapping) {
                merged.putAll(constructMapping(mapping));
              }
              return merged;
            }
          });
      // !content-type:<name> on an app: Magnolia generates the app from that content type.
      yamlMultiConstructors.put(
          "!content-type:",
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              String name = node.getTag().getValue().substring("!content-type:".length());
              Map<Object, Object> app = new LinkedHashMap<>();
              if (node instanceof MappingNode mapping) {
                app.putAll(constructMapping(mapping));
              }
              app.put(CONTENT_TYPE, name);
              return app;
            }
          });
    }
  }
}
