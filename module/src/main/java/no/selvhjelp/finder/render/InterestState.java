package no.selvhjelp.finder.render;

import java.util.List;
import no.selvhjelp.finder.signup.FieldError;
import no.selvhjelp.finder.signup.InterestForm;

/**
 * The interest form's state after a post that did not go through: what the visitor typed (shown
 * again, never stored), what to fix, and a message for the whole form.
 *
 * @param status the page's HTTP status: 400, 429, 502, 503
 * @param alertKey the i18n key of the alert above the form, or null
 * @param retryMinutes for the rate limit's alert: when to try again
 */
public record InterestState(
    InterestForm form, List<FieldError> errors, int status, String alertKey, long retryMinutes) {
  public static final InterestState NONE =
      new InterestState(InterestForm.EMPTY, List.of(), 200, null, 0);

  public InterestState {
    errors = List.copyOf(errors);
  }
}
