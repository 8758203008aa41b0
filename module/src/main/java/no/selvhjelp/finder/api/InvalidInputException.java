package no.selvhjelp.finder.api;

import java.util.List;

/**
 * Input that cannot be accepted; nothing was changed. Carries every problem found, not just the
 * first.
 */
public class InvalidInputException extends RuntimeException {
  private final List<Problem> problems;

  public InvalidInputException(String message, List<Problem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
