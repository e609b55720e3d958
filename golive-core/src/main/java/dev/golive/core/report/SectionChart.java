package dev.golive.core.report;

import dev.golive.core.model.Item;
import dev.golive.core.model.State;
import dev.golive.core.score.FileAssessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The HTML report's "done by section" bar chart, drawn as inline SVG so the page stays offline. */
final class SectionChart {
  private static final int WIDTH = 400;
  private static final int ROW = 34;

  private SectionChart() {}

  /** Done and total items under one top-level or second-level heading path. */
  record Bar(List<String> section, int done, int total) {}

  /**
   * A bar per heading path cut to two levels, in document order; not-applicable items left out. An
   * item is done by its tick, or after an audit by its verdict.
   */
  static List<Bar> bars(FileAssessment f) {
    Map<List<String>, int[]> counts = new LinkedHashMap<>();
    List<Item> items = f.checklist().items();
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      if (i.state() == State.NOT_APPLICABLE) {
        continue;
      }
      List<String> key = i.section().subList(0, Math.min(2, i.section().size()));
      int[] n = counts.computeIfAbsent(key, s -> new int[2]);
      n[0] += f.isDone(k) ? 1 : 0;
      n[1]++;
    }
    List<Bar> bars = new ArrayList<>();
    counts.forEach((section, n) -> bars.add(new Bar(section, n[0], n[1])));
    return bars;
  }

  /** The chart, or an empty string when no item counts. */
  static String svg(FileAssessment f, Messages m) {
    List<Bar> bars = bars(f);
    if (bars.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
            WIDTH,
            bars.size() * ROW,
            Reports.html(m.get("label.bySection"))));
    for (int k = 0; k < bars.size(); k++) {
      Bar bar = bars.get(k);
      List<String> s = bar.section();
      String name = s.isEmpty() ? m.get("label.noSection") : s.getLast();
      String count = bar.done() + "/" + bar.total();
      int y = k * ROW;
      b.append("<g><title>")
          .append(
              Reports.html(Reports.sectionName(s, m) + ": " + count + " " + m.get("label.done")))
          .append("</title>");
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\">%s</text>",
              y + 13,
              Reports.html(Reports.truncate(name, 48))));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
              WIDTH,
              y + 13,
              count));
      b.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"track\" x=\"0\" y=\"%d\" width=\"%d\" height=\"10\" rx=\"3\"/>",
              y + 19,
              WIDTH));
      b.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"fill\" x=\"0\" y=\"%d\" width=\"%.1f\" height=\"10\" rx=\"3\"/></g>\n",
              y + 19,
              (double) WIDTH * bar.done() / bar.total()));
    }
    return b.append("</svg>\n").toString();
  }
}
