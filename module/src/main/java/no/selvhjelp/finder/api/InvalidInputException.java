package no.selvhjelp.finder.api;

import java.util.List;

/**
 * Input that cannot be accepted; nothing was changed. Carries every problem found, not just the
 * first, up to a cap: {@link #omitted()} says how many more there were.
 */
public class InvalidInputException extends RuntimeException {
  private final List<Problem> problems;
  private final int omitted;

  public InvalidInputException(String message, List<Problem> problems) {
    this(message, problems, 0);
  }

  public InvalidInputException(String message, List<Problem> problems, int omitted) {
    super(message);
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Problems found but not listed, because an answer with a million of them helps nobody. */
  public int omitted() {
    return omitted;
  }

  /** The same problems under another sentence, e.g. naming the operation that failed. */
  public InvalidInputException withMessage(String message) {
    return new InvalidInputException(message, problems, omitted);
  }
}
