package dev.golive.checks.http;

import dev.golive.checks.Judgement;
import java.util.Optional;

/**
 * Whether a page's headers can be judged at all. Observatory refuses to grade a site whose page
 * answers an error other than 401 or 403, since servers often send their security headers on
 * success only; golive then reports that it could not decide.
 */
final class PageStatus {
  private PageStatus() {}

  /** An {@code error} judgement when the answer {@code status} of {@code url} says nothing. */
  static Optional<Judgement> unusable(String url, int status) {
    if (status < 200 || (status >= 400 && status != 401 && status != 403)) {
      return Optional.of(
          Judgement.error(
              url + " answers " + status + ", so its headers say nothing about the site's own"));
    }
    return Optional.empty();
  }
}
