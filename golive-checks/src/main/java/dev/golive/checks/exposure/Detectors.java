package dev.golive.checks.exposure;

import java.util.List;
import java.util.stream.Stream;

/** What the exposure checks recognise, by family. */
final class Detectors {
  private Detectors() {}

  static final List<Detector> DOTENV = List.of(new Dotenv());

  static final List<Detector> GIT =
      List.of(
          Signature.plain(
              "git-head",
              "a Git HEAD file",
              "\\A\\s{0,10}(?:ref:\\s{0,10}refs/\\S{1,200}|[0-9a-f]{40}(?:[0-9a-f]{24})?)\\s{0,10}\\z"),
          Signature.plain(
              "git-config", "a Git config file", "(?m)^[ \\t]{0,10}\\[core\\][ \\t]*$"));

  /** What {@code id} recognises, for messages; the id itself when unknown. */
  static String label(String id) {
    return Stream.of(DOTENV, GIT)
        .flatMap(List::stream)
        .filter(d -> d.id().equals(id))
        .map(Detector::label)
        .findFirst()
        .orElse(id);
  }
}
