package info.magnolia.rendering.model;

import info.magnolia.rendering.template.RenderableDefinition;
import javax.jcr.Node;

/**
 * Signature stub of Magnolia 6.4's {@code info.magnolia.rendering.model.RenderingModelImpl} (test
 * scope, never packaged): the constructor {@code (Node content, RD definition, RenderingModel<?>
 * parent)} that subclasses call, the protected {@code content} field, and the accessors. Checked
 * against Magnolia's public training module {@code
 * info/magnolia/training/developer/templating/advanced/templates/components/AutoLinkListModel.java}
 * ({@code extends RenderingModelImpl<RD>}, calls that constructor, reads {@code content}, overrides
 * {@code execute()}). The constructor keeps its arguments and the accessors return them, as
 * Magnolia's class does; nothing else is stubbed.
 */
public class RenderingModelImpl<RD extends RenderableDefinition> implements RenderingModel<RD> {
  protected final Node content;
  protected final RD definition;
  protected final RenderingModel<?> parent;

  public RenderingModelImpl(Node content, RD definition, RenderingModel<?> parent) {
    this.content = content;
    this.definition = definition;
    this.parent = parent;
  }

  @Override
  public RenderingModel<?> getParent() {
    return parent;
  }

  @Override
  public Node getNode() {
    return content;
  }

  @Override
  public RD getDefinition() {
    return definition;
  }

  @Override
  public String execute() {
    return null;
  }
}
