package info.magnolia.context;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Signature stub of Magnolia 6.4's {@code info.magnolia.context.WebContext} (test scope, never
 * packaged): only {@code getRequest()}, which in 6.4 returns a {@code jakarta.servlet} request (the
 * 6.3+ line moved to Jakarta EE, as merkle-open/magnolia-headless on Magnolia 6.4.3 shows with its
 * {@code jakarta.servlet.http.HttpServletRequest} parameters), and {@code getUser()} through {@link
 * Context}: {@code public interface WebContext extends Context} in ekirkilevics/Magnolia {@code
 * magnolia-core/src/main/java/info/magnolia/context/WebContext.java} (commit 340aeab). Models and
 * the REST endpoint get it through an injected {@code Provider<WebContext>}, as public models such
 * as ekino's {@code CourseDetailModel} do.
 */
public interface WebContext extends Context {
  HttpServletRequest getRequest();
}
