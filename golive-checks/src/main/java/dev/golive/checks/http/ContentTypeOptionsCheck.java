package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Browsers are told not to guess content types (X-Content-Type-Options: nosniff). */
@CheckInfo(
    id = "http.content-type-options",
    needs = TargetKind.WEB,
    title = "X-Content-Type-Options is nosniff",
    severity = Priority.MEDIUM,
    description =
        "Reads X-Content-Type-Options on the page (the page as MDN HTTP Observatory picks it)."
            + " Passes when its first value is nosniff, as the Fetch standard reads it; fails when"
            + " it is missing or says anything else.")
public record ContentTypeOptionsCheck() implements Check<ResponseEvidence> {
  private static final String HEADER = "x-content-type-options";

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
      return Judgement.fail(
          e.url() + " sends no X-Content-Type-Options (x-content-type-options-not-implemented)");
    }
    String first = values.getFirst().split(",", -1)[0].trim().toLowerCase(Locale.ROOT);
    if (first.equals("nosniff")) {
      return Judgement.pass(
          e.url() + " sends X-Content-Type-Options: nosniff (x-content-type-options-nosniff)");
    }
    return Judgement.fail(
        e.url()
            + " sends X-Content-Type-Options: "
            + String.join(", ", values)
            + ", not nosniff (x-content-type-options-header-invalid)");
  }
}
