package dev.golive.cli;

import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.read.SourceDocument;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.engine.edit.AtomicFile;
import dev.golive.engine.edit.LineEditor;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code golive audit --update}: sets the boxes of bound items to what the audit verified and
 * changes nothing else in the files. A box is ticked when every target verified the item (or found
 * it done though unticked) and cleared when any target contradicted it; every other box stays.
 */
final class BoxUpdate {
  private final Output output;

  BoxUpdate(Output output) {
    this.output = output;
  }

  void apply(List<Path> files, List<SourceDocument> docs, AuditAssessment result) {
    for (int f = 0; f < docs.size(); f++) {
      SourceDocument doc = docs.get(f);
      LineEditor editor = LineEditor.of(doc);
      int ticked = 0;
      int cleared = 0;
      List<Item> items = doc.checklist().items();
      for (int i = 0; i < items.size(); i++) {
        Boolean done = decided(result, f, i);
        if (done == null) {
          continue;
        }
        LineEditor.Outcome o = editor.setBox(items.get(i), done);
        switch (o.status()) {
          case CHANGED -> {
            if (done) {
              ticked++;
            } else {
              cleared++;
            }
          }
          case REFUSED ->
              output.warn(
                  doc.checklist().path() + ":" + o.line() + ": box left as it is: " + o.message());
          case UNCHANGED -> {}
        }
      }
      if (editor.changed()) {
        AtomicFile.replace(files.get(f), doc.checklist().path(), doc.bytes(), editor.bytes());
        output.warn(
            "golive: updated "
                + doc.checklist().path()
                + ": "
                + ticked
                + " ticked, "
                + cleared
                + " cleared");
      } else {
        output.warn(
            "golive: " + doc.checklist().path() + ": every bound box already says what was found");
      }
    }
  }

  /** {@code true} to tick, {@code false} to clear, {@code null} to leave the box alone. */
  private static Boolean decided(AuditAssessment result, int file, int item) {
    boolean allDone = !result.targets().isEmpty();
    for (AuditAssessment.TargetAssessment t : result.targets()) {
      FileAssessment fa = t.assessment().files().get(file);
      ItemAudit audit = fa.audit(item);
      if (audit == null) {
        return null;
      }
      ItemVerdict v = audit.verdict();
      if (v == ItemVerdict.CONTRADICTED) {
        return false;
      }
      allDone &= v == ItemVerdict.VERIFIED || v == ItemVerdict.DONE_UNCLAIMED;
    }
    return allDone ? Boolean.TRUE : null;
  }
}
