package dev.golive.checks.config;

import dev.golive.checks.Judgement;
import java.util.ArrayList;
import java.util.List;

/**
 * The judgements of each value a check reads, summed up: any failure fails the check, else any
 * value that could not be judged makes it an error, else any warning warns, else it passes. The
 * message lists the findings of the worst kind.
 */
final class Tally {
  private static final int SHOWN = 5;

  private final List<String> fails = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final List<String> warns = new ArrayList<>();
  private final List<String> passes = new ArrayList<>();

  void fail(String message) {
    fails.add(message);
  }

  void error(String message) {
    errors.add(message);
  }

  void warn(String message) {
    warns.add(message);
  }

  void pass(String message) {
    passes.add(message);
  }

  boolean isEmpty() {
    return fails.isEmpty() && errors.isEmpty() && warns.isEmpty() && passes.isEmpty();
  }

  Judgement judge() {
    if (!fails.isEmpty()) {
      return Judgement.fail(join(fails));
    }
    if (!errors.isEmpty()) {
      return Judgement.error(join(errors));
    }
    if (!warns.isEmpty()) {
      return Judgement.warn(join(warns));
    }
    return Judgement.pass(join(passes));
  }

  private static String join(List<String> messages) {
    String shown = String.join("; ", messages.subList(0, Math.min(SHOWN, messages.size())));
    int more = messages.size() - SHOWN;
    return more > 0 ? shown + "; and " + more + " more" : shown;
  }
}
