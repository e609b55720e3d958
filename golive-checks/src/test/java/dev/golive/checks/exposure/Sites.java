package dev.golive.checks.exposure;

import java.util.List;

/** Pages and evidence shared by the exposure tests. */
final class Sites {
  private Sites() {}

  /** A single-page application's shell, which catch-all servers answer for every path. */
  static final String SPA =
      """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Shop</title>
      <script type="module" src="/assets/index-3f2a.js"></script></head>
      <body><div id="root"></div></body></html>
      """;

  static Seen seen(String path, int status, Match... matches) {
    return new Seen("https://shop.test" + path, status, "text/plain", 100, null, List.of(matches));
  }

  static Seen failed(String path, String reason) {
    return new Seen(
        "https://shop.test" + path,
        0,
        "",
        0,
        "https://shop.test" + path + ": " + reason,
        List.of());
  }

  static Match match(String signature) {
    return new Match(signature, "snippet of " + signature);
  }

  static ExposureEvidence evidence(Seen... seen) {
    return new ExposureEvidence(List.of(seen));
  }
}
