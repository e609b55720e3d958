package dev.golive.checks.exposure;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** No framework debug page or stack trace reaches visitors. */
@CheckInfo(
    id = "exposure.debug",
    needs = TargetKind.WEB,
    title = "Debug pages and stack traces are not shown to visitors",
    severity = Priority.CRITICAL,
    description =
        "Requests the home page, a path that cannot exist, the home page with a malformed query"
            + " (?%ff), and known debug paths (Symfony's /_profiler, Laravel Ignition's health"
            + " check, ELMAH, ASP.NET's trace.axd), without following redirects. Fails when any"
            + " answer, whatever its status, is a framework's debug page: Django's (DEBUG = True,"
            + " 'Using the URLconf'), the Werkzeug/Flask debugger, Laravel Ignition, Whoops, the"
            + " Symfony toolbar or profiler, Rails' 'Action Controller: Exception caught',"
            + " ASP.NET's detailed error page, Tracy, or PHP errors with file paths. A stack"
            + " trace (Python, Java, .NET, Node.js, Ruby, PHP, Go) in an error answer fails too;"
            + " in a 2xx page it only warns, since a page may quote one. A path that cannot be"
            + " read makes the check an error.")
public record DebugCheck(
    @Param(
            description = "Known debug paths to request besides the home page and a missing path",
            defaultValue = "/_profiler,/_ignition/health-check,/elmah.axd,/trace.axd",
            example = "/_profiler,/__debug__/")
        List<String> paths)
    implements Check<ExposureEvidence> {

  private static final Set<String> PAGES =
      Detectors.DEBUG_PAGES.stream().map(Detector::id).collect(Collectors.toUnmodifiableSet());

  public DebugCheck {
    paths = Paths.checked(paths);
  }

  @Override
  public ExposureEvidence collect(Probe probe) throws InterruptedException {
    List<String> all = new ArrayList<>();
    all.add("/");
    all.add("/golive-missing-" + UUID.randomUUID());
    all.add("/?%ff");
    all.addAll(paths);
    return new ExposureEvidence(Fetches.paths(probe, all, Detectors.DEBUG));
  }

  @Override
  public Judgement evaluate(ExposureEvidence e) {
    for (Seen s : e.responses()) {
      Optional<Match> page = s.matches().stream().filter(DebugCheck::isPage).findFirst();
      if (page.isPresent()) {
        return Judgement.fail(ExposureEvidence.describe(s, page.get()));
      }
    }
    for (Seen s : e.responses()) {
      if (s.answered() && !s.success() && !s.matches().isEmpty()) {
        return Judgement.fail(ExposureEvidence.describe(s, s.matches().getFirst()));
      }
    }
    for (Seen s : e.responses()) {
      if (s.success() && !s.matches().isEmpty()) {
        return Judgement.warn(
            ExposureEvidence.describe(s, s.matches().getFirst())
                + " (a page may quote one; make sure errors do not show it)");
      }
    }
    return e.judge(s -> false, "a debug page or a stack trace");
  }

  private static boolean isPage(Match m) {
    return PAGES.contains(m.signature());
  }
}
