package no.selvhjelp.finder.api;

/** The repository failed; the operation did not take effect. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
