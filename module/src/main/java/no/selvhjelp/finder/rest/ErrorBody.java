package no.selvhjelp.finder.rest;

import java.util.List;
import no.selvhjelp.finder.api.Problem;

/**
 * Every error the API returns has this shape: a sentence, and per-item details where there are any.
 * {@code omittedDetails} is set when there were more problems than an answer lists.
 */
public record ErrorBody(String error, List<Problem> details, Integer omittedDetails) {
  public ErrorBody(String error, List<Problem> details) {
    this(error, details, null);
  }

  public static ErrorBody of(String error) {
    return new ErrorBody(error, null, null);
  }
}
