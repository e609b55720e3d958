package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The page sends a Content-Security-Policy that keeps inline and foreign scripts out. */
@CheckInfo(
    id = "http.csp",
    needs = TargetKind.WEB,
    title = "A Content-Security-Policy without unsafe sources is enforced",
    severity = Priority.HIGH,
    description =
        "Reads Content-Security-Policy from the page's headers and <meta http-equiv> tags (the"
            + " page as MDN HTTP Observatory picks it: where HTTPS ends after redirects) and judges"
            + " it as Observatory does. Fails when there is none (report-only does not count), when"
            + " it is malformed or repeats a directive, when script-src (or default-src) allows"
            + " 'unsafe-inline', data: or any host (*, https:), when object-src does, when neither"
            + " script-src nor default-src is set (everything is allowed), when it allows"
            + " 'unsafe-eval', or when an HTTPS page allows http: sources. Nonces and hashes"
            + " neutralise 'unsafe-inline'; 'strict-dynamic' needs one. 'unsafe-inline' in"
            + " style-src alone passes, as Observatory scores it neutral.")
public record CspCheck() implements Check<CspCheck.Policies> {

  private static final Set<String> DANGEROUSLY_BROAD =
      Set.of("ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*");
  private static final Set<String> UNSAFE_INLINE = Set.of("'unsafe-inline'", "data:");
  private static final List<String> NONCES_HASHES =
      List.of("'sha256-", "'sha384-", "'sha512-", "'nonce-");
  private static final List<String> PASSIVE = List.of("img-src", "media-src");

  /**
   * The policies a page sends.
   *
   * @param url the page
   * @param status its status
   * @param headers every Content-Security-Policy header value
   * @param reportOnly every Content-Security-Policy-Report-Only header value
   * @param meta the content of every {@code <meta http-equiv="Content-Security-Policy">}
   */
  public record Policies(
      String url, int status, List<String> headers, List<String> reportOnly, List<String> meta) {
    public Policies {
      headers = List.copyOf(headers);
      reportOnly = List.copyOf(reportOnly);
      meta = List.copyOf(meta);
    }
  }

  /** Observatory's CSP results, best first. */
  enum Result {
    NO_UNSAFE_DEFAULT_SRC_NONE("csp-implemented-with-no-unsafe-default-src-none"),
    NO_UNSAFE("csp-implemented-with-no-unsafe"),
    UNSAFE_INLINE_IN_STYLE_SRC_ONLY("csp-implemented-with-unsafe-inline-in-style-src-only"),
    INSECURE_SCHEME_PASSIVE("csp-implemented-with-insecure-scheme-in-passive-content-only"),
    UNSAFE_EVAL("csp-implemented-with-unsafe-eval"),
    UNSAFE_INLINE("csp-implemented-with-unsafe-inline"),
    INSECURE_SCHEME("csp-implemented-with-insecure-scheme"),
    HEADER_INVALID("csp-header-invalid"),
    NOT_IMPLEMENTED("csp-not-implemented"),
    REPORT_ONLY("csp-not-implemented-but-reporting-enabled");

    final String observatory;

    Result(String observatory) {
      this.observatory = observatory;
    }
  }

  /**
   * What the policies amount to.
   *
   * @param result the first (worst-ranked) finding
   * @param reason the detail behind it
   * @param directives the combined policy, for the message
   * @param repeated report-uri/report-to given twice
   * @param frameAncestors frame-ancestors from headers, or {@code null}
   */
  record Verdict(
      Result result,
      String reason,
      Map<String, Set<String>> directives,
      Set<String> repeated,
      Set<String> frameAncestors) {}

  @Override
  public Policies collect(Probe probe) throws IOException, InterruptedException {
    HttpResult r = Site.pageResponse(probe);
    Html html = Html.of(probe, r);
    return new Policies(
        r.url().toString(),
        r.status(),
        r.headers("content-security-policy"),
        r.headers("content-security-policy-report-only"),
        html == null ? List.of() : html.httpEquiv("content-security-policy"));
  }

  @Override
  public Judgement evaluate(Policies p) {
    Optional<Judgement> unusable = PageStatus.unusable(p.url(), p.status());
    if (unusable.isPresent()) {
      return unusable.get();
    }
    Verdict v = judge(p);
    String tag = " (" + v.result().observatory + ")";
    if (v.result() == Result.INSECURE_SCHEME_PASSIVE && !v.repeated().isEmpty()) {
      // Observatory lets a repeated report-uri replace this result with a neutral one
      return Judgement.warn(
          "the Content-Security-Policy of "
              + p.url()
              + " "
              + v.reason()
              + " and repeats "
              + String.join(" and ", v.repeated())
              + " (csp-implemented-but-duplicate-directives)");
    }
    return switch (v.result()) {
      case NO_UNSAFE_DEFAULT_SRC_NONE, NO_UNSAFE, UNSAFE_INLINE_IN_STYLE_SRC_ONLY ->
          v.repeated().isEmpty()
              ? Judgement.pass(p.url() + " enforces a Content-Security-Policy" + v.reason() + tag)
              : Judgement.warn(
                  p.url()
                      + " enforces a Content-Security-Policy but repeats "
                      + String.join(" and ", v.repeated())
                      + " (csp-implemented-but-duplicate-directives)");
      case NOT_IMPLEMENTED -> Judgement.fail(p.url() + " sends no Content-Security-Policy" + tag);
      case REPORT_ONLY ->
          Judgement.fail(
              p.url()
                  + " sends Content-Security-Policy-Report-Only only, which enforces nothing"
                  + tag);
      default ->
          Judgement.fail("the Content-Security-Policy of " + p.url() + " " + v.reason() + tag);
    };
  }

  /** The policies judged as Observatory judges them. */
  static Verdict judge(Policies p) {
    List<String> headerPolicies = splitAtCommas(p.headers());
    List<String> all = new ArrayList<>(headerPolicies);
    all.addAll(p.meta());
    CspParser.Parsed csp;
    try {
      csp = CspParser.parse(all);
    } catch (IllegalArgumentException e) {
      return new Verdict(
          Result.HEADER_INVALID, "is invalid: " + e.getMessage(), Map.of(), Set.of(), null);
    }
    Map<String, Set<String>> headerOnly = parseOrEmpty(headerPolicies, false);
    Map<String, Set<String>> metaOnly = parseOrEmpty(p.meta(), true);
    Set<String> frameAncestors = headerOnly.get("frame-ancestors");
    if (headerOnly.isEmpty() && metaOnly.isEmpty()) {
      Result r = p.reportOnly().isEmpty() ? Result.NOT_IMPLEMENTED : Result.REPORT_ONLY;
      return new Verdict(r, "", Map.of(), Set.of(), null);
    }
    Map<String, Set<String>> d = csp.directives();
    boolean https = p.url().regionMatches(true, 0, "https:", 0, 6);

    Set<String> objectSrc = first(d, "object-src", "default-src");
    Set<String> scriptSrc = first(d, "script-src", "default-src");
    Set<String> styleSrc = first(d, "style-src", "default-src");

    // a nonce or a hash makes browsers ignore 'unsafe-inline'
    for (Set<String> list : List.of(scriptSrc, styleSrc)) {
      if (hasNonceOrHash(list)) {
        list.remove("'unsafe-inline'");
      }
    }
    Result result = null;
    String reason = "";
    if (hasNonceOrHash(scriptSrc) && scriptSrc.contains("'strict-dynamic'")) {
      // with 'strict-dynamic', browsers ignore host and scheme sources, 'self' and 'unsafe-inline'
      scriptSrc.removeIf(
          s ->
              DANGEROUSLY_BROAD.stream().anyMatch(s::startsWith)
                  || s.equals("'self'")
                  || s.equals("'unsafe-inline'"));
    } else if (scriptSrc.contains("'strict-dynamic'")) {
      result = Result.HEADER_INVALID;
      reason = "uses 'strict-dynamic' without a nonce or hash";
    }

    List<String> active = new ArrayList<>();
    d.forEach(
        (name, sources) -> {
          if (!PASSIVE.contains(name) && !name.equals("script-src")) {
            active.addAll(sources);
          }
        });
    active.addAll(scriptSrc);
    List<String> passive = new ArrayList<>();
    for (String name : PASSIVE) {
      Set<String> s = d.containsKey(name) ? d.get(name) : d.get("default-src");
      if (s != null) {
        passive.addAll(s);
      }
    }

    if (scriptSrc.stream().anyMatch(s -> DANGEROUSLY_BROAD.contains(s) || UNSAFE_INLINE.contains(s))
        || objectSrc.stream().anyMatch(DANGEROUSLY_BROAD::contains)) {
      if (result == null) {
        result = Result.UNSAFE_INLINE;
        reason = unsafeReason(d, scriptSrc, objectSrc);
      }
    }
    if (https && active.stream().anyMatch(CspCheck::insecureScheme) && result == null) {
      result = Result.INSECURE_SCHEME;
      reason = "allows scripts or other active content over http: on an HTTPS page";
    }
    if ((scriptSrc.contains("'unsafe-eval'") || styleSrc.contains("'unsafe-eval'"))
        && result == null) {
      result = Result.UNSAFE_EVAL;
      reason = "allows 'unsafe-eval'";
    }
    if (https && passive.stream().anyMatch(CspCheck::insecureScheme) && result == null) {
      result = Result.INSECURE_SCHEME_PASSIVE;
      reason = "allows images or media over http: on an HTTPS page";
    }
    if (styleSrc.stream().anyMatch(s -> DANGEROUSLY_BROAD.contains(s) || UNSAFE_INLINE.contains(s))
        && result == null) {
      result = Result.UNSAFE_INLINE_IN_STYLE_SRC_ONLY;
      reason = " (styles may be inline or from anywhere; scripts may not)";
    }
    Set<String> defaultSrc = d.get("default-src");
    if (result == null) {
      if (defaultSrc != null && defaultSrc.equals(Set.of("'none'"))) {
        result = Result.NO_UNSAFE_DEFAULT_SRC_NONE;
        reason = " with default-src 'none'";
      } else {
        result = Result.NO_UNSAFE;
        reason = " without unsafe sources";
      }
    }
    return new Verdict(result, reason, d, csp.repeated(), frameAncestors);
  }

  private static String unsafeReason(
      Map<String, Set<String>> d, Set<String> scriptSrc, Set<String> objectSrc) {
    if (!d.containsKey("script-src") && !d.containsKey("default-src")) {
      return "sets neither script-src nor default-src, so scripts may come from anywhere";
    }
    if (!d.containsKey("object-src")
        && !d.containsKey("default-src")
        && objectSrc.stream().anyMatch(DANGEROUSLY_BROAD::contains)) {
      return "sets neither object-src nor default-src, so plugins may load from anywhere";
    }
    List<String> bad = new ArrayList<>();
    scriptSrc.stream()
        .filter(s -> DANGEROUSLY_BROAD.contains(s) || UNSAFE_INLINE.contains(s))
        .forEach(bad::add);
    if (!bad.isEmpty()) {
      return "lets scripts run from " + String.join(" ", bad);
    }
    objectSrc.stream().filter(DANGEROUSLY_BROAD::contains).forEach(bad::add);
    return "lets plugins load from " + String.join(" ", bad);
  }

  private static boolean insecureScheme(String s) {
    return s.startsWith("http:") || s.startsWith("ftp:");
  }

  private static boolean hasNonceOrHash(Set<String> sources) {
    return sources.stream().anyMatch(s -> NONCES_HASHES.stream().anyMatch(s::startsWith));
  }

  /**
   * The directive's own sources, else default-src's (the same set, as in Observatory, so narrowing
   * one narrows the other), else everything.
   */
  private static Set<String> first(Map<String, Set<String>> d, String name, String fallback) {
    Set<String> s = d.get(name);
    if (s == null) {
      s = d.get(fallback);
    }
    return s == null ? new LinkedHashSet<>(Set.of("*")) : s;
  }

  private static Map<String, Set<String>> parseOrEmpty(List<String> policies, boolean meta) {
    try {
      return meta
          ? CspParser.parseMeta(policies).directives()
          : CspParser.parse(policies).directives();
    } catch (IllegalArgumentException e) {
      return Map.of();
    }
  }

  /** A header may carry several policies separated by commas; each counts on its own. */
  static List<String> splitAtCommas(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part);
        }
      }
    }
    return out;
  }
}
