package dev.golive.core.report;

import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import java.io.IOException;
import java.io.Writer;

/** Writes an assessment in one format. */
public interface ReportWriter {
  /** The claims of {@code golive status}: what the checklists say, judged. */
  void write(Assessment assessment, Messages messages, Writer out) throws IOException;

  /** What {@code golive audit} found: the checklists judged against each target. */
  void write(AuditAssessment audit, Messages messages, Writer out) throws IOException;
}
