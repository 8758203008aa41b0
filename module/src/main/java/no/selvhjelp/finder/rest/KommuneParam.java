package no.selvhjelp.finder.rest;

import java.util.List;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.ReferenceData;

/** One check for a kommune parameter, so every endpoint words the error the same way. */
final class KommuneParam {
  private KommuneParam() {}

  static void check(ReferenceData ref, String name, String value) {
    if (ref.kommune(value).isEmpty()) {
      throw new InvalidInputException(
          "Invalid parameter",
          List.of(
              Problem.ofParameter(
                  name,
                  "'" + SearchParameters.clip(value) + "' is not a kommunenummer (e.g. 4602)")));
    }
  }
}
