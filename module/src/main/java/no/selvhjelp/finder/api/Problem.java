package no.selvhjelp.finder.api;

/**
 * One thing wrong with an input, said so a person can fix it. {@code section} is the import key
 * (groups, contactPoints, districtOffices) or null for request parameters; {@code index} is the
 * item's position in that list, or null.
 */
public record Problem(String section, Integer index, String field, String message) {
  public static Problem ofParameter(String parameter, String message) {
    return new Problem(null, null, parameter, message);
  }
}
