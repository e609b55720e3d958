package dev.golive.bench.audit;

import dev.golive.checks.Catalog;
import dev.golive.checks.CheckType;
import dev.golive.checks.TargetKind;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.Plan;
import dev.golive.engine.Planner;
import dev.golive.engine.config.GoliveConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The checklists the audit benchmark runs: one ticked item per check of the catalog that looks at a
 * site, bound with an inline comment as people write them, with parameters that suit the local
 * shop. Checks added to the catalog later are bound with their defaults, so the benchmark keeps
 * covering every check of a site.
 */
final class BenchChecklist {
  /** One item: a check and the parameters written beside it. */
  record Entry(CheckType type, Map<String, String> params) {
    Entry {
      params = new TreeMap<>(params);
    }

    /** The binding as written in the item's comment. */
    String spec() {
      StringBuilder s = new StringBuilder(type.id());
      params.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
      return s.toString();
    }
  }

  /**
   * Families whose checks need a name server or a TLS service of their own: not for many targets.
   */
  static final Set<String> NAME_AND_TLS = Set.of("dns", "tls");

  private BenchChecklist() {}

  /**
   * Every check of {@code catalog} that looks at the site and that {@code wanted} admits, with the
   * parameters a team would write for the shop.
   *
   * @param plainUrl the shop's plain-HTTP address for http.https-redirect, or {@code null} to leave
   *     the check its default (plain HTTP on the site's host, port 80)
   */
  static List<Entry> entries(Catalog catalog, Predicate<CheckType> wanted, String plainUrl) {
    List<Entry> out = new ArrayList<>();
    for (CheckType t : catalog.all()) {
      if (looksAtTheSite(t) && wanted.test(t)) {
        out.add(new Entry(t, params(t.id(), plainUrl)));
      }
    }
    return out;
  }

  /**
   * Whether the check looks only at what a shop on 127.0.0.1 gives: its site, API, TLS service and
   * name. Checks of a database, a repository, an environment ... need those, which the bench has
   * none of.
   */
  static boolean looksAtTheSite(CheckType t) {
    return t.needs().stream().noneMatch(TargetKind::isResource);
  }

  private static Map<String, String> params(String id, String plainUrl) {
    return switch (id) {
      case "http.https-redirect" -> plainUrl == null ? Map.of() : Map.of("from", plainUrl);
      // five requests: the fewest perf.latency judges on, one after another as it makes them
      case "perf.latency" -> Map.of("requests", "5");
      case "http.hsts" -> Map.of("min-max-age", "31536000");
      case "dns.caa" -> Map.of("issuers", "letsencrypt.org");
      default -> Map.of();
    };
  }

  /** The checklist as Markdown: one ticked item per entry. */
  static String markdown(String title, List<Entry> entries) {
    StringBuilder b = new StringBuilder("# ").append(title).append("\n");
    String family = null;
    for (Entry e : entries) {
      if (!e.type().family().equals(family)) {
        family = e.type().family();
        b.append("\n## ").append(family).append("\n\n");
      }
      b.append("- [x] ")
          .append(e.type().title())
          .append(" <!-- golive: ")
          .append(e.spec())
          .append(" -->\n");
    }
    return b.toString();
  }

  /** The plan golive makes of the checklist of {@code entries}; fails on any problem. */
  static Plan plan(Catalog catalog, String title, List<Entry> entries) {
    SourceDocument doc =
        ChecklistReader.readSource(
            "AUDIT_BENCH.md", markdown(title, entries).getBytes(StandardCharsets.UTF_8));
    Plan plan = new Planner(catalog).plan(List.of(doc), GoliveConfig.empty(), List.of());
    if (!plan.problems().isEmpty()) {
      throw new IllegalStateException(
          "the benchmark's checklist does not plan: "
              + String.join("; ", plan.problems().stream().map(p -> p.oneLine()).toList()));
    }
    if (plan.checkCount() != entries.size()) {
      throw new IllegalStateException(
          "the benchmark's checklist binds "
              + plan.checkCount()
              + " checks, not the "
              + entries.size()
              + " written");
    }
    return plan;
  }
}
