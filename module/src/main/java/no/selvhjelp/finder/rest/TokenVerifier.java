package no.selvhjelp.finder.rest;

/** Decides whether a bearer token grants write access. Implementations compare in constant time. */
@FunctionalInterface
public interface TokenVerifier {
  boolean isValid(String token);
}
