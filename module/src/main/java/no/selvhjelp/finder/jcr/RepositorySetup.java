package no.selvhjelp.finder.jcr;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeTypeManager;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.ContentTypeDefinition;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.commons.cnd.ParseException;

/** Makes sure the workspace has our node types and one root folder per content type. Idempotent. */
public final class RepositorySetup {
  static final String META_PATH = "/selvhjelp-meta";

  private RepositorySetup() {}

  public static void ensure(Session session, ContentModel model) throws RepositoryException {
    NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
    if (!types.hasNodeType(model.group().nodeType())) {
      try (InputStream in = RepositorySetup.class.getResourceAsStream("selvhjelp.cnd")) {
        CndImporter.registerNodeTypes(new InputStreamReader(in, StandardCharsets.UTF_8), session);
      } catch (IOException | ParseException e) {
        throw new RepositoryException("Cannot register the selvhjelp node types", e);
      }
    }
    Node root = session.getRootNode();
    for (ContentTypeDefinition type : model.all()) {
      String folder = type.rootPath().substring(1);
      if (!root.hasNode(folder)) {
        root.addNode(folder, "nt:unstructured");
      }
    }
    if (!root.hasNode(META_PATH.substring(1))) {
      root.addNode(META_PATH.substring(1), "nt:unstructured");
    }
    session.save();
  }
}
