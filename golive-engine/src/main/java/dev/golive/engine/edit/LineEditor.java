package dev.golive.engine.edit;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Item;
import dev.golive.core.model.Marker;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.BindingSpec;
import dev.golive.engine.InlineBindings;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits items' lines in a checklist's bytes and leaves every other byte as it was: the encoding
 * (UTF-8 with or without a byte-order mark, UTF-16 LE or BE, single-byte code pages), every line
 * ending (LF, CR LF, CR, mixed), text after the item and the lines around it. Only ASCII is ever
 * written into a file whose mojibake the reader repaired, so the broken bytes stay as they were.
 *
 * <p>Each edit reports whether it changed the line, found nothing to change, or refused (and why);
 * a refused edit leaves the line alone. Edits on the same line build on each other.
 */
public final class LineEditor {
  /** What an edit did. */
  public enum Status {
    CHANGED,
    UNCHANGED,
    REFUSED
  }

  /** The outcome of one edit on a line, with a sentence saying why when it did not change it. */
  public record Outcome(int line, Status status, String message) {
    static Outcome changed(int line) {
      return new Outcome(line, Status.CHANGED, "");
    }

    static Outcome unchanged(int line, String why) {
      return new Outcome(line, Status.UNCHANGED, why);
    }

    static Outcome refused(int line, String why) {
      return new Outcome(line, Status.REFUSED, why);
    }
  }

  /** One changed line as text, before and after, as its bytes decode (for previews). */
  public record Change(int line, String before, String after) {}

  /** A binding comment, written as {@link InlineBindings} reads it. */
  private static final Pattern BINDING =
      Pattern.compile("<!--\\s*golive\\s*:(.*?)-->", Pattern.CASE_INSENSITIVE);

  /** A box opening a list item, a block-quoted one, or a plain line. */
  private static final Pattern LINE_BOX =
      Pattern.compile(
          "^(?:[ \\t]*>)*[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?\\[([ \\txX~/\\-]?)\\]");

  /** A box at the start of a table cell. */
  private static final Pattern CELL_BOX =
      Pattern.compile("(?:^(?:[ \\t]*>)*[ \\t]*\\|?|\\|)[ \\t]*\\[([ \\txX~/\\-]?)\\]");

  /** Where a ballot-box symbol would stand: after the list marker, if any. */
  private static final Pattern SYMBOL_PLACE =
      Pattern.compile("^(?:[ \\t]*>)*[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?");

  private static final String OPEN_SYMBOL = "\u2610";
  private static final String DONE_SYMBOL = "\u2611";
  private static final String CROSSED_SYMBOL = "\u2612";

  private final SourceDocument doc;
  private final ByteLines lines;
  private final Map<Integer, byte[]> edited = new TreeMap<>();

  private LineEditor(SourceDocument doc, ByteLines lines) {
    this.doc = doc;
    this.lines = lines;
  }

  /**
   * An editor over {@code doc}'s bytes.
   *
   * @throws dev.golive.core.GoliveException when the bytes cannot be mapped to the lines read
   */
  public static LineEditor of(SourceDocument doc) {
    return new LineEditor(doc, ByteLines.of(doc));
  }

  /**
   * Writes {@code specs} into the item's line as {@code <!-- golive: spec; spec -->} at its end
   * (before trailing spaces, a hard-break backslash, or a table row's closing pipe). A line that
   * already has a golive comment gets the checks it does not yet name appended inside that comment;
   * a check it names already is left as the person wrote it.
   */
  public Outcome addBindings(Item item, List<String> specs) {
    int n = item.line();
    for (String spec : specs) {
      if (spec.isBlank()
          || spec.contains("-->")
          || spec.contains("<!--")
          || spec.contains("\n")
          || spec.contains("\r")) {
        return Outcome.refused(n, "'" + spec + "' cannot be written in a comment");
      }
    }
    String s = skeleton(n);
    Matcher m = BINDING.matcher(s);
    int last = -1;
    int lastStart = -1;
    while (m.find()) {
      last = m.end(1);
      lastStart = m.start(1);
    }
    if (last >= 0) {
      Set<String> named = new LinkedHashSet<>();
      for (String part : InlineBindings.splitChecks(s.substring(lastStart, last))) {
        named.add(BindingSpec.parse(part).check());
      }
      List<String> fresh =
          specs.stream().filter(spec -> !named.contains(BindingSpec.parse(spec).check())).toList();
      if (fresh.isEmpty()) {
        return Outcome.unchanged(n, "the line already binds these checks");
      }
      int at = lastStart + s.substring(lastStart, last).stripTrailing().length();
      char before = s.charAt(at - 1);
      String sep = before == ':' || before == ';' ? " " : "; ";
      return insert(n, at, sep + String.join("; ", fresh));
    }
    String unsafe = unsafeEnd(s);
    if (unsafe != null) {
      return Outcome.refused(n, unsafe + "; bind this item in golive.yaml instead");
    }
    return insertAtEnd(item, s, " <!-- golive: " + String.join("; ", specs) + " -->");
  }

  /**
   * Writes or refreshes {@code <!-- golive-KEY: value -->} at the end of the item's line, as a
   * stamp such as {@code <!-- golive-verified: 2025-06-01 -->}. Binding comments are not stamps:
   * {@code golive-KEY:} is not {@code golive:}.
   */
  public Outcome stamp(Item item, String key, String value) {
    int n = item.line();
    if (!key.matches("[a-z][a-z0-9-]*")
        || !value.matches("[\\x20-\\x7E]*")
        || value.contains("--")
        || value.contains(">")) {
      return Outcome.refused(n, "'" + key + ": " + value + "' cannot be written as a stamp");
    }
    String s = skeleton(n);
    Matcher m =
        Pattern.compile("<!--\\s*golive-" + Pattern.quote(key) + "\\s*:(.*?)-->").matcher(s);
    if (m.find()) {
      if (m.group(1).strip().equals(value)) {
        return Outcome.unchanged(n, "the line is stamped so already");
      }
      return replaceUnits(n, m.start(1), m.end(1) - m.start(1), " " + value + " ");
    }
    String unsafe = unsafeEnd(s);
    if (unsafe != null) {
      return Outcome.refused(n, unsafe);
    }
    return insertAtEnd(item, s, " <!-- golive-" + key + ": " + value + " -->");
  }

  /**
   * Ticks the item's box ({@code [x]}) or clears it ({@code [ ]}) on its marker line, in a list, a
   * plain line or a table cell; ballot boxes turn between {@code ☐} and {@code ☑}. A box in
   * progress ({@code [~]}, {@code [/]}) counts as not done; one marked not applicable ({@code [-]})
   * is never ticked. Items written with an emoji or a status word are refused.
   */
  public Outcome setBox(Item item, boolean done) {
    int n = item.line();
    if (item.marker() == Marker.EMOJI) {
      return Outcome.refused(n, "its state is written as an emoji; golive changes boxes only");
    }
    String s = skeleton(n);
    if (item.marker() == Marker.SYMBOL) {
      return setSymbol(n, s, done);
    }
    Matcher m = (item.marker() == Marker.TABLE ? CELL_BOX : LINE_BOX).matcher(s);
    if (!m.find()) {
      return Outcome.refused(
          n,
          item.marker() == Marker.TABLE
              ? "its state is written as a word in a table cell; golive changes boxes only"
              : "no box found on the item's line");
    }
    String inside = m.group(1);
    boolean ticked = inside.equalsIgnoreCase("x");
    if (inside.equals("-")) {
      return done
          ? Outcome.refused(n, "it is marked not applicable ([-])")
          : Outcome.unchanged(n, "it is marked not applicable ([-])");
    }
    if (ticked == done) {
      return Outcome.unchanged(n, done ? "already ticked" : "already not ticked");
    }
    return replaceUnits(n, m.start(1), inside.length(), done ? "x" : " ");
  }

  private Outcome setSymbol(int n, String s, boolean done) {
    Matcher place = SYMBOL_PLACE.matcher(s);
    if (!place.lookingAt()) {
      return Outcome.refused(n, "no ballot box found on the item's line");
    }
    int at = place.end();
    for (String symbol : List.of(OPEN_SYMBOL, DONE_SYMBOL, CROSSED_SYMBOL)) {
      byte[] encoded = encode(symbol);
      if (encoded != null && startsWith(current(n), at * lines.unit, encoded)) {
        boolean ticked = symbol.equals(DONE_SYMBOL);
        if (ticked == done) {
          return Outcome.unchanged(n, done ? "already ticked" : "already not ticked");
        }
        if (doc.decoded().repair() != null) {
          return Outcome.refused(n, "the file's mojibake would have to be written anew");
        }
        return replaceUnits(n, at, encoded.length / lines.unit, done ? DONE_SYMBOL : OPEN_SYMBOL);
      }
    }
    return Outcome.refused(n, "no ballot box found on the item's line");
  }

  /** Whether any edit changed the file. */
  public boolean changed() {
    return !edited.isEmpty();
  }

  /** The file's bytes with every edit made so far. */
  public byte[] bytes() {
    if (edited.isEmpty()) {
      return lines.bytes.clone();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(lines.bytes.length + 256);
    int copied = 0;
    for (Map.Entry<Integer, byte[]> e : edited.entrySet()) {
      int n = e.getKey();
      out.write(lines.bytes, copied, lines.start(n) - copied);
      out.writeBytes(e.getValue());
      copied = lines.end(n);
    }
    out.write(lines.bytes, copied, lines.bytes.length - copied);
    return out.toByteArray();
  }

  /** Every changed line, in line order. */
  public List<Change> changes() {
    List<Change> out = new ArrayList<>();
    edited.forEach(
        (n, after) ->
            out.add(
                new Change(
                    n,
                    decode(Arrays.copyOfRange(lines.bytes, lines.start(n), lines.end(n))),
                    decode(after))));
    return out;
  }

  // ---- the line as units ----

  private byte[] current(int n) {
    byte[] e = edited.get(n);
    return e != null ? e : Arrays.copyOfRange(lines.bytes, lines.start(n), lines.end(n));
  }

  /**
   * The line with every ASCII unit as itself and every other unit as U+0080, so that ASCII patterns
   * find the Markdown around the words and each index is a unit.
   */
  private String skeleton(int n) {
    byte[] b = current(n);
    int count = b.length / lines.unit;
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      int u = lines.unitAt(b, i * lines.unit);
      s.append(u < 0x80 ? (char) u : '\u0080');
    }
    return s.toString();
  }

  private Outcome insert(int n, int atUnit, String text) {
    return replaceUnits(n, atUnit, 0, text);
  }

  private Outcome replaceUnits(int n, int atUnit, int units, String text) {
    boolean ascii = text.chars().allMatch(c -> c < 0x80);
    if (!ascii && doc.decoded().repair() != null) {
      return Outcome.refused(n, "the file's mojibake would have to be written anew");
    }
    byte[] add = encode(text);
    if (add == null) {
      return Outcome.refused(n, "'" + text + "' cannot be written in " + lines.charset.name());
    }
    byte[] b = current(n);
    int at = atUnit * lines.unit;
    int cut = units * lines.unit;
    byte[] out = new byte[b.length - cut + add.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(add, 0, out, at, add.length);
    System.arraycopy(b, at + cut, out, at + add.length, b.length - at - cut);
    byte[] original = Arrays.copyOfRange(lines.bytes, lines.start(n), lines.end(n));
    if (Arrays.equals(out, original)) {
      edited.remove(n);
    } else {
      edited.put(n, out);
    }
    return Outcome.changed(n);
  }

  private byte[] encode(String text) {
    CharsetEncoder encoder =
        lines
            .charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer buf = encoder.encode(CharBuffer.wrap(text));
      byte[] out = new byte[buf.remaining()];
      buf.get(out);
      return out;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private String decode(byte[] b) {
    return new String(b, lines.charset);
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (at + prefix.length > b.length) {
      return false;
    }
    return Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
  }

  // ---- where text may go on a line ----

  /**
   * Adds {@code text} where a comment goes on the item's line: after the last word, before trailing
   * spaces and tabs (a hard break stays one), and inside a table row's last cell. A lone backslash
   * at the end is a hard break when the paragraph goes on, and a character of the text when it ends
   * there; only the parser can tell, so the comment goes before it, or else after it, whichever
   * leaves the item's words as they were.
   */
  private Outcome insertAtEnd(Item item, String s, String text) {
    int n = item.line();
    int end = stripEnd(s, s.length());
    int slashes = 0;
    while (end - slashes > 0 && s.charAt(end - slashes - 1) == '\\') {
      slashes++;
    }
    if (slashes % 2 == 0) {
      return insert(n, endOfText(s, end, item), text);
    }
    byte[] kept = edited.get(n);
    String words = wordsOn(bytes(), n);
    for (int at : new int[] {stripEnd(s, end - 1), end}) {
      Outcome o = insert(n, at, text);
      if (o.status() != Status.CHANGED || (words != null && words.equals(wordsOn(bytes(), n)))) {
        return o;
      }
      if (kept == null) {
        edited.remove(n);
      } else {
        edited.put(n, kept);
      }
    }
    return Outcome.refused(
        n, "a backslash ends the item's line and the comment would change its words");
  }

  /** The words of the item on line {@code n} when the file holds {@code bytes}. */
  private String wordsOn(byte[] bytes, int n) {
    try {
      for (Item i : ChecklistReader.readSource(doc.checklist().path(), bytes).checklist().items()) {
        if (i.line() == n) {
          return i.text();
        }
      }
    } catch (GoliveException e) {
      return null;
    }
    return null;
  }

  /** Where on the line, ending at {@code end} without trailing blanks, a comment goes. */
  private static int endOfText(String s, int end, Item item) {
    boolean row = item.marker() == Marker.TABLE || s.stripLeading().startsWith("|");
    if (row && end > 1 && s.charAt(end - 1) == '|' && s.charAt(end - 2) != '\\') {
      return stripEnd(s, end - 1);
    }
    return end;
  }

  private static int stripEnd(String s, int end) {
    int e = end;
    while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
      e--;
    }
    return e;
  }

  /**
   * Why text added at the end of this line would not be a comment of its own: an HTML comment or a
   * code span that opens on it and closes on a later line would swallow it.
   */
  private static String unsafeEnd(String s) {
    int open = s.lastIndexOf("<!--");
    if (open >= 0 && s.indexOf("-->", open + 4) < 0) {
      return "an HTML comment opens on the item's line and closes later";
    }
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) != '`') {
        i++;
        continue;
      }
      int run = 0;
      while (i + run < s.length() && s.charAt(i + run) == '`') {
        run++;
      }
      int close = closingRun(s, i + run, run);
      if (close < 0) {
        return "a code span opens on the item's line and may close later";
      }
      i = close + run;
    }
    return null;
  }

  private static int closingRun(String s, int from, int length) {
    int i = from;
    while (i < s.length()) {
      if (s.charAt(i) != '`') {
        i++;
        continue;
      }
      int run = 0;
      while (i + run < s.length() && s.charAt(i + run) == '`') {
        run++;
      }
      if (run == length) {
        return i;
      }
      i += run;
    }
    return -1;
  }
}
