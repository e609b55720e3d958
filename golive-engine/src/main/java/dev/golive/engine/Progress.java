package dev.golive.engine;

import dev.golive.core.model.Finding;

/** Hears about an audit as it runs, for progress on stderr. */
public interface Progress {
  Progress NONE = new Progress() {};

  /** {@code runs} checks are about to run against {@code targets} targets. */
  default void started(int runs, int targets) {}

  /** One check finished against one target. */
  default void finished(String target, Finding finding) {}
}
