package no.selvhjelp.finder.rest;

import jakarta.ws.rs.ClientErrorException;

/** 413: the request body is over the limit. */
public final class PayloadTooLargeException extends ClientErrorException {
  public PayloadTooLargeException(String message) {
    super(message, 413);
  }
}
