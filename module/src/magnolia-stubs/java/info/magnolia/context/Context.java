package info.magnolia.context;

import info.magnolia.cms.security.User;

/**
 * Signature stub of Magnolia's {@code info.magnolia.context.Context} (test scope, never packaged):
 * only {@code User getUser()}, the current user of the request's context. Checked against
 * ekirkilevics/Magnolia {@code magnolia-core/src/main/java/info/magnolia/context/Context.java}
 * (commit 340aeab, the last public core source: {@code public User getUser();}, "if this is not a
 * UserContext this method will very likely return the system user"); the real interface extends
 * {@code info.magnolia.commands.chain.Context}, left out here because nothing of ours uses it.
 */
public interface Context {
  User getUser();
}
