package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Other sites cannot show the page in a frame (clickjacking). */
@CheckInfo(
    id = "http.frame-options",
    needs = TargetKind.WEB,
    title = "The page cannot be framed by other sites",
    severity = Priority.MEDIUM,
    description =
        "Reads the page's Content-Security-Policy frame-ancestors and X-Frame-Options headers (the"
            + " page as MDN HTTP Observatory picks it). frame-ancestors in a CSP header takes"
            + " precedence, as in browsers, and passes unless it lets any site frame the page (*,"
            + " https:; Observatory passes those too), even in a policy that repeats a directive,"
            + " which browsers enforce all the same. Otherwise X-Frame-Options DENY or SAMEORIGIN"
            + " passes, also among other values, as browsers read several values; ALLOW-FROM only"
            + " warns, since browsers ignore it; missing or any other value fails.")
public record FrameOptionsCheck() implements Check<ResponseEvidence> {
  private static final Set<String> ANY_SITE =
      Set.of("*", "http:", "https:", "ftp:", "http://*", "http://*.*", "https://*", "https://*.*");

  @Override
  public ResponseEvidence collect(Probe probe) throws IOException, InterruptedException {
    return ResponseEvidence.of(
        Site.pageResponse(probe), "x-frame-options", "content-security-policy");
  }

  @Override
  public Judgement evaluate(ResponseEvidence e) {
    Optional<Judgement> unusable = PageStatus.unusable(e.url(), e.status());
    if (unusable.isPresent()) {
      return unusable.get();
    }
    Set<String> ancestors = frameAncestors(e.values("content-security-policy"));
    if (ancestors != null) {
      List<String> broad = ancestors.stream().filter(ANY_SITE::contains).toList();
      if (!broad.isEmpty()) {
        return Judgement.fail(
            e.url()
                + " sends CSP frame-ancestors "
                + String.join(" ", broad)
                + ", which lets any site frame it and overrides X-Frame-Options"
                + " (Observatory counts it as x-frame-options-implemented-via-csp)");
      }
      return Judgement.pass(
          e.url()
              + " limits framing with CSP frame-ancestors "
              + String.join(" ", ancestors)
              + " (x-frame-options-implemented-via-csp)");
    }
    List<String> raw = e.values("x-frame-options");
    if (raw.isEmpty()) {
      return Judgement.fail(
          e.url()
              + " sends neither X-Frame-Options nor CSP frame-ancestors"
              + " (x-frame-options-not-implemented)");
    }
    Set<String> values = new LinkedHashSet<>();
    for (String v : raw) {
      for (String part : v.split(",")) {
        values.add(part.trim().toLowerCase(Locale.ROOT));
      }
    }
    String shown = String.join(", ", raw);
    if (values.size() > 1 && values.contains("allowall")) {
      // HTML standard, X-Frame-Options processing: conflicting values block framing
      return Judgement.pass(
          e.url()
              + " sends X-Frame-Options: "
              + shown
              + ", conflicting values with which browsers refuse all framing");
    }
    if (values.contains("deny") || values.contains("sameorigin")) {
      return Judgement.pass(
          e.url() + " sends X-Frame-Options: " + shown + " (x-frame-options-sameorigin-or-deny)");
    }
    if (values.stream().allMatch(v -> v.startsWith("allow-from"))) {
      return Judgement.warn(
          e.url()
              + " sends X-Frame-Options: "
              + shown
              + ", which browsers ignore; use CSP frame-ancestors"
              + " (x-frame-options-allow-from-origin)");
    }
    return Judgement.fail(
        e.url()
            + " sends X-Frame-Options: "
            + shown
            + ", which is not DENY or SAMEORIGIN (x-frame-options-header-invalid)");
  }

  /**
   * frame-ancestors from the CSP headers, or {@code null} when they set none or do not parse. A
   * directive repeated in a policy is ignored after its first appearance, as browsers ignore it:
   * the policy's frame-ancestors still holds (Observatory calls the whole policy invalid).
   */
  static Set<String> frameAncestors(List<String> cspHeaders) {
    try {
      Map<String, Set<String>> d =
          CspParser.parseAsBrowsers(CspCheck.splitAtCommas(cspHeaders)).directives();
      return d.get("frame-ancestors");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
