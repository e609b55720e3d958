package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The page travels compressed to clients that accept it. */
@CheckInfo(
    id = "http.compression",
    needs = TargetKind.WEB,
    title = "The page is sent compressed",
    severity = Priority.MEDIUM,
    description =
        "Requests the page (the page as MDN HTTP Observatory picks it) with Accept-Encoding: gzip,"
            + " deflate and reads Content-Encoding. Passes when the answer is compressed (gzip,"
            + " deflate, br, zstd); warns when it is but Vary lacks Accept-Encoding, so a shared"
            + " cache may hand compressed bytes to a client that cannot read them. Fails when a"
            + " text answer of at least min-bytes comes uncompressed. Skipped for smaller answers"
            + " and for media types that do not compress (images, archives). Not an MDN HTTP"
            + " Observatory test.")
public record CompressionCheck(
    @Param(
            description = "Smallest uncompressed answer, in bytes, that must be compressed",
            defaultValue = "1024",
            example = "512")
        int minBytes)
    implements Check<CompressionCheck.Encoding> {

  /** What {@link dev.golive.checks.http.HttpFetcher} offers in every request. */
  static final String ACCEPTED = "gzip, deflate";

  /**
   * How the page came.
   *
   * @param url the page
   * @param status its status
   * @param mediaType its media type
   * @param accepted the Accept-Encoding sent
   * @param contentEncoding Content-Encoding, or {@code null}
   * @param vary Vary, or {@code null}
   * @param wireBytes body bytes on the wire
   * @param bytes body bytes once decompressed (at most the fetch limit)
   */
  public record Encoding(
      String url,
      int status,
      String mediaType,
      String accepted,
      String contentEncoding,
      String vary,
      long wireBytes,
      long bytes) {}

  public CompressionCheck {
    if (minBytes < 0) {
      throw new IllegalArgumentException("'min-bytes' must not be negative");
    }
  }

  @Override
  public Encoding collect(Probe probe) throws IOException, InterruptedException {
    HttpResult r = Site.pageResponse(probe);
    return new Encoding(
        r.url().toString(),
        r.status(),
        r.mediaType(),
        ACCEPTED,
        r.header("content-encoding"),
        String.join(", ", r.headers("vary")),
        r.bodyBytes(),
        r.contentEncoding() == null ? r.bodyBytes() : r.body().length);
  }

  @Override
  public Judgement evaluate(Encoding e) {
    Optional<Judgement> unusable = PageStatus.unusable(e.url(), e.status());
    if (unusable.isPresent()) {
      return unusable.get();
    }
    if (!compressible(e.mediaType())) {
      return Judgement.skipped(
          e.url()
              + " is "
              + (e.mediaType().isEmpty() ? "untyped" : e.mediaType())
              + ", which compression does not help");
    }
    String encoding =
        e.contentEncoding() == null ? "" : e.contentEncoding().trim().toLowerCase(Locale.ROOT);
    if (!encoding.isEmpty() && !encoding.equals("identity")) {
      boolean varies =
          e.vary() != null
              && (e.vary().trim().equals("*")
                  || Arrays.stream(e.vary().split(","))
                      .anyMatch(v -> v.trim().equalsIgnoreCase("accept-encoding")));
      String sizes = " (" + e.wireBytes() + " bytes for " + e.bytes() + ")";
      if (!varies) {
        return Judgement.warn(
            e.url()
                + " comes "
                + encoding
                + "-compressed"
                + sizes
                + " but without Vary: Accept-Encoding, so shared caches may serve it to clients"
                + " that cannot decompress it");
      }
      return Judgement.pass(e.url() + " comes " + encoding + "-compressed" + sizes);
    }
    if (e.bytes() < minBytes) {
      return Judgement.skipped(
          e.url()
              + " is only "
              + e.bytes()
              + " bytes, below the "
              + minBytes
              + " worth compressing");
    }
    return Judgement.fail(
        e.url()
            + " sends "
            + e.bytes()
            + " bytes of "
            + e.mediaType()
            + " uncompressed although the request accepted "
            + e.accepted());
  }

  static boolean compressible(String mediaType) {
    String t = mediaType.toLowerCase(Locale.ROOT);
    return t.startsWith("text/")
        || t.contains("json")
        || t.contains("xml")
        || t.contains("javascript")
        || t.contains("ecmascript")
        || t.equals("application/wasm")
        || t.equals("image/svg+xml")
        || t.equals("image/x-icon")
        || t.equals("image/vnd.microsoft.icon");
  }
}
