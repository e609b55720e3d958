package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** HSTS is sent on HTTPS responses with a long enough max-age. */
@CheckInfo(
    id = "http.hsts",
    title = "HSTS is enabled with a long max-age",
    severity = Priority.HIGH,
    description =
        "Requests the site over HTTPS and reads Strict-Transport-Security. Fails when it is"
            + " missing, malformed (no max-age, a directive given twice), or its max-age is below"
            + " min-max-age; include-subdomains and preload make those directives required.")
public record HstsCheck(
    @Param(
            description = "Lowest acceptable max-age in seconds (six months by default)",
            defaultValue = "15552000",
            example = "31536000")
        long minMaxAge,
    @Param(description = "Require includeSubDomains", defaultValue = "false")
        boolean includeSubdomains,
    @Param(description = "Require preload", defaultValue = "false") boolean preload)
    implements Check<ResponseEvidence> {

  private static final String HEADER = "strict-transport-security";

  @Override
  public ResponseEvidence collect(Probe probe) throws IOException, InterruptedException {
    return ResponseEvidence.of(probe.fetch(Https.of(probe.target().web())), HEADER);
  }

  @Override
  public Judgement evaluate(ResponseEvidence e) {
    List<String> values = e.values(HEADER);
    if (values.isEmpty()) {
      return Judgement.fail(e.url() + " sends no Strict-Transport-Security header");
    }
    Policy p;
    try {
      p = Policy.parse(values.getFirst());
    } catch (IllegalArgumentException bad) {
      return Judgement.fail("Strict-Transport-Security is malformed: " + bad.getMessage());
    }
    if (p.maxAge() < minMaxAge) {
      return Judgement.fail(
          "HSTS max-age is " + p.maxAge() + " s, below the required " + minMaxAge + " s");
    }
    if (includeSubdomains && !p.includeSubdomains()) {
      return Judgement.fail("HSTS lacks includeSubDomains");
    }
    if (preload && !p.preload()) {
      return Judgement.fail("HSTS lacks preload");
    }
    return Judgement.pass(
        "HSTS max-age is " + p.maxAge() + " s" + (p.preload() ? ", preload" : ""));
  }

  /** A parsed Strict-Transport-Security value (RFC 6797 section 6.1). */
  record Policy(long maxAge, boolean includeSubdomains, boolean preload) {
    static Policy parse(String value) {
      Long maxAge = null;
      boolean sub = false;
      boolean pre = false;
      Set<String> seen = new HashSet<>();
      for (String part : value.split(";")) {
        String d = part.trim();
        if (d.isEmpty()) {
          continue;
        }
        int eq = d.indexOf('=');
        String name = (eq < 0 ? d : d.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        if (!seen.add(name)) {
          throw new IllegalArgumentException("directive '" + name + "' is given twice");
        }
        switch (name) {
          case "max-age" -> {
            String v = eq < 0 ? "" : d.substring(eq + 1).trim().replace("\"", "");
            try {
              maxAge = Long.parseLong(v);
            } catch (NumberFormatException ex) {
              throw new IllegalArgumentException("max-age '" + v + "' is not a number", ex);
            }
          }
          case "includesubdomains" -> sub = true;
          case "preload" -> pre = true;
          default -> {
            // unknown directives are ignored, as the RFC says
          }
        }
      }
      if (maxAge == null) {
        throw new IllegalArgumentException("no max-age");
      }
      return new Policy(maxAge, sub, pre);
    }
  }
}
