package dev.golive.engine;

import dev.golive.checks.Catalog;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Problem;
import dev.golive.core.read.SourceDocument;
import dev.golive.core.score.AuditAssessment;
import dev.golive.engine.config.GoliveConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one audit runs, as the command line and the server both prepare it: the checklists' items
 * bound to checks and the waivers of the config matched to items, with every problem found before
 * anything runs.
 *
 * @param plan the checks of every item
 * @param waivers the config's waivers that hold on the audit's day
 */
public record AuditSetup(Plan plan, Waivers waivers) {

  /**
   * Binds {@code docs} by their comments, the config's bindings and {@code proposed} (what the
   * auto-matcher offers, or nothing), and matches the config's waivers on {@code today}.
   */
  public static AuditSetup of(
      Catalog catalog,
      List<SourceDocument> docs,
      GoliveConfig config,
      List<Binding> proposed,
      LocalDate today) {
    return new AuditSetup(
        new Planner(catalog).plan(docs, config, proposed), Waivers.resolve(config, docs, today));
  }

  /** What stops the audit: bindings that name no check or item, waivers that name no item. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>(plan.problems());
    problems.addAll(waivers.problems());
    return problems;
  }

  /** Runs the checks against {@code targets} and judges every item. */
  public AuditAssessment run(List<Target> targets, Auditor.Options options) {
    return new Auditor(options).run(plan, targets, waivers);
  }

  /** This setup with other waivers, as a server adds the ones it keeps. */
  public AuditSetup withWaivers(Waivers other) {
    return new AuditSetup(plan, other);
  }

  /**
   * {@code targets} with what every target has unless it names its own: {@code defaults} under the
   * target's resources, {@code given} over them.
   */
  public static List<Target> complete(List<Target> targets, Resources defaults, Resources given) {
    List<Target> out = new ArrayList<>();
    for (Target t : targets) {
      out.add(t.withResources(defaults.overriddenBy(t.resources()).overriddenBy(given)));
    }
    return out;
  }

  /** The resources every target of a checklist has: the repository it lives in. */
  public static Resources defaults(Path checklist) {
    return Resources.NONE.with(TargetKind.REPO, repository(checklist).toString(), Path.of(""));
  }

  /** The repository {@code checklist} lives in, or its folder when it is in none. */
  public static Path repository(Path checklist) {
    Path folder = checklist.toAbsolutePath().getParent();
    for (Path p = folder; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return folder == null ? Path.of("").toAbsolutePath() : folder;
  }
}
