package dev.golive.core.report;

/** The report formats golive writes. */
public enum Format {
  TEXT,
  JSON,
  MD,
  JUNIT,
  SARIF,
  HTML;

  /** The writer for this format; {@code color} matters only to text. */
  public ReportWriter writer(boolean color) {
    return switch (this) {
      case TEXT -> new TextReport(color);
      case JSON -> new JsonReport();
      case MD -> new MarkdownReport();
      case JUNIT -> new JunitReport();
      case SARIF -> new SarifReport();
      case HTML -> new HtmlReport();
    };
  }
}
