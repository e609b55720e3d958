package dev.golive.core.read;

import dev.golive.core.model.Marker;
import dev.golive.core.model.State;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * Items written as table rows: a row with a task box in a cell ({@code | [x] Backups | |}), or a
 * row of a table whose header names a status column ({@code | HSTS | ✅ Done |}).
 */
final class TableItems {
  private TableItems() {}

  private static final Pattern BOX = Pattern.compile("^\\[([ xX~/\\-]?)\\](?:\\s+(.*))?$");

  static void read(TableBlock table, DocumentReader doc, int listDepth) {
    int tableLine = DocumentReader.firstLine(table);
    List<String> header = new ArrayList<>();
    List<List<String>> body = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<String> cells = cells(row);
        if (part instanceof TableHead && header.isEmpty()) {
          header = cells;
        } else if (part instanceof TableBody) {
          body.add(cells);
        }
      }
    }
    int status = -1;
    for (int c = 0; c < header.size(); c++) {
      if (StatusWords.statusHeader(header.get(c))) {
        status = c;
        break;
      }
    }
    if (header.stream().anyMatch(cell -> BOX.matcher(cell).find())) {
      row(header, -1, tableLine, doc, listDepth); // a table written without a real header row
    }
    for (int r = 0; r < body.size(); r++) {
      // Rows sit on consecutive lines: header, delimiter row, then the body.
      row(body.get(r), status, tableLine + 2 + r, doc, listDepth);
    }
  }

  private static void row(List<String> cells, int status, int line, DocumentReader doc, int depth) {
    for (int c = 0; c < cells.size(); c++) {
      Matcher box = BOX.matcher(cells.get(c));
      if (box.find()) {
        State state = StatusWords.box(box.group(1));
        String own =
            box.group(2) == null || box.group(2).isBlank() ? text(cells, c, status) : box.group(2);
        if (!own.isEmpty()) {
          doc.add(line, depth, state, Marker.TABLE, own, null).commands = commands(doc, line);
        }
        return;
      }
    }
    if (status < 0 || status >= cells.size()) {
      return;
    }
    State state = StatusWords.cell(cells.get(status));
    String own = text(cells, -1, status);
    if (state != null && !own.isEmpty()) {
      doc.add(line, depth, state, Marker.TABLE, own, null).commands = commands(doc, line);
    }
  }

  /** The commands in the row's code spans. */
  private static List<String> commands(DocumentReader doc, int line) {
    return Commands.inLine(doc.lines.get(line - 1));
  }

  /** The first cell with words in it, other than the box and the status cell. */
  private static String text(List<String> cells, int skip, int status) {
    for (int c = 0; c < cells.size(); c++) {
      if (c == skip || c == status) {
        continue;
      }
      String cell = cells.get(c);
      if (cell.codePoints().anyMatch(Character::isLetter)) {
        return cell;
      }
    }
    return "";
  }

  private static List<String> cells(Node row) {
    List<String> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell) {
        cells.add(PlainText.of(cell));
      }
    }
    return cells;
  }
}
