package info.magnolia.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Signature stub of Magnolia 6.4's {@code info.magnolia.repository.RepositoryManager} (test scope,
 * never packaged): only {@code getSystemSession(String)}, a new session with system rights that the
 * caller logs out. Checked against merkle-open/magnolia-testing {@code
 * src/main/java/com/merkle/oss/magnolia/testing/repository/RepositoryUtil.java}, which calls {@code
 * repositoryManager.getSystemSession(workspace.name())} and logs the session out afterwards.
 */
public interface RepositoryManager {
  Session getSystemSession(String logicalWorkspaceName) throws RepositoryException;
}
