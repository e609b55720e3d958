package dev.golive.core.report;

import dev.golive.core.score.Assessment;
import java.io.IOException;
import java.io.Writer;

/** Writes an assessment in one format. */
public interface ReportWriter {
  void write(Assessment assessment, Messages messages, Writer out) throws IOException;
}
