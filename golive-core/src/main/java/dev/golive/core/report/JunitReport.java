package dev.golive.core.report;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Problem;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.AuditAssessment.TargetAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test reports: a suite per file, a test case per item. A blocking item that is
 * not done fails; other items that are not done are skipped with the reason; done items pass. After
 * an audit, a suite per file per target: a contradicted tick fails, an item no check could decide
 * is an error, a waived item is skipped with its waiver, and what the checks found goes with each
 * case.
 */
public final class JunitReport implements ReportWriter {
  @Override
  public void write(Assessment a, Messages m, Writer out) throws IOException {
    write(List.of(new TargetAssessment(null, a)), m, out);
  }

  @Override
  public void write(AuditAssessment audit, Messages m, Writer out) throws IOException {
    write(audit.targets(), m, out);
  }

  /** The suites of every target; a target without a name is the status of the files. */
  private static void write(List<TargetAssessment> targets, Messages m, Writer out)
      throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "golive");
      targets.stream()
          .flatMap(t -> t.assessment().files().stream())
          .map(Tally::of)
          .reduce(new Tally(0, 0, 0, 0), Tally::plus)
          .write(x);
      for (TargetAssessment t : targets) {
        for (FileAssessment f : t.assessment().files()) {
          suite(x, t.target(), f, m);
        }
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
    out.write('\n');
    out.flush();
  }

  /** How a test case ends. */
  enum Result {
    PASS,
    FAILURE,
    ERROR,
    SKIPPED
  }

  /**
   * By the item's verdict after an audit: contradicted fails, inconclusive is an error, waived is
   * skipped; otherwise, and for the status, as the item sorts: blocking and not done fails, done
   * passes, the rest is skipped.
   */
  static Result result(FileAssessment f, int k) {
    ItemVerdict v = Reports.verdict(f, k);
    if (v == ItemVerdict.CONTRADICTED) {
      return Result.FAILURE;
    }
    if (v == ItemVerdict.INCONCLUSIVE) {
      return Result.ERROR;
    }
    if (v == ItemVerdict.WAIVED) {
      return Result.SKIPPED;
    }
    return switch (Reports.outcome(f, k)) {
      case DONE -> Result.PASS;
      case BLOCKING_OPEN -> Result.FAILURE;
      case OPEN, POST_LAUNCH, NOT_APPLICABLE -> Result.SKIPPED;
    };
  }

  private static void suite(XMLStreamWriter x, String target, FileAssessment f, Messages m)
      throws XMLStreamException {
    Checklist c = f.checklist();
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", Reports.xmlSafe(target == null ? c.path() : target + ": " + c.path()));
    Tally.of(f).write(x);
    x.writeCharacters("\n    ");
    x.writeStartElement("properties");
    if (target != null) {
      property(x, "target", target);
    }
    property(x, "verdict", f.verdict().id());
    property(x, "score", Reports.score(f.score()));
    property(x, "encoding", c.encoding());
    x.writeCharacters("\n    ");
    x.writeEndElement();
    for (int k = 0; k < c.items().size(); k++) {
      testcase(x, target, f, k, m);
    }
    if (!f.problems().isEmpty()) {
      StringBuilder problems = new StringBuilder(m.get("label.bindingProblems")).append(":\n");
      for (Problem p : f.problems()) {
        problems.append(p.oneLine()).append('\n');
      }
      x.writeCharacters("\n    ");
      x.writeStartElement("system-err");
      x.writeCharacters(Reports.xmlSafe(problems.toString()));
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void testcase(
      XMLStreamWriter x, String target, FileAssessment f, int k, Messages m)
      throws XMLStreamException {
    Checklist c = f.checklist();
    Item i = c.items().get(k);
    ItemAudit audit = f.audit(k);
    Result result = result(f, k);
    List<Finding> findings = audit == null ? List.of() : audit.findings();
    x.writeCharacters("\n    ");
    if (result == Result.PASS && findings.isEmpty()) {
      x.writeEmptyElement("testcase");
    } else {
      x.writeStartElement("testcase");
    }
    String section = i.section().isEmpty() ? c.path() : String.join(" › ", i.section());
    String classname = target == null ? section : target + " › " + section;
    x.writeAttribute("classname", Reports.xmlSafe(classname));
    x.writeAttribute("name", Reports.xmlSafe("line " + i.line() + ": " + i.text()));
    switch (result) {
      case PASS -> {}
      case FAILURE, ERROR -> {
        x.writeStartElement(result == Result.FAILURE ? "failure" : "error");
        x.writeAttribute("message", message(f, k, m));
        x.writeAttribute("type", type(f, k));
        String what = audit == null ? m.state(i.state()) : m.itemVerdict(audit.verdict());
        StringBuilder text =
            new StringBuilder(c.path())
                .append(':')
                .append(i.line())
                .append(": ")
                .append(what)
                .append(": ")
                .append(i.text());
        if (i.priority() != null) {
          text.append(" (").append(i.priority().id()).append(')');
        }
        findings(text, findings, m);
        x.writeCharacters(Reports.xmlSafe(text.toString()));
        x.writeEndElement();
      }
      case SKIPPED -> {
        x.writeEmptyElement("skipped");
        x.writeAttribute(
            "message",
            Reports.xmlSafe(
                audit != null && audit.waiver() != null
                    ? Reports.waiver(audit.waiver(), m)
                    : Reports.outcome(f, k).text(m)));
      }
    }
    if (result == Result.PASS || result == Result.SKIPPED) {
      if (!findings.isEmpty()) {
        StringBuilder text = new StringBuilder(m.itemVerdict(audit.verdict()));
        findings(text, findings, m);
        x.writeStartElement("system-out");
        x.writeCharacters(Reports.xmlSafe(text.toString()));
        x.writeEndElement();
      }
    }
    if (result != Result.PASS || !findings.isEmpty()) {
      x.writeEndElement();
    }
  }

  /** Each finding on a line, and under it a few facts of its evidence. */
  private static void findings(StringBuilder b, List<Finding> findings, Messages m) {
    for (Finding f : findings) {
      b.append('\n').append(Reports.finding(f, m));
      for (String fact : Reports.facts(f.evidence(), m)) {
        b.append("\n    ").append(fact);
      }
    }
  }

  /** Why the case failed or erred, in words. */
  private static String message(FileAssessment f, int k, Messages m) {
    ItemVerdict v = Reports.verdict(f, k);
    if (v == ItemVerdict.CONTRADICTED) {
      return m.get("rule.contradicted");
    }
    return v == ItemVerdict.INCONCLUSIVE
        ? m.get("rule.inconclusive")
        : Reports.outcome(f, k).text(m);
  }

  /** Why the case failed or erred, as the rule ids of the SARIF report name it. */
  private static String type(FileAssessment f, int k) {
    ItemVerdict v = Reports.verdict(f, k);
    if (v == ItemVerdict.CONTRADICTED) {
      return "golive.contradicted";
    }
    return v == ItemVerdict.INCONCLUSIVE ? "golive.inconclusive" : "golive.blocking-open";
  }

  private static void property(XMLStreamWriter x, String name, String value)
      throws XMLStreamException {
    x.writeCharacters("\n      ");
    x.writeEmptyElement("property");
    x.writeAttribute("name", name);
    x.writeAttribute("value", Reports.xmlSafe(value));
  }

  /** Test, failure, error and skip counts, as the root and every suite carry them. */
  private record Tally(int tests, int failures, int errors, int skipped) {
    static Tally of(FileAssessment f) {
      int failures = 0;
      int errors = 0;
      int skipped = 0;
      for (int k = 0; k < f.checklist().items().size(); k++) {
        switch (result(f, k)) {
          case PASS -> {}
          case FAILURE -> failures++;
          case ERROR -> errors++;
          case SKIPPED -> skipped++;
        }
      }
      return new Tally(f.checklist().items().size(), failures, errors, skipped);
    }

    Tally plus(Tally o) {
      return new Tally(
          tests + o.tests, failures + o.failures, errors + o.errors, skipped + o.skipped);
    }

    void write(XMLStreamWriter x) throws XMLStreamException {
      x.writeAttribute("tests", String.valueOf(tests));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", String.valueOf(errors));
      x.writeAttribute("skipped", String.valueOf(skipped));
    }
  }
}
