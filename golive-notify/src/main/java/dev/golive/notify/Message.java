package dev.golive.notify;

import java.util.List;

/**
 * An event in words, in one language, before any markup: each channel lays these parts out in its
 * own format (plain text, Slack mrkdwn, Telegram HTML, e-mail HTML) and escapes them for it.
 *
 * @param title one short line
 * @param summary one or two sentences
 * @param facts labelled values, in order
 * @param link where to see more, or {@code null}
 * @param linkText the words for the link
 * @param note a remark shown last (a test message says so), or {@code null}
 */
public record Message(
    String title, String summary, List<Fact> facts, String link, String linkText, String note) {

  /** A labelled value, as "Host: shop.example". */
  public record Fact(String label, String value) {}

  public Message {
    facts = List.copyOf(facts);
  }

  /** The message as plain text: title, summary, facts one a line, link, note. */
  public String plain() {
    StringBuilder b = new StringBuilder(title).append("\n\n").append(summary).append('\n');
    if (!facts.isEmpty()) {
      b.append('\n');
      for (Fact f : facts) {
        b.append(f.label()).append(": ").append(f.value()).append('\n');
      }
    }
    if (link != null) {
      b.append('\n').append(linkText).append(": ").append(link).append('\n');
    }
    if (note != null) {
      b.append('\n').append(note).append('\n');
    }
    return b.toString();
  }

  /** {@code text} cut to at most {@code max} characters, with an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    if (max <= 1) {
      return max <= 0 ? "" : "…";
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
