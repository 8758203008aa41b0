package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.CoverageQuery;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.LanguageCodes;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * Reads {@code theme}, {@code language}, {@code format} and {@code fylke} for a coverage answer,
 * with the same rules and messages as a search's parameters (repeated or comma-separated means OR;
 * a wrong value is a 400 naming the parameter).
 */
public final class CoverageParameters {
  private final ReferenceData ref;

  public CoverageParameters(ReferenceData ref) {
    this.ref = ref;
  }

  public CoverageQuery parse(MultivaluedMap<String, String> params) {
    List<Problem> problems = new ArrayList<>();
    List<String> themes =
        SearchParameters.values(
            params,
            "theme",
            Codes.THEMES::contains,
            "is not a theme; see /api/v1/themes",
            problems);
    List<String> languages =
        SearchParameters.values(
            params,
            "language",
            LanguageCodes::isUsable,
            "is not an ISO 639-1 language code a group can have (e.g. nb, nn, en, ar)",
            problems);
    List<String> formats =
        SearchParameters.values(
            params, "format", Codes.FORMATS::contains, "is not one of " + Codes.FORMATS, problems);
    List<String> fylker =
        SearchParameters.values(
            params,
            "fylke",
            v -> ref.fylke(v).isPresent(),
            "is not a fylkesnummer (e.g. 46)",
            problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Invalid coverage parameters", problems);
    }
    return new CoverageQuery(themes, languages, formats, fylker);
  }
}
