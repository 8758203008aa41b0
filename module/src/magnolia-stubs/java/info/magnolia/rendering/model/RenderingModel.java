package info.magnolia.rendering.model;

import info.magnolia.rendering.template.RenderableDefinition;
import javax.jcr.Node;

/**
 * Signature stub of Magnolia 6.4's {@code info.magnolia.rendering.model.RenderingModel} (test
 * scope, never packaged), with the members the adapter uses: {@code getNode()}, {@code
 * getDefinition()}, {@code getParent()}, {@code execute()} and the {@code SKIP_RENDERING} result.
 * Checked against the public models that extend {@code RenderingModelImpl} with the constructor
 * {@code (Node content, RD definition, RenderingModel<?> parent)} and override {@code String
 * execute()}.
 */
public interface RenderingModel<RD extends RenderableDefinition> {
  String SKIP_RENDERING = "skip-rendering";

  RenderingModel<?> getParent();

  Node getNode();

  RD getDefinition();

  String execute();
}
