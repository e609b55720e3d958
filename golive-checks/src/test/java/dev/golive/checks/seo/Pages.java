package dev.golive.checks.seo;

import java.util.Map;

/** Pages and page evidence shared by the seo tests. */
final class Pages {
  private Pages() {}

  static final String COMPLETE =
      """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Shop &amp; Co</title>
        <meta name="description" content="Everything for the kitchen, delivered tomorrow.">
        <meta property="og:title" content="Shop &amp; Co">
        <meta property="og:description" content="Everything for the kitchen.">
        <meta property="og:image" content="https://shop.test/og.png">
        <meta property="og:url" content="https://shop.test/">
      </head>
      <body><h1>Shop</h1></body>
      </html>
      """;

  /** A single-page application's shell: everything is set by script, after crawlers left. */
  static final String SPA =
      """
      <!doctype html>
      <html><head><meta charset="utf-8"><title></title>
      <script type="module" src="/assets/index.js"></script></head>
      <body><div id="root"></div></body></html>
      """;

  static PageEvidence page(String title, Map<String, String> meta) {
    return new PageEvidence("https://shop.test/", 200, "text/html", 0, title, meta);
  }

  static PageEvidence answered(int status, String mediaType) {
    return new PageEvidence("https://shop.test/", status, mediaType, 0, null, Map.of());
  }
}
