package dev.golive.checks.config;

import java.util.List;

/**
 * Where a config check's values come from, for its evidence.
 *
 * @param env the dotenv file read, or {@code the process environment}
 * @param repo the repository read beside it, or {@code null}
 * @param notes how values were found, and what could not be read; never a value
 */
public record ConfigSource(String env, String repo, List<String> notes) {
  public ConfigSource {
    notes = List.copyOf(notes);
  }
}
