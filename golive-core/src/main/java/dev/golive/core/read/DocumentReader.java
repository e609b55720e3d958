package dev.golive.core.read;

import dev.golive.core.model.Claim;
import dev.golive.core.model.ClaimKind;
import dev.golive.core.model.Marker;
import dev.golive.core.model.State;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Walks one Markdown document (CommonMark + GFM tables, with source positions) and collects what it
 * says: headings, items in every style, code ranges and marker disagreements. Items become {@link
 * RawItem}s here; {@link ChecklistReader} ranks and names them once the whole document, legends
 * included, has been seen.
 */
final class DocumentReader {
  static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          // GitHub nests lists without limit; the file-size cap bounds the work instead
          .maxOpenBlockParsers(Integer.MAX_VALUE)
          .build();

  /** GFM's task box at the start of a list item's first paragraph. */
  private static final Pattern TASK_BOX = Pattern.compile("^[ \\t]*\\[([ \\txX])\\]");

  /**
   * Boxes GFM does not render but people write: [~] and [/] in progress, [-] not needed, [] open.
   */
  private static final Pattern OTHER_BOX = Pattern.compile("^[ \\t]*\\[([~/\\-]?)\\](?=[ \\t]|$)");

  /** A box opening a plain line, with words after it: {@code [x] Backups restored}. */
  private static final Pattern LINE_BOX = Pattern.compile("\\[([ xX~/\\-])\\][ \\t]+\\S");

  private static final Pattern LEADING_BOX = Pattern.compile("^\\s*\\[[^\\]]{0,1}\\]\\s*");

  final Lines lines;
  final List<Section> sections = new ArrayList<>();
  final List<RawItem> items = new ArrayList<>();
  final List<Claim> markerClaims = new ArrayList<>();

  /** Plain text of list items and paragraphs inside legend sections. */
  final List<String> legendLines = new ArrayList<>();

  /** [first, last] 1-based lines of code blocks. */
  final List<int[]> codeRanges = new ArrayList<>();

  private final List<Section> open = new ArrayList<>();
  private final IdentityHashMap<Node, RawItem> itemOfListItem = new IdentityHashMap<>();

  private DocumentReader(String text) {
    this.lines = new Lines(text);
  }

  static DocumentReader read(String text) {
    DocumentReader reader = new DocumentReader(text);
    reader.walk(PARSER.parse(text));
    return reader;
  }

  @SuppressWarnings("ReferenceEquality") // nodes are compared by identity on purpose
  private void walk(Node document) {
    int listDepth = 0;
    Node node = document.getFirstChild();
    while (node != null) {
      boolean descend = visit(node, listDepth);
      if (descend && node.getFirstChild() != null) {
        if (node instanceof ListBlock) {
          listDepth++;
        }
        node = node.getFirstChild();
        continue;
      }
      while (node != null && node.getNext() == null) {
        node = node.getParent();
        if (node == document) {
          node = null;
        } else if (node instanceof ListBlock) {
          listDepth--;
        }
      }
      if (node != null) {
        node = node.getNext();
      }
    }
  }

  /** Handles one block; answers whether its children should be walked too. */
  private boolean visit(Node node, int listDepth) {
    if (node instanceof Heading h) {
      heading(h);
      return false;
    }
    if (node instanceof ListItem li) {
      listItem(li, listDepth);
      return true;
    }
    if (node instanceof Paragraph p) {
      paragraph(p, listDepth);
      return false;
    }
    if (node instanceof TableBlock t) {
      TableItems.read(t, this, listDepth);
      return false;
    }
    if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (!spans.isEmpty()) {
        codeRanges.add(
            new int[] {
              spans.get(0).getLineIndex() + 1, spans.get(spans.size() - 1).getLineIndex() + 1
            });
      }
      return false;
    }
    return node instanceof ListBlock
        || node instanceof BlockQuote
        || node instanceof FootnoteDefinition;
  }

  private void heading(Heading h) {
    String text = PlainText.of(h);
    int line = firstLine(h);
    while (!open.isEmpty() && open.get(open.size() - 1).level() >= h.getLevel()) {
      open.remove(open.size() - 1);
    }
    Section section = Section.of(h.getLevel(), line, text);
    open.add(section);
    sections.add(section);
  }

  private void listItem(ListItem li, int listDepth) {
    Node first = li.getFirstChild();
    if (!(first instanceof Paragraph p) || p.getSourceSpans().isEmpty()) {
      return;
    }
    SourceSpan span = p.getSourceSpans().get(0);
    String raw = lines.from(span.getLineIndex(), span.getColumnIndex());
    String text = PlainText.of(p);
    int line = firstLine(li);
    RawItem parent = itemOfListItem.get(grandparent(li));
    RawItem item = null;
    Matcher task = TASK_BOX.matcher(raw);
    if (task.find() && isTaskBox(raw.substring(task.end()), p.getSourceSpans().size())) {
      State state = task.group(1).isBlank() ? State.OPEN : State.DONE;
      String own = stripBox(text);
      item = add(line, listDepth, state, Marker.TASK, own, parent);
      noteDisagreement(item, own);
    } else {
      Matcher box = OTHER_BOX.matcher(raw);
      if (box.find()) {
        State state = StatusWords.box(box.group(1));
        item = add(line, listDepth, state, Marker.BOX, stripBox(text), parent);
      } else {
        StatusWords.Mark mark = StatusWords.leading(text);
        if (mark != null && !isRankKey(mark, text)) {
          String own = text.substring(mark.length()).strip();
          item = add(line, listDepth, mark.state(), mark.marker(), own, parent);
        }
      }
    }
    if (item != null) {
      item.commands = Commands.ofListItem(li, p);
      itemOfListItem.put(li, item);
    } else if (parent != null) {
      itemOfListItem.put(li, parent); // a plain bullet passes its parent's rank down
    }
    if (inLegend()) {
      legendLines.add(text);
    }
  }

  /**
   * A coloured circle that explains a rank ("🔴 Critical: Security, Data") rather than a state:
   * every such bullet in a legend section, and elsewhere one whose words start with a rank.
   */
  private boolean isRankKey(StatusWords.Mark mark, String text) {
    if (!StatusWords.isColouredCircle(text)) {
      return false;
    }
    return inLegend() || PriorityWords.inItem(text.substring(mark.length()).strip()) != null;
  }

  /**
   * GFM's rule after the box: whitespace and then something, on this line or the paragraph's next;
   * a box alone is text.
   */
  private static boolean isTaskBox(String rest, int paragraphLines) {
    if (rest.isBlank()) {
      return paragraphLines > 1;
    }
    char c = rest.charAt(0);
    return c == ' ' || c == '\t';
  }

  private static String stripBox(String text) {
    return LEADING_BOX.matcher(text).replaceFirst("");
  }

  private void noteDisagreement(RawItem item, String text) {
    if (item.state == State.OPEN && StatusWords.containsDoneMark(text)) {
      markerClaims.add(new Claim(ClaimKind.MARKER, item.line, "[ ] " + text, 100, List.of()));
    } else if (item.state == State.DONE) {
      StatusWords.Mark mark = StatusWords.leading(text);
      if (mark != null && mark.state() == State.OPEN) {
        markerClaims.add(new Claim(ClaimKind.MARKER, item.line, "[x] " + text, 0, List.of()));
      }
    }
  }

  /**
   * Paragraph lines that start with a ballot box or a box ({@code ☑ Server up}, {@code [x]
   * Backups}) are items even outside a list.
   */
  private void paragraph(Paragraph p, int listDepth) {
    List<SourceSpan> spans = p.getSourceSpans();
    boolean listItemFirst = p.getParent() instanceof ListItem && p.getPrevious() == null;
    List<String> plain = PlainText.lines(p);
    boolean linesAgree = plain.size() == spans.size();
    for (int k = listItemFirst ? 1 : 0; k < spans.size(); k++) {
      SourceSpan span = spans.get(k);
      String raw = lines.from(span.getLineIndex(), span.getColumnIndex()).strip();
      // the line's words without markup; the raw line when a code span hides the line breaks
      String line = linesAgree ? plain.get(k) : raw;
      StatusWords.Mark mark = StatusWords.leadingBallot(raw);
      Matcher box = LINE_BOX.matcher(raw);
      if (mark != null) {
        StatusWords.Mark own = StatusWords.leadingBallot(line);
        String text = own == null ? line : line.substring(own.length()).strip();
        add(span.getLineIndex() + 1, listDepth, mark.state(), mark.marker(), text, null).commands =
            Commands.inLine(raw);
      } else if (box.lookingAt()) {
        State state = StatusWords.box(box.group(1));
        add(span.getLineIndex() + 1, listDepth, state, Marker.BOX, stripBox(line), null).commands =
            Commands.inLine(raw);
      }
    }
    if (inLegend() && !listItemFirst) {
      legendLines.add(PlainText.of(p));
    }
  }

  RawItem add(int line, int depth, State state, Marker marker, String text, RawItem parent) {
    RawItem item = new RawItem(line, depth, state, marker, text, List.copyOf(open), parent);
    items.add(item);
    return item;
  }

  boolean inLegend() {
    for (Section s : open) {
      if (s.legend()) {
        return true;
      }
    }
    return false;
  }

  private static Node grandparent(ListItem li) {
    Node list = li.getParent();
    return list == null ? null : list.getParent();
  }

  static int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }
}
