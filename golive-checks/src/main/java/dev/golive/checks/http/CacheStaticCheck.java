package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The page's own style sheets and scripts may be cached by browsers for a long time. */
@CheckInfo(
    id = "http.cache-static",
    needs = TargetKind.WEB,
    title = "Static assets are cached for a long time",
    severity = Priority.LOW,
    description =
        "Reads the style sheets and scripts the page links (<link rel=stylesheet>, preloads,"
            + " <script src>), keeps those on the site's own registrable domain (a third party's"
            + " caching is not the site's to fix), requests at most max-assets of them and reads"
            + " Cache-Control. An asset passes with 'immutable' or a max-age of at least"
            + " min-max-age (a week by default; fingerprinted files deserve a year), or with"
            + " Expires that far past its Date when Cache-Control gives no max-age; no-store,"
            + " no-cache or no lifetime at all fails. Assets that answer an error are listed and"
            + " not judged (a warning). Skipped when the page is not HTML or links no assets of its"
            + " own. Not an MDN HTTP Observatory test.")
public record CacheStaticCheck(
    @Param(
            description = "Shortest acceptable lifetime in seconds",
            defaultValue = "604800",
            example = "31536000")
        long minMaxAge,
    @Param(description = "Assets to request at most", defaultValue = "10") int maxAssets)
    implements Check<CacheStaticCheck.Assets> {

  /**
   * The page's own assets and how they may be cached.
   *
   * @param url the page
   * @param status its status
   * @param mediaType its media type
   * @param linked how many assets of its own the page links
   * @param assets the ones requested
   */
  public record Assets(String url, int status, String mediaType, int linked, List<Asset> assets) {
    public Assets {
      assets = List.copyOf(assets);
    }
  }

  /**
   * One asset's answer.
   *
   * @param url the asset
   * @param status its status; 0 when the request failed
   * @param cacheControl Cache-Control (all values joined), or {@code null}
   * @param expires Expires, or {@code null}
   * @param date Date, or {@code null}
   * @param problem why the request failed, or {@code null}
   */
  public record Asset(
      String url, int status, String cacheControl, String expires, String date, String problem) {}

  public CacheStaticCheck {
    if (minMaxAge < 0) {
      throw new IllegalArgumentException("'min-max-age' must not be negative");
    }
    if (maxAssets < 1 || maxAssets > 100) {
      throw new IllegalArgumentException("'max-assets' must be between 1 and 100");
    }
  }

  @Override
  public Assets collect(Probe probe) throws IOException, InterruptedException {
    HttpResult page = Site.pageResponse(probe);
    Html html = Html.of(probe, page);
    if (html == null) {
      return new Assets(page.url().toString(), page.status(), page.mediaType(), 0, List.of());
    }
    List<URI> own =
        html.staticAssets().stream()
            .filter(u -> Domains.sameSite(u.getHost(), page.url().getHost()))
            .toList();
    List<Asset> assets = new ArrayList<>();
    for (URI u : own.subList(0, Math.min(own.size(), maxAssets))) {
      URI asset = withoutFragment(u);
      try {
        HttpResult r = probe.fetch(asset);
        List<String> cc = r.headers("cache-control");
        assets.add(
            new Asset(
                asset.toString(),
                r.status(),
                cc.isEmpty() ? null : String.join(", ", cc),
                r.header("expires"),
                r.header("date"),
                null));
      } catch (IOException e) {
        assets.add(new Asset(asset.toString(), 0, null, null, null, e.getMessage()));
      }
    }
    return new Assets(page.url().toString(), page.status(), page.mediaType(), own.size(), assets);
  }

  @Override
  public Judgement evaluate(Assets a) {
    Optional<Judgement> unusable = PageStatus.unusable(a.url(), a.status());
    if (unusable.isPresent()) {
      return unusable.get();
    }
    if (!Html.isHtml(a.mediaType())) {
      return Judgement.skipped(a.url() + " is not HTML, so it links no assets");
    }
    if (a.assets().isEmpty()) {
      return Judgement.skipped(a.url() + " links no style sheets or scripts of its own");
    }
    List<String> broken = new ArrayList<>();
    List<String> tooShort = new ArrayList<>();
    int judged = 0;
    for (Asset asset : a.assets()) {
      if (asset.status() < 200 || asset.status() >= 300) {
        broken.add(
            asset.url()
                + (asset.status() == 0
                    ? " (" + asset.problem() + ")"
                    : " (" + asset.status() + ")"));
        continue;
      }
      judged++;
      String why = shortLived(asset);
      if (why != null) {
        tooShort.add(asset.url() + " " + why);
      }
    }
    if (judged == 0) {
      return Judgement.error(
          "none of the assets "
              + a.url()
              + " links could be fetched: "
              + String.join(", ", broken));
    }
    if (!tooShort.isEmpty()) {
      return Judgement.fail(
          tooShort.size()
              + " of "
              + judged
              + " assets of "
              + a.url()
              + " may be cached for less than "
              + human(minMaxAge)
              + ": "
              + String.join("; ", tooShort.subList(0, Math.min(3, tooShort.size())))
              + (tooShort.size() > 3 ? "; ..." : ""));
    }
    String ok =
        judged + " assets of " + a.url() + " may be cached for at least " + human(minMaxAge);
    if (!broken.isEmpty()) {
      return Judgement.warn(ok + ", but " + String.join(", ", broken) + " did not load");
    }
    return Judgement.pass(ok);
  }

  /** Why the asset is cached too briefly, or {@code null} when it is not. */
  private String shortLived(Asset asset) {
    Long maxAge = null;
    String cc = asset.cacheControl() == null ? "" : asset.cacheControl();
    for (String d : cc.split(",")) {
      String directive = d.trim().toLowerCase(Locale.ROOT);
      if (directive.equals("no-store") || directive.equals("no-cache")) {
        return "has Cache-Control: " + cc;
      }
      if (directive.equals("immutable")) {
        return null;
      }
      if (directive.startsWith("max-age=")) {
        try {
          maxAge = Long.parseLong(directive.substring(8).replace("\"", "").trim());
        } catch (NumberFormatException e) {
          return "has a max-age that is not a number: " + cc;
        }
      }
    }
    if (maxAge == null) {
      maxAge = expiresAfterDate(asset);
      if (maxAge == null) {
        return cc.isEmpty()
            ? "sends no Cache-Control, so browsers guess"
            : "has Cache-Control: " + cc + " without a max-age";
      }
      return maxAge < minMaxAge ? "expires after " + human(maxAge) + " (Expires)" : null;
    }
    return maxAge < minMaxAge ? "has max-age=" + maxAge + " (" + human(maxAge) + ")" : null;
  }

  private static Long expiresAfterDate(Asset asset) {
    if (asset.expires() == null || asset.date() == null) {
      return null;
    }
    try {
      ZonedDateTime expires =
          ZonedDateTime.parse(asset.expires().trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      ZonedDateTime date =
          ZonedDateTime.parse(asset.date().trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return Math.max(0, expires.toEpochSecond() - date.toEpochSecond());
    } catch (DateTimeParseException e) {
      // an Expires that does not parse means "already expired"
      return 0L;
    }
  }

  static String human(long seconds) {
    if (seconds >= 86400 && seconds % 86400 == 0) {
      long days = seconds / 86400;
      return days + (days == 1 ? " day" : " days");
    }
    if (seconds >= 3600 && seconds % 3600 == 0) {
      long hours = seconds / 3600;
      return hours + (hours == 1 ? " hour" : " hours");
    }
    return seconds + " s";
  }

  private static URI withoutFragment(URI u) {
    if (u.getRawFragment() == null) {
      return u;
    }
    String s = u.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }
}
