package dev.golive.checks.repo;

import java.util.List;
import java.util.Set;

/** Names of environment files: {@code .env} and {@code .env.*}, and their committed templates. */
final class EnvFiles {
  /** Suffixes of {@code .env.*} files meant to be committed: templates without values. */
  static final Set<String> TEMPLATE_SUFFIXES = Set.of("example", "sample", "template", "dist");

  /** Names of the templates that list the variables, in the order they are looked for. */
  static final List<String> TEMPLATES =
      List.of(".env.example", ".env.sample", ".env.template", ".env.dist");

  private EnvFiles() {}

  /**
   * Whether a file called {@code name} holds an environment: {@code .env}, {@code .env.local}...
   */
  static boolean isEnvName(String name) {
    if (name.equals(".env")) {
      return true;
    }
    if (!name.startsWith(".env.") || name.length() == 5) {
      return false;
    }
    return !TEMPLATE_SUFFIXES.contains(name.substring(5));
  }

  /** Whether a file called {@code name} is a template: {@code .env.example} and the like. */
  static boolean isTemplateName(String name) {
    return name.startsWith(".env.") && TEMPLATE_SUFFIXES.contains(name.substring(5));
  }
}
