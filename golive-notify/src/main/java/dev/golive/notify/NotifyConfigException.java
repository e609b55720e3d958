package dev.golive.notify;

import java.util.List;

/** A {@code notify:} block that cannot be used, with every problem in it. */
public final class NotifyConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public NotifyConfigException(List<String> problems) {
    super(
        problems.get(0)
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as one line that names the setting, as {@code notify.channels.tg: ...}. */
  public List<String> problems() {
    return problems;
  }
}
