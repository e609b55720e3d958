package dev.golive.engine;

import dev.golive.core.model.Item;
import dev.golive.core.model.Problem;
import dev.golive.core.read.SourceDocument;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bindings written on an item's own line: {@code - [x] HSTS enabled <!-- golive: http.hsts
 * min-max-age=31536000; tls.expiry -->}, several checks separated by {@code ;}.
 */
public final class InlineBindings {
  private static final Pattern COMMENT =
      Pattern.compile("<!--\\s*golive\\s*:(.*?)-->", Pattern.CASE_INSENSITIVE);

  private InlineBindings() {}

  /** Every binding comment on the items' lines, in document order. */
  public static void read(
      SourceDocument doc, Consumer<Binding> bindings, Consumer<Problem> problems) {
    String file = doc.checklist().path();
    List<Item> items = doc.checklist().items();
    List<String> lines = doc.lines();
    for (int i = 0; i < items.size(); i++) {
      int line = items.get(i).line();
      if (line < 1 || line > lines.size()) {
        continue;
      }
      Matcher m = COMMENT.matcher(lines.get(line - 1));
      while (m.find()) {
        for (String part : splitChecks(m.group(1))) {
          if (part.isBlank()) {
            continue;
          }
          BindingSpec.Parsed p = BindingSpec.parse(part);
          if (!p.problems().isEmpty()) {
            p.problems().forEach(msg -> problems.accept(new Problem(file, line, msg)));
            continue;
          }
          bindings.accept(
              new Binding(file, line, i, p.check(), p.params(), Binding.Source.INLINE, 1.0));
        }
      }
    }
  }

  /** Splits a comment's text into its bindings: at semicolons outside double quotes. */
  public static List<String> splitChecks(String text) {
    List<String> parts = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ';' && !quoted) {
        parts.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString().trim());
    return parts;
  }
}
