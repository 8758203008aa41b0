package no.selvhjelp.finder.jcr;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Opens a session on the content workspace. Each host supplies its own: the standalone server logs
 * in to its embedded Jackrabbit, Magnolia hands out a system-context session. Callers log out.
 */
@FunctionalInterface
public interface JcrSessions {
  Session login() throws RepositoryException;
}
