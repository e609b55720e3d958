package dev.golive.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.golive.server.JsonIO;
import dev.golive.store.ServerAccess;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formatting for the templates: scores, times, verdict classes, sparklines, evidence. */
public final class Fmt {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** One writer for all evidence: a mapper's copy would build its serializers again each time. */
  private static final ObjectWriter INDENTED =
      JsonIO.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);

  private Fmt() {}

  /** {@code 85%}, or {@code –} without a score. */
  public static String percent(Double score) {
    return score == null ? "–" : Math.round(score) + "%";
  }

  public static String when(Instant i) {
    return i == null ? "–" : WHEN.format(i);
  }

  /** A CSS class for a verdict or outcome id: {@code NO-GO} → {@code v-no-go}. */
  public static String css(String id) {
    return "v-" + (id == null ? "none" : id.toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /**
   * An inline SVG line of the scores, 0–100 bottom to top, with a dot on the last; only numbers
   * from the store go into it.
   */
  public static String sparkline(List<ServerAccess.TrendPoint> points) {
    int w = 120;
    int h = 28;
    StringBuilder b =
        new StringBuilder("<svg class=\"spark\" viewBox=\"0 0 ")
            .append(w)
            .append(' ')
            .append(h)
            .append("\" width=\"")
            .append(w)
            .append("\" height=\"")
            .append(h)
            .append("\" role=\"img\" aria-hidden=\"true\">");
    List<ServerAccess.TrendPoint> scored = points.stream().filter(p -> p.score() != null).toList();
    if (scored.size() >= 1) {
      StringBuilder line = new StringBuilder();
      double x = 0;
      double y = 0;
      for (int i = 0; i < scored.size(); i++) {
        x = scored.size() == 1 ? w - 3 : 3 + i * (w - 6.0) / (scored.size() - 1);
        y = 3 + (100 - clamp(scored.get(i).score())) * (h - 6.0) / 100;
        if (i > 0) {
          line.append(' ');
        }
        tenths(line, x).append(',');
        tenths(line, y);
      }
      b.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"")
          .append(line)
          .append("\"/>");
      tenths(b.append("<circle cx=\""), x).append("\" cy=\"");
      tenths(b, y).append("\" r=\"2.5\" fill=\"currentColor\"/>");
    }
    return b.append("</svg>").toString();
  }

  /**
   * Appends {@code v} ≥ 0 with one decimal, rounded half up, as {@code %.1f} writes it in the root
   * locale (a dashboard draws thousands of these; the formatter would cost more than the page).
   */
  static StringBuilder tenths(StringBuilder b, double v) {
    long t = Math.round(v * 10);
    return b.append(t / 10).append('.').append(t % 10);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(100, v));
  }

  /** Evidence as indented JSON. */
  public static String json(Map<String, Object> evidence) {
    try {
      return INDENTED.writeValueAsString(evidence);
    } catch (JsonProcessingException e) {
      return String.valueOf(evidence);
    }
  }

  /** {@code Security › TLS}: a section path. */
  public static String section(List<String> path) {
    return path.isEmpty() ? "–" : String.join(" › ", path);
  }
}
