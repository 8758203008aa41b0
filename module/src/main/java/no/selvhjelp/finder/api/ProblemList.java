package no.selvhjelp.finder.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of an input while keeping at most {@link #MAX_LISTED}: a CSV header with a
 * million unknown columns must give a short answer (and not a million objects in memory), yet say
 * how many problems there were.
 */
public final class ProblemList {
  /** Enough to fix a file in one go; past this, the same mistake is usually repeated. */
  public static final int MAX_LISTED = 500;

  private final List<Problem> listed = new ArrayList<>();
  private int total;

  public void add(Problem problem) {
    total++;
    if (listed.size() < MAX_LISTED) {
      listed.add(problem);
    }
  }

  /** Adds what another list or exception found, its omitted count included. */
  public void addAll(List<Problem> problems, int omitted) {
    problems.forEach(this::add);
    total += omitted;
  }

  public boolean isEmpty() {
    return total == 0;
  }

  public int total() {
    return total;
  }

  public List<Problem> listed() {
    return List.copyOf(listed);
  }

  /** Throws every problem under {@code message}, if there is any. */
  public void throwIfAny(String message) {
    if (total > 0) {
      throw new InvalidInputException(message, listed, total - listed.size());
    }
  }
}
