package no.selvhjelp.finder.rest;

import java.util.List;
import no.selvhjelp.finder.api.Problem;

/**
 * Every error the API returns has this shape: a sentence, and per-item details where there are any.
 */
public record ErrorBody(String error, List<Problem> details) {
  public static ErrorBody of(String error) {
    return new ErrorBody(error, null);
  }
}
