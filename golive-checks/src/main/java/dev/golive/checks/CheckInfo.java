package dev.golive.checks;

import dev.golive.core.model.Priority;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a check is, next to its logic: the catalog and the docs are generated from this. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {
  /** {@code family.kebab-name}, stable forever. */
  String id();

  /**
   * What the check looks at: a target without one of these gets an {@code error} finding that says
   * how to add it.
   */
  TargetKind[] needs();

  /** The good state, without a final period: "HSTS is enabled with a long max-age". */
  String title();

  /** How much a failure matters when the checklist does not say. */
  Priority severity();

  /** What the check looks at and how it judges, for {@code golive checks ID} and docs/checks. */
  String description() default "";

  /** Former ids that still resolve to this check. */
  String[] aliases() default {};
}
