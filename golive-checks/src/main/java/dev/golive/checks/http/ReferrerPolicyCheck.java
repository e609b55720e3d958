package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Links from the page do not hand full URLs to other sites. */
@CheckInfo(
    id = "http.referrer-policy",
    needs = TargetKind.WEB,
    title = "The Referrer-Policy keeps page URLs private",
    severity = Priority.LOW,
    description =
        "Reads Referrer-Policy from the page's headers and <meta name=referrer> (the page as MDN"
            + " HTTP Observatory picks it); the last recognised value wins, as in browsers: the"
            + " meta tag, read last, holds one value (the old never, always, default and"
            + " origin-when-crossorigin count as the policies browsers read them as). Passes"
            + " for no-referrer, same-origin, strict-origin and strict-origin-when-cross-origin;"
            + " fails for origin, origin-when-cross-origin, unsafe-url and"
            + " no-referrer-when-downgrade, or when no value is recognised. With no policy at all"
            + " browsers use strict-origin-when-cross-origin, which passes unless required is set.")
public record ReferrerPolicyCheck(
    @Param(description = "Fail when the page sets no policy at all", defaultValue = "false")
        boolean required)
    implements Check<ReferrerPolicyCheck.Policies> {

  private static final Set<String> PRIVATE =
      Set.of("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
  private static final Set<String> UNSAFE =
      Set.of("origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade");

  /** The old keywords a meta tag may still use, and the policies browsers read them as. */
  private static final Map<String, String> LEGACY =
      Map.of(
          "never", "no-referrer",
          "default", "strict-origin-when-cross-origin",
          "always", "unsafe-url",
          "origin-when-crossorigin", "origin-when-cross-origin");

  /**
   * The policies a page sets.
   *
   * @param url the page
   * @param status its status
   * @param headers every Referrer-Policy header value
   * @param meta the content of the last {@code <meta name="referrer">}, or {@code null}
   */
  public record Policies(String url, int status, List<String> headers, String meta) {
    public Policies {
      headers = List.copyOf(headers);
    }
  }

  @Override
  public Policies collect(Probe probe) throws IOException, InterruptedException {
    HttpResult r = Site.pageResponse(probe);
    Html html = Html.of(probe, r);
    return new Policies(
        r.url().toString(),
        r.status(),
        r.headers("referrer-policy"),
        html == null ? null : html.metaName("referrer"));
  }

  @Override
  public Judgement evaluate(Policies p) {
    Optional<Judgement> unusable = PageStatus.unusable(p.url(), p.status());
    if (unusable.isPresent()) {
      return unusable.get();
    }
    List<String> all = new ArrayList<>(p.headers());
    if (p.meta() != null) {
      all.add(p.meta());
    }
    if (all.isEmpty()) {
      String message =
          p.url()
              + " sets no Referrer-Policy; browsers fall back to strict-origin-when-cross-origin"
              + " (referrer-policy-not-implemented)";
      return required ? Judgement.fail(message) : Judgement.pass(message);
    }
    // the header is a list whose last known token wins; the meta tag, read after it, holds one
    // token or legacy keyword, or is ignored (HTML standard, the referrer metadata name)
    String policy = null;
    for (String value : p.headers()) {
      for (String token : value.split(",")) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        if (PRIVATE.contains(t) || UNSAFE.contains(t)) {
          policy = t;
        }
      }
    }
    if (p.meta() != null) {
      String t = p.meta().trim().toLowerCase(Locale.ROOT);
      t = LEGACY.getOrDefault(t, t);
      if (PRIVATE.contains(t) || UNSAFE.contains(t)) {
        policy = t;
      }
    }
    String shown = String.join(", ", all);
    if (policy == null) {
      return Judgement.fail(
          p.url()
              + " sets Referrer-Policy "
              + shown
              + ", which names no policy browsers know (referrer-policy-header-invalid)");
    }
    if (UNSAFE.contains(policy)) {
      return Judgement.fail(
          p.url()
              + " sets Referrer-Policy "
              + policy
              + ", which sends page URLs to other sites (referrer-policy-unsafe)");
    }
    return Judgement.pass(
        p.url() + " sets Referrer-Policy " + policy + " (referrer-policy-private)");
  }
}
