package info.magnolia.rendering.template;

/**
 * Signature stub of Magnolia 6.4's {@code info.magnolia.rendering.template.RenderableDefinition}
 * (test scope, never packaged); the adapter uses it only as the models' type bound. Checked against
 * public rendering models that declare {@code RssModel<RD extends RenderableDefinition> extends
 * RenderingModelImpl<RD>} and {@code TwitterModel<RD extends RenderableDefinition>} (found with the
 * code search over public Magnolia modules).
 */
public interface RenderableDefinition {}
