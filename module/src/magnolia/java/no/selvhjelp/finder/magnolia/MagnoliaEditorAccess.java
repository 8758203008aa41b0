package no.selvhjelp.finder.magnolia;

import info.magnolia.cms.security.User;
import info.magnolia.context.WebContext;
import jakarta.inject.Provider;
import java.util.Collection;

/**
 * Who may use the editorial API on Magnolia: Magnolia's current user, holding the role {@value
 * #EDITOR_ROLE} directly or through a group. This is the only check of ours; Magnolia's own web
 * access (URISecurityFilter) runs before it. Nothing of the request is read here, so the standalone
 * server's admin token ({@code Authorization: Bearer}) grants nothing on Magnolia.
 */
final class MagnoliaEditorAccess {
  /** The role an administrator gives Selvhjelp's editors (docs/install-magnolia.md, step 6). */
  static final String EDITOR_ROLE = "selvhjelp-editor";

  /**
   * The name of Magnolia's user for requests nobody logged in to: {@code UserManager.ANONYMOUS_USER
   * = "anonymous"} in ekirkilevics/Magnolia {@code
   * magnolia-core/src/main/java/info/magnolia/cms/security/UserManager.java} (commit 340aeab).
   */
  static final String ANONYMOUS_USER = "anonymous";

  /** The decision, and the user's name, which the change history records. */
  record Decision(Outcome outcome, String user) {
    boolean allowed() {
      return outcome == Outcome.EDITOR;
    }
  }

  enum Outcome {
    EDITOR,
    /** Not logged in: 401, logging in may help. */
    ANONYMOUS,
    /** Logged in without the role: 403, logging in again will not help. */
    NOT_AN_EDITOR
  }

  private final Provider<WebContext> web;

  /**
   * @param web Magnolia's context of the current request; a provider because the endpoint that
   *     holds this outlives every request
   */
  MagnoliaEditorAccess(Provider<WebContext> web) {
    this.web = web;
  }

  Decision decide() {
    User user = web.get().getUser();
    if (user == null || user.getName() == null || ANONYMOUS_USER.equals(user.getName())) {
      return new Decision(Outcome.ANONYMOUS, null);
    }
    Collection<String> roles = user.getAllRoles();
    boolean editor = roles != null && roles.contains(EDITOR_ROLE);
    return new Decision(editor ? Outcome.EDITOR : Outcome.NOT_AN_EDITOR, user.getName());
  }
}
