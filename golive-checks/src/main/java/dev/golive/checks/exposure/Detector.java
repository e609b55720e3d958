package dev.golive.checks.exposure;

import java.util.Optional;

/** Recognises one kind of content in a response body. */
interface Detector {
  /** Stable id recorded in evidence, such as {@code dotenv}. */
  String id();

  /** What it recognises, for messages: "a dotenv file". */
  String label();

  Optional<Match> detect(Body body);
}
