package dev.golive.checks.container;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.checks.container.Compose.Service;
import dev.golive.checks.container.Yaml.MapNode;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Every service has a memory limit, so one cannot starve the others. */
@CheckInfo(
    id = "container.resources",
    needs = TargetKind.COMPOSE,
    title = "Every service has a memory limit",
    severity = Priority.MEDIUM,
    description =
        "Reads mem_limit and deploy.resources.limits.memory of each service in the compose files"
            + " (and cpus and deploy.resources.limits.cpus). Passes when every service has a"
            + " memory limit other than 0; fails when one has none, so that a leak in it can take"
            + " the memory of the whole host. With require-cpus, a CPU limit is required too.")
public record ResourcesCheck(
    @Param(description = "Require a CPU limit as well", defaultValue = "false", example = "true")
        boolean requireCpus)
    implements Check<ResourcesCheck.Evidence> {

  /**
   * One service's limits.
   *
   * @param service the service
   * @param memory its memory limit as written ({@code 512m}, {@code 1G}), or {@code null}
   * @param cpus its CPU limit, or {@code null}
   * @param where the file and line that decide it
   */
  public record Seen(String service, String memory, String cpus, String where) {}

  /**
   * The limits of the services of the compose files.
   *
   * @param files the compose files read
   * @param services each service's limits
   */
  public record Evidence(List<String> files, List<Seen> services) {
    public Evidence {
      files = List.copyOf(files);
      services = List.copyOf(services);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    Compose.Project p = Compose.of(probe);
    List<Seen> seen = new ArrayList<>();
    for (Service s : p.services()) {
      MapNode deploy = s.node().map("deploy");
      MapNode resources = deploy == null ? null : deploy.map("resources");
      MapNode limits = resources == null ? null : resources.map("limits");
      String memory = p.value(s.node().text("mem_limit"));
      String where = s.node().whereOf("mem_limit").toString();
      if (blank(memory) && limits != null) {
        memory = p.value(limits.text("memory"));
        where = limits.whereOf("memory").toString();
      }
      if (blank(memory)) {
        where = s.where().toString();
      }
      String cpus = p.value(s.node().text("cpus"));
      if (blank(cpus) && limits != null) {
        cpus = p.value(limits.text("cpus"));
      }
      seen.add(new Seen(s.name(), blank(memory) ? null : memory, blank(cpus) ? null : cpus, where));
    }
    return new Evidence(p.files(), seen);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public Judgement evaluate(Evidence e) {
    String files = String.join(" + ", e.files());
    List<String> failed = new ArrayList<>();
    List<String> ok = new ArrayList<>();
    for (Seen s : e.services()) {
      boolean noMemory = s.memory() == null || s.memory().strip().matches("0+[a-zA-Z]*");
      boolean noCpus = requireCpus && (s.cpus() == null || s.cpus().strip().matches("0*\\.?0*"));
      if (noMemory || noCpus) {
        String what =
            noMemory && noCpus
                ? "no memory or CPU limit"
                : noMemory ? "no memory limit" : "no CPU limit";
        failed.add(s.service() + " (" + what + ", " + s.where() + ")");
      } else {
        ok.add(s.service() + " " + s.memory() + (s.cpus() == null ? "" : ", " + s.cpus() + " CPU"));
      }
    }
    if (!failed.isEmpty()) {
      return Judgement.fail(
          failed.size()
              + " of "
              + Listing.count(e.services().size(), "service")
              + " in "
              + files
              + " have no limit: "
              + Listing.of(failed));
    }
    return Judgement.pass(
        "all "
            + Listing.count(ok.size(), "service")
            + " in "
            + files
            + " have limits: "
            + Listing.of(ok));
  }
}
