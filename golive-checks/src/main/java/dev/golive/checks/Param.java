package dev.golive.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check's parameter: a component of the check's record, written in bindings as {@code
 * kebab-name=value}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
  String description();

  /** The value when the binding does not give one, as it would be written in a binding. */
  String defaultValue();

  /** A value worth showing in the docs; the default when empty. */
  String example() default "";

  /**
   * Whether a binding that leaves this text parameter empty takes the command its checklist item
   * names (a shell block under the item, or a command in its text; several become one line each).
   * The engine fills it in before the check is made; a binding whose item names none is a problem
   * reported before anything runs.
   */
  boolean itemCommand() default false;
}
