package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** The page does not let any origin read it with the visitor's cookies. */
@CheckInfo(
    id = "http.cors",
    needs = TargetKind.WEB,
    title = "CORS does not grant credentialed access to any origin",
    severity = Priority.HIGH,
    description =
        "Requests the page (the page as MDN HTTP Observatory picks it) again with an Origin header"
            + " naming an unrelated site and reads Access-Control-Allow-Origin and"
            + " Access-Control-Allow-Credentials. Fails when the answer echoes that origin, or"
            + " allows the origin null (which any site can take on in a sandboxed frame), and"
            + " allows credentials: any site could then read the page as the logged-in visitor."
            + " Passes when CORS is not offered, when it is public (*, with which browsers never"
            + " send credentials, whatever Allow-Credentials says), or when it names another"
            + " origin. Observatory asks with an OPTIONS preflight; golive asks with a GET,"
            + " which servers answer the same way as a rule.")
public record CorsCheck() implements Check<CorsCheck.Answer> {

  /** An origin no site's CORS policy can have good reason to trust. */
  static final String FOREIGN_ORIGIN = "https://cors-probe.golive.invalid";

  /**
   * The page's answer to a request from another origin.
   *
   * @param url the page
   * @param status the status of that answer
   * @param origin the Origin sent
   * @param allowOrigin Access-Control-Allow-Origin, or {@code null}
   * @param allowCredentials Access-Control-Allow-Credentials, or {@code null}
   */
  public record Answer(
      String url, int status, String origin, String allowOrigin, String allowCredentials) {}

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    URI page = Site.pageResponse(probe).url();
    HttpResult r = probe.fetch(page, Map.of("Origin", FOREIGN_ORIGIN));
    return new Answer(
        page.toString(),
        r.status(),
        FOREIGN_ORIGIN,
        r.header("access-control-allow-origin"),
        r.header("access-control-allow-credentials"));
  }

  @Override
  public Judgement evaluate(Answer a) {
    if (a.allowOrigin() == null) {
      return Judgement.pass(
          a.url()
              + " grants no cross-origin access (cross-origin-resource-sharing-not-implemented)");
    }
    String allow = a.allowOrigin().trim();
    if (allow.equals("*")) {
      return Judgement.pass(
          a.url()
              + " allows any origin to read it without credentials (Access-Control-Allow-Origin:"
              + " *; cross-origin-resource-sharing-implemented-with-public-access)");
    }
    boolean credentials =
        a.allowCredentials() != null
            && a.allowCredentials().trim().toLowerCase(Locale.ROOT).equals("true");
    if (allow.equals("null") && credentials) {
      return Judgement.fail(
          a.url()
              + " allows the origin null with credentials: any site can read it as the visitor"
              + " from a sandboxed frame, whose origin is null"
              + " (cross-origin-resource-sharing-implemented-with-universal-access)");
    }
    if (allow.equals(a.origin()) && credentials) {
      return Judgement.fail(
          a.url()
              + " echoes the foreign origin "
              + a.origin()
              + " in Access-Control-Allow-Origin and allows credentials, so any site can read it"
              + " as the visitor (cross-origin-resource-sharing-implemented-with-universal-access)");
    }
    return Judgement.pass(
        a.url()
            + " allows only "
            + allow
            + (allow.equals(a.origin()) ? ", without credentials" : "")
            + " (cross-origin-resource-sharing-implemented-with-restricted-access)");
  }
}
