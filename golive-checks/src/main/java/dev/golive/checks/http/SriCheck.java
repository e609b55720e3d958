package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Scripts from other sites come over HTTPS and carry an integrity hash. */
@CheckInfo(
    id = "http.sri",
    needs = TargetKind.WEB,
    title = "External scripts are loaded over HTTPS with Subresource Integrity",
    severity = Priority.MEDIUM,
    description =
        "Reads the <script src> elements of the page (the page as MDN HTTP Observatory picks"
            + " it) and judges them as Observatory does. Scripts on the site's own registrable"
            + " domain (relative, or an absolute URL on the same domain) need nothing. A script"
            + " from another domain fails the check unless it is loaded over HTTPS and carries an"
            + " integrity attribute. Protocol-relative URLs (//cdn...) take the page's scheme, as in"
            + " browsers (Observatory counts them as insecure). Skipped when the page is not HTML"
            + " or has no scripts.")
public record SriCheck() implements Check<SriCheck.Scripts> {
  private static final Pattern ABSOLUTE = Pattern.compile("(?i)^https?://");
  private static final Pattern PROTOCOL_RELATIVE = Pattern.compile("^//[^/]");

  /**
   * The scripts of a page.
   *
   * @param url the page
   * @param status its status
   * @param mediaType its media type
   * @param scripts every {@code <script>} in document order
   */
  public record Scripts(String url, int status, String mediaType, List<Script> scripts) {
    public Scripts {
      scripts = List.copyOf(scripts);
    }
  }

  /** A script: its {@code src} as written ({@code null} when inline) and its integrity. */
  public record Script(String src, String integrity) {}

  /** Observatory's results, best first. */
  enum Result {
    ALL_LOADED_SECURELY("sri-implemented-and-all-scripts-loaded-securely", true),
    EXTERNAL_LOADED_SECURELY("sri-implemented-and-external-scripts-loaded-securely", true),
    ALL_FROM_SECURE_ORIGIN("sri-not-implemented-but-all-scripts-loaded-from-secure-origin", true),
    NOT_IMPLEMENTED_BUT_SECURE("sri-not-implemented-but-external-scripts-loaded-securely", false),
    IMPLEMENTED_BUT_NOT_SECURE("sri-implemented-but-external-scripts-not-loaded-securely", false),
    NOT_IMPLEMENTED_NOT_SECURE(
        "sri-not-implemented-and-external-scripts-not-loaded-securely", false);

    final String observatory;
    final boolean good;

    Result(String observatory, boolean good) {
      this.observatory = observatory;
      this.good = good;
    }
  }

  @Override
  public Scripts collect(Probe probe) throws IOException, InterruptedException {
    HttpResult r = Site.pageResponse(probe);
    Html html = Html.of(probe, r);
    List<Script> scripts = new ArrayList<>();
    if (html != null) {
      html.scripts().forEach(s -> scripts.add(new Script(s.src(), s.integrity())));
    }
    return new Scripts(r.url().toString(), r.status(), r.mediaType(), scripts);
  }

  @Override
  public Judgement evaluate(Scripts s) {
    Optional<Judgement> unusable = PageStatus.unusable(s.url(), s.status());
    if (unusable.isPresent()) {
      return unusable.get();
    }
    if (!Html.isHtml(s.mediaType())) {
      return Judgement.skipped(
          s.url() + " is not HTML, so it loads no scripts (sri-not-implemented-response-not-html)");
    }
    if (s.scripts().isEmpty()) {
      return Judgement.skipped(
          s.url() + " has no scripts (sri-not-implemented-but-no-scripts-loaded)");
    }
    URI page = URI.create(s.url());
    boolean httpsPage = "https".equalsIgnoreCase(page.getScheme());
    Result result = null;
    boolean foreign = false;
    List<String> offenders = new ArrayList<>();
    for (Script script : s.scripts()) {
      if (script.src() == null) {
        continue;
      }
      String src = script.src();
      boolean secureScheme;
      boolean sameSite;
      if (PROTOCOL_RELATIVE.matcher(src).find()) {
        secureScheme = httpsPage;
        sameSite = Domains.sameSite(hostOf("https:" + src), page.getHost());
      } else if (ABSOLUTE.matcher(src).find()) {
        secureScheme = src.regionMatches(true, 0, "https:", 0, 6);
        sameSite = Domains.sameSite(hostOf(src), page.getHost());
      } else {
        secureScheme = httpsPage;
        sameSite = true;
      }
      boolean integrity = script.integrity() != null;
      if (sameSite) {
        if (integrity && secureScheme && result == null) {
          result = Result.ALL_LOADED_SECURELY;
        }
        continue;
      }
      foreign = true;
      Result r = null;
      if (integrity && !secureScheme) {
        r = Result.IMPLEMENTED_BUT_NOT_SECURE;
      } else if (!integrity && secureScheme) {
        r = Result.NOT_IMPLEMENTED_BUT_SECURE;
      } else if (!integrity) {
        r = Result.NOT_IMPLEMENTED_NOT_SECURE;
      }
      if (r != null) {
        offenders.add(src);
        if (result == null || r.compareTo(result) > 0) {
          result = r;
        }
      }
    }
    if (result == null) {
      result = foreign ? Result.EXTERNAL_LOADED_SECURELY : Result.ALL_FROM_SECURE_ORIGIN;
    }
    String tag = " (" + result.observatory + ")";
    if (result.good) {
      return Judgement.pass(
          s.url()
              + (foreign
                  ? " loads its external scripts over HTTPS with integrity hashes"
                  : " loads scripts from its own site only")
              + tag);
    }
    String what =
        switch (result) {
          case NOT_IMPLEMENTED_BUT_SECURE -> " without an integrity hash: ";
          case IMPLEMENTED_BUT_NOT_SECURE -> " over plain HTTP: ";
          default -> " over plain HTTP without an integrity hash: ";
        };
    return Judgement.fail(
        s.url() + " loads scripts from other sites" + what + String.join(", ", offenders) + tag);
  }

  private static String hostOf(String url) {
    try {
      String h = URI.create(url.trim()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
