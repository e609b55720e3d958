package dev.golive.core.read;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The words of an inline tree, as a reader sees them: no markup, breaks as spaces. */
final class PlainText {
  private PlainText() {}

  /** The plain text of {@code block}'s inline children, whitespace collapsed. */
  static String of(Node block) {
    return collapse(String.join(" ", lines(block)));
  }

  /**
   * The plain text of each line of {@code block}, split where its source has line breaks (a code
   * span across lines keeps them together, so the count may be lower than the source's).
   */
  @SuppressWarnings("ReferenceEquality") // nodes are compared by identity on purpose
  static List<String> lines(Node block) {
    List<String> lines = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Node node = block.getFirstChild();
    // Iterative walk: inline trees can nest deeply in hostile input.
    while (node != null) {
      boolean descend = true;
      if (node instanceof Text t) {
        out.append(t.getLiteral());
      } else if (node instanceof Code c) {
        out.append(c.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        lines.add(collapse(out));
        out.setLength(0);
      } else if (node instanceof HtmlInline) {
        descend = false;
      }
      if (descend && node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node != null && node != block && node.getNext() == null) {
        node = node.getParent();
      }
      node = node == null || node == block ? null : node.getNext();
    }
    lines.add(collapse(out));
    return lines;
  }

  static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
