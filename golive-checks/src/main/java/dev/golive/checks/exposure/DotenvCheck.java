package dev.golive.checks.exposure;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.util.List;

/** The site does not serve its dotenv files. */
@CheckInfo(
    id = "exposure.dotenv",
    needs = TargetKind.WEB,
    title = "Dotenv files are not served",
    severity = Priority.CRITICAL,
    description =
        "Requests /.env and its usual variants without following redirects. Fails when one"
            + " answers 2xx with a dotenv file: plain text, neither a page nor binary, whose"
            + " meaningful lines are mostly KEY=value assignments. A site that answers every path"
            + " with its own HTML page (a catch-all) passes, as do 3xx, 401, 403 and 404. The"
            + " evidence names the keys found, never their values. A path that cannot be read"
            + " makes the check an error.")
public record DotenvCheck(
    @Param(
            description = "Paths to request, relative to the site's root",
            defaultValue =
                "/.env,/.env.local,/.env.production,/.env.prod,/.env.development,/.env.dev,"
                    + "/.env.staging,/.env.backup,/.env.bak,/.env.old,/.env.save",
            example = "/.env,/api/.env")
        List<String> paths)
    implements Check<ExposureEvidence> {

  public DotenvCheck {
    paths = Paths.checked(paths);
  }

  @Override
  public ExposureEvidence collect(Probe probe) throws InterruptedException {
    return new ExposureEvidence(Fetches.paths(probe, paths, Detectors.DOTENV));
  }

  @Override
  public Judgement evaluate(ExposureEvidence e) {
    return e.judge(ExposureEvidence::servedMatch, "a dotenv file");
  }
}
