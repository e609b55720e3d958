package dev.golive.engine;

import dev.golive.checks.Check;
import dev.golive.checks.CheckType;

/** A validated binding: the check made with its parameters, ready to run. */
public record BoundCheck(Binding binding, CheckType type, Check<?> check) {
  /** Two bindings with the same check and parameters run once and share the finding. */
  public String runKey() {
    return type.id() + " " + binding.params();
  }
}
