package dev.golive.checks.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dotenv file as python-dotenv and docker compose read it: {@code KEY=value} lines with an
 * optional {@code export}, {@code #} comments (after whitespace in an unquoted value), single
 * quotes taken literally but for {@code \'} and {@code \\}, double quotes with backslash escapes
 * and values over several lines, and {@code ${NAME}} or {@code ${NAME:-default}} expanded in
 * unquoted and double-quoted values from the file's earlier lines, then from {@code outside}. A
 * byte order mark and CRLF line ends are dropped. Lines it cannot read are reported by number,
 * never with their text, which may hold a secret.
 */
final class Dotenv {
  private final String text;
  private final Map<String, String> outside;
  private final Map<String, String> defined = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int pos;
  private int line = 1;

  /**
   * One assignment.
   *
   * @param name the variable
   * @param value its value after quotes, escapes and expansion
   * @param line the line it starts on, counting from 1
   * @param unresolved variables it refers to that neither the file nor {@code outside} sets; each
   *     stands for an empty string in {@code value}, as dotenv reads them
   */
  record Entry(String name, String value, int line, List<String> unresolved) {
    Entry {
      unresolved = List.copyOf(unresolved);
    }
  }

  /** What a file holds: every assignment in order (a name set twice appears twice). */
  record Parsed(List<Entry> entries, List<String> problems) {
    Parsed {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
    }

    /** The last assignment of each name, in the order names first appear. */
    Map<String, Entry> last() {
      Map<String, Entry> m = new LinkedHashMap<>();
      for (Entry e : entries) {
        m.put(e.name(), e);
      }
      return m;
    }
  }

  private Dotenv(String text, Map<String, String> outside) {
    this.text = text;
    this.outside = outside;
  }

  /** The text of a dotenv file: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1. */
  static String decode(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    try {
      return strict(StandardCharsets.UTF_8)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static java.nio.charset.CharsetDecoder strict(Charset c) {
    return c.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Reads {@code text}; {@code outside} answers {@code ${NAME}} for names the file does not set.
   */
  static Parsed parse(String text, Map<String, String> outside) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.replace("\r\n", "\n").replace('\r', '\n');
    Dotenv d = new Dotenv(t, outside);
    d.run();
    return new Parsed(d.entries, d.problems);
  }

  private void run() {
    while (pos < text.length()) {
      statement();
    }
  }

  private void statement() {
    skipBlanks();
    if (atLineEnd()) {
      nextLine();
      return;
    }
    if (peek() == '#') {
      skipToLineEnd();
      return;
    }
    int startLine = line;
    if (text.startsWith("export", pos)
        && pos + 6 < text.length()
        && (text.charAt(pos + 6) == ' ' || text.charAt(pos + 6) == '\t')) {
      pos += 6;
      skipBlanks();
    }
    String name = name();
    if (name == null) {
      problems.add("line " + startLine + " is not NAME=value");
      skipToLineEnd();
      return;
    }
    skipBlanks();
    if (atLineEnd() || peek() == '#') {
      // a name without a value: dotenv leaves it unset
      skipToLineEnd();
      return;
    }
    if (peek() != '=') {
      problems.add("line " + startLine + " is not NAME=value");
      skipToLineEnd();
      return;
    }
    pos++;
    skipBlanks();
    List<String> unresolved = new ArrayList<>();
    String value;
    if (!atLineEnd() && (peek() == '"' || peek() == '\'')) {
      char quote = peek();
      pos++;
      value = quote == '"' ? doubleQuoted(unresolved) : singleQuoted();
      if (value == null) {
        problems.add(
            "line "
                + startLine
                + ": the "
                + (quote == '"' ? "double" : "single")
                + " quote is never closed");
        return;
      }
      skipBlanks();
      if (!atLineEnd() && peek() != '#') {
        problems.add("line " + line + ": text after the closing quote is ignored");
      }
      skipToLineEnd();
    } else {
      value = unquoted(unresolved);
    }
    defined.put(name, value);
    entries.add(new Entry(name, value, startLine, unresolved));
  }

  private String name() {
    int start = pos;
    if (pos < text.length() && (Character.isLetter(peek()) || peek() == '_')) {
      pos++;
      while (pos < text.length()) {
        char c = peek();
        if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-') {
          pos++;
        } else {
          break;
        }
      }
      return text.substring(start, pos);
    }
    return null;
  }

  /** Up to the line end or a {@code #} after whitespace; trailing whitespace dropped. */
  private String unquoted(List<String> unresolved) {
    StringBuilder out = new StringBuilder();
    while (!atLineEnd()) {
      char c = peek();
      if (c == '#' && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
        skipToLineEnd();
        break;
      }
      if (c == '$' && text.startsWith("${", pos) && expand(out, unresolved)) {
        continue;
      }
      out.append(c);
      pos++;
    }
    if (!atEnd()) {
      nextLine();
    }
    return out.toString().strip();
  }

  /** After the opening {@code "}: up to the closing one, over lines; {@code null} if none. */
  private String doubleQuoted(List<String> unresolved) {
    StringBuilder out = new StringBuilder();
    while (!atEnd()) {
      char c = peek();
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c == '\\' && pos + 1 < text.length()) {
        char n = text.charAt(pos + 1);
        switch (n) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case '"', '\\', '\'', '$' -> out.append(n);
          default -> out.append('\\').append(n);
        }
        if (n == '\n') {
          line++;
        }
        pos += 2;
        continue;
      }
      if (c == '$' && text.startsWith("${", pos) && expand(out, unresolved)) {
        continue;
      }
      if (c == '\n') {
        line++;
      }
      out.append(c);
      pos++;
    }
    return null;
  }

  /** After the opening {@code '}: literal text up to the closing one, over lines. */
  private String singleQuoted() {
    StringBuilder out = new StringBuilder();
    while (!atEnd()) {
      char c = peek();
      if (c == '\'') {
        pos++;
        return out.toString();
      }
      if (c == '\\'
          && pos + 1 < text.length()
          && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '\\')) {
        out.append(text.charAt(pos + 1));
        pos += 2;
        continue;
      }
      if (c == '\n') {
        line++;
      }
      out.append(c);
      pos++;
    }
    return null;
  }

  /** {@code ${NAME}} or {@code ${NAME:-default}} at {@code pos}; false when it is not one. */
  private boolean expand(StringBuilder out, List<String> unresolved) {
    int close = text.indexOf('}', pos + 2);
    int newline = text.indexOf('\n', pos + 2);
    if (close < 0 || (newline >= 0 && newline < close)) {
      return false;
    }
    String inner = text.substring(pos + 2, close);
    int dash = inner.indexOf(":-");
    String ref = dash < 0 ? inner : inner.substring(0, dash);
    if (!ref.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return false;
    }
    String value = defined.containsKey(ref) ? defined.get(ref) : outside.get(ref);
    if (value == null || (value.isEmpty() && dash >= 0)) {
      if (dash >= 0) {
        value = inner.substring(dash + 2);
      } else {
        value = "";
        if (!unresolved.contains(ref)) {
          unresolved.add(ref);
        }
      }
    }
    out.append(value);
    pos = close + 1;
    return true;
  }

  private char peek() {
    return text.charAt(pos);
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private boolean atLineEnd() {
    return atEnd() || peek() == '\n';
  }

  private void skipBlanks() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
      pos++;
    }
  }

  private void skipToLineEnd() {
    while (!atLineEnd()) {
      pos++;
    }
    if (!atEnd()) {
      nextLine();
    }
  }

  private void nextLine() {
    pos++;
    line++;
  }
}
