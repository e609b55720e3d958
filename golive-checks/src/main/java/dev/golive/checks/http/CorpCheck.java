package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The page says which sites may load it as a resource (Cross-Origin-Resource-Policy). */
@CheckInfo(
    id = "http.corp",
    needs = TargetKind.WEB,
    title = "Cross-Origin-Resource-Policy is set to a valid value",
    severity = Priority.LOW,
    description =
        "Reads Cross-Origin-Resource-Policy on the page (the page as MDN HTTP Observatory picks"
            + " it). same-origin and same-site pass, and so does cross-origin, a deliberate choice;"
            + " any other value fails, since browsers then ignore it (a header sent twice counts as"
            + " one combined value, as in the Fetch standard). A missing header warns, as"
            + " Observatory scores it neutral, or fails when required is set.")
public record CorpCheck(
    @Param(description = "Fail when the header is missing", defaultValue = "false")
        boolean required)
    implements Check<ResponseEvidence> {
  private static final String HEADER = "cross-origin-resource-policy";

  @Override
  public ResponseEvidence collect(Probe probe) throws IOException, InterruptedException {
    return ResponseEvidence.of(Site.pageResponse(probe), HEADER);
  }

  @Override
  public Judgement evaluate(ResponseEvidence e) {
    Optional<Judgement> unusable = PageStatus.unusable(e.url(), e.status());
    if (unusable.isPresent()) {
      return unusable.get();
    }
    List<String> values = e.values(HEADER);
    if (values.isEmpty()) {
      String message = e.url() + " sends no Cross-Origin-Resource-Policy (corp-not-implemented)";
      return required ? Judgement.fail(message) : Judgement.warn(message);
    }
    String v = String.join(", ", values).trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "same-origin", "same-site" ->
          Judgement.pass(
              e.url()
                  + " sends Cross-Origin-Resource-Policy: "
                  + v
                  + " (corp-implemented-with-"
                  + v
                  + ")");
      case "cross-origin" ->
          Judgement.pass(
              e.url()
                  + " sends Cross-Origin-Resource-Policy: cross-origin, letting any site load it"
                  + " (corp-implemented-with-cross-origin)");
      default ->
          Judgement.fail(
              e.url()
                  + " sends Cross-Origin-Resource-Policy: "
                  + String.join(", ", values)
                  + ", which browsers ignore (corp-header-invalid)");
    };
  }
}
