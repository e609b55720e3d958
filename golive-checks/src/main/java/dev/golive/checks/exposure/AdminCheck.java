package dev.golive.checks.exposure;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.util.List;

/** Server status pages, management endpoints and directory listings are not public. */
@CheckInfo(
    id = "exposure.admin",
    needs = TargetKind.WEB,
    title = "Status pages, management endpoints and directory listings are not public",
    severity = Priority.HIGH,
    description =
        "Requests server and framework internals (/server-status, /server-info,"
            + " /actuator/env, /actuator/heapdump, /phpinfo.php, /info.php, /debug/pprof/,"
            + " /console) and a few directories, without following redirects. Fails when one"
            + " answers 2xx with what it is known to show: Apache's or nginx's status report,"
            + " Apache's server information, Spring Boot's environment, a heap dump, phpinfo(),"
            + " Go's pprof index, an interactive console, or a directory listing ('Index of /',"
            + " 'Directory listing for', '[To Parent Directory]'). A 2xx without that content"
            + " (a catch-all page) passes, as do 3xx, 401, 403 and 404. A path that cannot be read"
            + " makes the check an error.")
public record AdminCheck(
    @Param(
            description = "Paths to request, relative to the site's root",
            defaultValue =
                "/server-status,/server-info,/actuator/env,/actuator/heapdump,/phpinfo.php,"
                    + "/info.php,/debug/pprof/,/console,/,/uploads/,/static/,/assets/,/images/,"
                    + "/files/,/backup/",
            example = "/server-status,/actuator/env,/media/")
        List<String> paths)
    implements Check<ExposureEvidence> {

  public AdminCheck {
    paths = Paths.checked(paths);
  }

  @Override
  public ExposureEvidence collect(Probe probe) throws InterruptedException {
    return new ExposureEvidence(Fetches.paths(probe, paths, Detectors.ADMIN));
  }

  @Override
  public Judgement evaluate(ExposureEvidence e) {
    return e.judge(ExposureEvidence::servedMatch, "an internal page or a directory listing");
  }
}
