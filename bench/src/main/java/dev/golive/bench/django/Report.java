package dev.golive.bench.django;

import dev.golive.bench.django.DjangoComparison.Pair;
import dev.golive.bench.django.DjangoComparison.Result;
import dev.golive.bench.django.DjangoComparison.View;
import dev.golive.checks.Judgement;
import dev.golive.core.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The comparison's report, in Markdown. */
final class Report {
  private Report() {}

  static String markdown(String djangoVersion, List<Result> results) {
    StringBuilder b = new StringBuilder();
    b.append("Django ")
        .append(djangoVersion)
        .append(" `check --deploy` against golive's config checks, ")
        .append(results.size())
        .append(" scenarios. golive is given ");
    View[] views = View.values();
    for (int i = 0; i < views.length; i++) {
      View v = views[i];
      b.append(i == 0 ? "" : i == views.length - 1 ? " or " : ", ")
          .append('`')
          .append(v.label)
          .append("` (")
          .append(v.what)
          .append(')');
    }
    b.append(
        ". A Django warning counts as flagging the setting; a golive finding when it is `fail`"
            + " (`warn` and `skipped` do not; `error` decides nothing).\n\n");

    b.append("| Django | golive | ");
    for (View v : View.values()) {
      b.append(v.label).append(" | ");
    }
    b.append("\n|---|---|");
    b.append("---:|".repeat(View.values().length));
    b.append('\n');
    List<String> differences = new ArrayList<>();
    for (Pair p : DjangoComparison.PAIRS) {
      b.append("| `").append(p.django()).append("` ").append(p.setting()).append(" | `");
      b.append(p.check()).append("` | ");
      for (View v : View.values()) {
        int agree = 0;
        int undecided = 0;
        for (Result r : results) {
          boolean django = djangoIds(r, v).contains(p.django());
          Boolean golive = DjangoComparison.flags(r.golive().get(v).get(p.check()));
          if (golive == null) {
            undecided++;
          } else if (golive == django) {
            agree++;
          } else {
            differences.add(difference(r, p, v, django));
          }
        }
        b.append(agree).append(" of ").append(results.size());
        if (undecided > 0) {
          b.append(" (").append(undecided).append(" undecided)");
        }
        b.append(" | ");
      }
      b.append('\n');
    }

    int total = DjangoComparison.PAIRS.size() * View.values().length * results.size();
    long unexpected = differences.stream().filter(d -> d.contains("**unexpected**")).count();
    b.append("\n")
        .append(total - differences.size() - undecidedTotal(results))
        .append(" of ")
        .append(total)
        .append(" comparisons agree; ")
        .append(differences.size())
        .append(" differ, ")
        .append(
            unexpected == 0
                ? "all of them on purpose (below)"
                : unexpected + " of them unexpectedly")
        .append(".\n");

    b.append("\nPer scenario (golive's outcome for env / env+repo / literal; Django's ids from the")
        .append(
            " settings that read the environment, and from the literal ones when they differ):\n\n");
    b.append("| scenario | Django | ");
    DjangoComparison.PAIRS.forEach(p -> b.append('`').append(p.check()).append("` | "));
    b.append("\n|---|---|");
    b.append("---|".repeat(DjangoComparison.PAIRS.size()));
    b.append('\n');
    for (Result r : results) {
      b.append("| ").append(r.scenario().name()).append(" (").append(r.scenario().what());
      b.append(") | ").append(ids(r)).append(" | ");
      for (Pair p : DjangoComparison.PAIRS) {
        List<String> cells = new ArrayList<>();
        boolean same = true;
        for (View v : View.values()) {
          Judgement j = r.golive().get(v).get(p.check());
          cells.add(j.outcome().name().toLowerCase(Locale.ROOT));
          Boolean g = DjangoComparison.flags(j);
          same &= g != null && g == djangoIds(r, v).contains(p.django());
        }
        b.append(String.join(" / ", cells)).append(same ? "" : " **≠**").append(" | ");
      }
      b.append('\n');
    }

    b.append("\nDisagreements:\n\n");
    if (differences.isEmpty()) {
      b.append("- none\n");
    }
    differences.forEach(d -> b.append("- ").append(d).append('\n'));

    b.append("\nBeyond Django (it has no check for these; golive's outcome for env+repo):\n\n");
    b.append("| scenario | ");
    DjangoComparison.BEYOND.forEach(id -> b.append('`').append(id).append("` | "));
    b.append("\n|---|");
    b.append("---|".repeat(DjangoComparison.BEYOND.size()));
    b.append('\n');
    List<String> allPass = new ArrayList<>();
    for (Result r : results) {
      if (DjangoComparison.BEYOND.stream()
          .allMatch(id -> r.golive().get(View.ENV_REPO).get(id).outcome() == Outcome.PASS)) {
        allPass.add(r.scenario().name());
        continue;
      }
      b.append("| ").append(r.scenario().name()).append(" | ");
      for (String id : DjangoComparison.BEYOND) {
        Judgement j = r.golive().get(View.ENV_REPO).get(id);
        b.append(j.outcome().name().toLowerCase(Locale.ROOT));
        if (j.outcome() != Outcome.PASS) {
          b.append(": ").append(escape(j.message()));
        }
        b.append(" | ");
      }
      b.append('\n');
    }
    b.append("\nAll three pass in the other scenarios: ")
        .append(String.join(", ", allPass))
        .append(".\n");
    return b.toString();
  }

  private static int undecidedTotal(List<Result> results) {
    int n = 0;
    for (Result r : results) {
      for (View v : View.values()) {
        for (Pair p : DjangoComparison.PAIRS) {
          if (DjangoComparison.flags(r.golive().get(v).get(p.check())) == null) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static String difference(Result r, Pair p, View v, boolean django) {
    String why = r.scenario().differs().get(p.django());
    return r.scenario().name()
        + ", "
        + v.label
        + ": Django "
        + (django ? "warns " + p.django() : "is silent")
        + ", golive's "
        + p.check()
        + " "
        + r.golive().get(v).get(p.check()).outcome().name().toLowerCase(Locale.ROOT)
        + "s — "
        + (why == null ? "**unexpected**: " + r.golive().get(v).get(p.check()).message() : why);
  }

  /** The ids Django reported for the settings golive's view corresponds to. */
  private static Set<String> djangoIds(Result r, View v) {
    return v == View.LITERAL ? r.djangoLiteral().ids() : r.djangoEnv().ids();
  }

  private static String ids(Result r) {
    Set<String> env = new TreeSet<>(r.djangoEnv().ids());
    Set<String> literal = new TreeSet<>(r.djangoLiteral().ids());
    String shown = env.isEmpty() ? "silent" : String.join(", ", env);
    if (r.djangoEnv().exit() != 0) {
      shown += " (exit " + r.djangoEnv().exit() + ")";
    }
    if (!literal.equals(env)) {
      shown += "; literal: " + (literal.isEmpty() ? "silent" : String.join(", ", literal));
    }
    return shown;
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
