package dev.golive.checks.exposure;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.util.List;

/** The site does not serve its Git repository. */
@CheckInfo(
    id = "exposure.git",
    needs = TargetKind.WEB,
    title = "The Git repository is not served",
    severity = Priority.CRITICAL,
    description =
        "Requests /.git/HEAD and /.git/config without following redirects. Fails when one"
            + " answers 2xx with the file itself: a HEAD that is 'ref: refs/...' or a bare commit"
            + " id, or a config with a [core] section, as plain text rather than a page. Whoever"
            + " can read these can usually download the whole history. A catch-all page, 3xx,"
            + " 401, 403 and 404 pass; a path that cannot be read makes the check an error.")
public record GitCheck(
    @Param(
            description = "Paths to request, relative to the site's root",
            defaultValue = "/.git/HEAD,/.git/config",
            example = "/.git/HEAD,/.git/config,/app/.git/HEAD")
        List<String> paths)
    implements Check<ExposureEvidence> {

  public GitCheck {
    paths = Paths.checked(paths);
  }

  @Override
  public ExposureEvidence collect(Probe probe) throws InterruptedException {
    return new ExposureEvidence(Fetches.paths(probe, paths, Detectors.GIT));
  }

  @Override
  public Judgement evaluate(ExposureEvidence e) {
    return e.judge(ExposureEvidence::servedMatch, "Git repository files");
  }
}
