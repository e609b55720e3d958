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
import java.util.Locale;
import java.util.Set;

/** Every service restarts by itself after a crash or a reboot. */
@CheckInfo(
    id = "container.restart-policy",
    needs = TargetKind.COMPOSE,
    title = "Every service has a restart policy",
    severity = Priority.MEDIUM,
    description =
        "Reads restart (always, unless-stopped, on-failure[:N], no) of each service in the compose"
            + " files, or deploy.restart_policy.condition (any, on-failure, none) when restart is"
            + " not given. Passes when every long-running service has a policy among allowed;"
            + " fails when one has none (Compose's default is no) or another. One-off services that"
            + " others wait for (service_completed_successfully) are left out.")
public record RestartPolicyCheck(
    @Param(
            description = "The policies that pass: always, unless-stopped, on-failure, no",
            defaultValue = "always,unless-stopped,on-failure",
            example = "always,unless-stopped")
        List<String> allowed)
    implements Check<RestartPolicyCheck.Evidence> {

  private static final Set<String> POLICIES =
      Set.of("always", "unless-stopped", "on-failure", "no");

  /**
   * One service's restart settings.
   *
   * @param service the service
   * @param restart its {@code restart}, or {@code null}
   * @param deployCondition its {@code deploy.restart_policy.condition}, or {@code null}
   * @param where the file and line that decide it
   * @param job whether it is a one-off task others wait for
   */
  public record Seen(
      String service, String restart, String deployCondition, String where, boolean job) {
    /** The policy in force, as a {@code restart} value: {@code no} when nothing is set. */
    public String policy() {
      if (restart != null && !restart.isBlank()) {
        String r = restart.strip().toLowerCase(Locale.ROOT);
        if (r.startsWith("on-failure")) {
          return "on-failure";
        }
        return r.equals("false") ? "no" : r;
      }
      if (deployCondition != null && !deployCondition.isBlank()) {
        return switch (deployCondition.strip().toLowerCase(Locale.ROOT)) {
          case "any" -> "always";
          case "on-failure" -> "on-failure";
          case "none" -> "no";
          default -> deployCondition.strip();
        };
      }
      return null;
    }
  }

  /**
   * The restart settings of the services of the compose files.
   *
   * @param files the compose files read
   * @param services each service's restart settings
   */
  public record Evidence(List<String> files, List<Seen> services) {
    public Evidence {
      files = List.copyOf(files);
      services = List.copyOf(services);
    }
  }

  public RestartPolicyCheck {
    allowed = allowed.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
    for (String a : allowed) {
      if (!POLICIES.contains(a)) {
        throw new IllegalArgumentException(
            "'allowed' takes always, unless-stopped, on-failure and no, not '" + a + "'");
      }
    }
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("'allowed' needs at least one policy");
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    Compose.Project p = Compose.of(probe);
    List<Seen> seen = new ArrayList<>();
    for (Service s : p.services()) {
      String restart = p.value(s.node().text("restart"));
      MapNode deploy = s.node().map("deploy");
      MapNode policy = deploy == null ? null : deploy.map("restart_policy");
      String condition = policy == null ? null : p.value(policy.text("condition"));
      String where =
          restart != null
              ? s.node().whereOf("restart").toString()
              : policy != null ? deploy.whereOf("restart_policy").toString() : s.where().toString();
      seen.add(new Seen(s.name(), restart, condition, where, s.job()));
    }
    return new Evidence(p.files(), seen);
  }

  @Override
  public Judgement evaluate(Evidence e) {
    String files = String.join(" + ", e.files());
    List<Seen> chosen = e.services().stream().filter(s -> !s.job()).toList();
    if (chosen.isEmpty()) {
      return Judgement.skipped(files + " has only one-off services");
    }
    List<String> failed = new ArrayList<>();
    List<String> ok = new ArrayList<>();
    for (Seen s : chosen) {
      String policy = s.policy();
      if (policy == null) {
        failed.add(s.service() + " (none, " + s.where() + ")");
      } else if (!allowed.contains(policy)) {
        failed.add(s.service() + " (" + policy + ", " + s.where() + ")");
      } else {
        ok.add(s.service() + " " + policy);
      }
    }
    if (!failed.isEmpty()) {
      return Judgement.fail(
          failed.size()
              + " of "
              + Listing.count(chosen.size(), "service")
              + " in "
              + files
              + " do not restart by themselves as "
              + String.join(", ", allowed)
              + " would: "
              + Listing.of(failed));
    }
    return Judgement.pass(
        "all "
            + Listing.count(chosen.size(), "service")
            + " in "
            + files
            + " restart by themselves: "
            + Listing.of(ok));
  }
}
