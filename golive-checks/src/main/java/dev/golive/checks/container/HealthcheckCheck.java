package dev.golive.checks.container;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.checks.container.Compose.Build;
import dev.golive.checks.container.Compose.Service;
import dev.golive.checks.container.Yaml.ListNode;
import dev.golive.checks.container.Yaml.MapNode;
import dev.golive.checks.container.Yaml.Node;
import dev.golive.checks.container.Yaml.Scalar;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every service of the compose files has a healthcheck, in the compose file or its Dockerfile. */
@CheckInfo(
    id = "container.healthcheck",
    needs = TargetKind.COMPOSE,
    title = "Every service has a healthcheck",
    severity = Priority.MEDIUM,
    description =
        "Reads the compose files (overrides merged, extends followed) and, for services built"
            + " here, the Dockerfile of their build context. A service passes with a healthcheck"
            + " test in the compose file, or a HEALTHCHECK in the stage its Dockerfile builds (or"
            + " a stage that one starts from). It fails with none, or with healthcheck disable:"
            + " true, test NONE or HEALTHCHECK NONE. An image's own HEALTHCHECK cannot be seen"
            + " from the files, so a service that only names an image needs one in the compose"
            + " file. One-off services that others wait for (service_completed_successfully) are"
            + " left out unless named in services.")
public record HealthcheckCheck(
    @Param(
            description = "The services that must have one; every long-running service when empty",
            defaultValue = "",
            example = "api,web")
        List<String> services)
    implements Check<HealthcheckCheck.Evidence> {

  /** Where a service's healthcheck comes from. */
  public enum Source {
    COMPOSE,
    DOCKERFILE,
    NONE,
    UNKNOWN
  }

  /**
   * One service's healthcheck.
   *
   * @param service the service
   * @param source where its healthcheck is written, {@code NONE}, or {@code UNKNOWN} when its
   *     Dockerfile cannot be read
   * @param disabled whether it is turned off ({@code disable: true}, {@code NONE})
   * @param where the file and line that decide it
   * @param note what else was seen: the image, or why the Dockerfile could not be read
   * @param job whether it is a one-off task others wait for
   */
  public record Seen(
      String service, Source source, boolean disabled, String where, String note, boolean job) {}

  /**
   * The healthchecks of the services of the compose files.
   *
   * @param files the compose files read
   * @param services each service's healthcheck
   */
  public record Evidence(List<String> files, List<Seen> services) {
    public Evidence {
      files = List.copyOf(files);
      services = List.copyOf(services);
    }
  }

  public HealthcheckCheck {
    services = List.copyOf(services);
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    Compose.Project p = Compose.of(probe);
    List<Seen> seen = new ArrayList<>();
    for (Service s : p.services()) {
      seen.add(seen(p, s));
    }
    return new Evidence(p.files(), seen);
  }

  static Seen seen(Compose.Project p, Service s) {
    MapNode hc = s.node().map("healthcheck");
    if (hc != null) {
      String where = s.node().whereOf("healthcheck").toString();
      String disable = p.value(hc.text("disable"));
      if (disable != null && disable.strip().toLowerCase(Locale.ROOT).equals("true")) {
        return new Seen(s.name(), Source.COMPOSE, true, where, "disable: true", s.job());
      }
      Node test = hc.get("test");
      if (test != null && !(test instanceof Scalar t && t.value() == null)) {
        boolean none = first(test).equalsIgnoreCase("NONE");
        return new Seen(s.name(), Source.COMPOSE, none, where, none ? "test: NONE" : null, s.job());
      }
    }
    Build b = s.build();
    if (b != null) {
      if (b.dockerfile() == null) {
        return new Seen(
            s.name(), Source.UNKNOWN, false, b.where().toString(), b.problem(), s.job());
      }
      Dockerfile.Stage stage = b.stage();
      Dockerfile.Health h = stage == null ? null : b.dockerfile().healthOf(stage);
      if (h == null) {
        Dockerfile.Stage root = stage == null ? null : b.dockerfile().root(stage);
        String base = root == null ? null : root.image();
        return new Seen(
            s.name(),
            Source.NONE,
            false,
            b.where().toString(),
            "no HEALTHCHECK in " + b.shownPath() + (base == null ? "" : " (FROM " + base + ")"),
            s.job());
      }
      String where = b.shownPath() + ":" + h.line();
      return new Seen(
          s.name(),
          Source.DOCKERFILE,
          h.none(),
          where,
          h.none() ? "HEALTHCHECK NONE" : null,
          s.job());
    }
    String image = p.shown(s.node().text("image"));
    return new Seen(
        s.name(),
        Source.NONE,
        false,
        s.where().toString(),
        image == null ? null : "image " + image,
        s.job());
  }

  private static String first(Node test) {
    if (test instanceof ListNode l
        && !l.items().isEmpty()
        && l.items().getFirst() instanceof Scalar s) {
      return s.value() == null ? "" : s.value().strip();
    }
    return test instanceof Scalar s && s.value() != null ? s.value().strip() : "";
  }

  @Override
  public Judgement evaluate(Evidence e) {
    List<Seen> chosen = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (services.isEmpty()) {
      e.services().stream().filter(s -> !s.job()).forEach(chosen::add);
    } else {
      for (String name : services) {
        e.services().stream()
            .filter(s -> s.service().equals(name))
            .findFirst()
            .ifPresentOrElse(chosen::add, () -> missing.add(name));
      }
    }
    String files = String.join(" + ", e.files());
    List<String> failed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> ok = new ArrayList<>();
    for (Seen s : chosen) {
      switch (s.source()) {
        case NONE -> failed.add(s.service() + " (none: " + detail(s) + ")");
        case UNKNOWN -> unknown.add(s.service() + " (" + s.note() + ")");
        case COMPOSE, DOCKERFILE -> {
          if (s.disabled()) {
            failed.add(s.service() + " (turned off: " + s.note() + ", " + s.where() + ")");
          } else {
            ok.add(s.service() + " (" + s.where() + ")");
          }
        }
      }
    }
    if (!failed.isEmpty()) {
      return Judgement.fail(
          failed.size()
              + " of "
              + Listing.count(chosen.size(), "service")
              + " in "
              + files
              + " have no working healthcheck: "
              + Listing.of(failed));
    }
    if (!missing.isEmpty()) {
      return Judgement.error(
          files + " defines no service " + String.join(", ", missing) + " (services parameter)");
    }
    if (!unknown.isEmpty()) {
      return Judgement.error(
          "the healthcheck of " + Listing.of(unknown) + " cannot be read from " + files);
    }
    if (chosen.isEmpty()) {
      return Judgement.skipped(files + " has only one-off services");
    }
    return Judgement.pass(
        "all "
            + Listing.count(chosen.size(), "service")
            + " in "
            + files
            + " have a healthcheck: "
            + Listing.of(ok));
  }

  private static String detail(Seen s) {
    return s.note() == null ? s.where() : s.note() + ", " + s.where();
  }
}
