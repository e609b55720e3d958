package dev.golive.core.report;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.FileAssessment;
import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test reports: a suite per file, a test case per item. A blocking item that is
 * not done fails; other items that are not done are skipped with the reason; done items pass.
 */
public final class JunitReport implements ReportWriter {
  @Override
  public void write(Assessment a, Messages m, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "golive");
      a.files().stream().map(Tally::of).reduce(new Tally(0, 0, 0), Tally::plus).write(x);
      for (FileAssessment f : a.files()) {
        suite(x, f, m);
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

  private static void suite(XMLStreamWriter x, FileAssessment f, Messages m)
      throws XMLStreamException {
    Checklist c = f.checklist();
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", Reports.xmlSafe(c.path()));
    Tally.of(f).write(x);
    x.writeCharacters("\n    ");
    x.writeStartElement("properties");
    property(x, "verdict", f.verdict().id());
    property(x, "score", Reports.score(f.score()));
    property(x, "encoding", c.encoding());
    x.writeCharacters("\n    ");
    x.writeEndElement();
    for (int k = 0; k < c.items().size(); k++) {
      testcase(x, f, k, m);
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void testcase(XMLStreamWriter x, FileAssessment f, int k, Messages m)
      throws XMLStreamException {
    Checklist c = f.checklist();
    Item i = c.items().get(k);
    Reports.Outcome outcome = Reports.outcome(f, k);
    x.writeCharacters("\n    ");
    if (outcome == Reports.Outcome.DONE) {
      x.writeEmptyElement("testcase");
    } else {
      x.writeStartElement("testcase");
    }
    String classname = i.section().isEmpty() ? c.path() : String.join(" › ", i.section());
    x.writeAttribute("classname", Reports.xmlSafe(classname));
    x.writeAttribute("name", Reports.xmlSafe("line " + i.line() + ": " + i.text()));
    switch (outcome) {
      case DONE -> {}
      case BLOCKING_OPEN -> {
        x.writeStartElement("failure");
        x.writeAttribute("message", outcome.text(m));
        x.writeAttribute("type", "golive.blocking-open");
        x.writeCharacters(
            Reports.xmlSafe(
                c.path()
                    + ":"
                    + i.line()
                    + ": "
                    + m.state(i.state())
                    + ": "
                    + i.text()
                    + (i.priority() == null ? "" : " (" + i.priority().id() + ")")));
        x.writeEndElement();
        x.writeEndElement();
      }
      case OPEN, POST_LAUNCH, NOT_APPLICABLE -> {
        x.writeEmptyElement("skipped");
        x.writeAttribute("message", outcome.text(m));
        x.writeEndElement();
      }
    }
  }

  private static void property(XMLStreamWriter x, String name, String value)
      throws XMLStreamException {
    x.writeCharacters("\n      ");
    x.writeEmptyElement("property");
    x.writeAttribute("name", name);
    x.writeAttribute("value", Reports.xmlSafe(value));
  }

  /** Test, failure and skip counts, as the root and every suite carry them. */
  private record Tally(int tests, int failures, int skipped) {
    static Tally of(FileAssessment f) {
      int failures = 0;
      int skipped = 0;
      for (int k = 0; k < f.checklist().items().size(); k++) {
        switch (Reports.outcome(f, k)) {
          case DONE -> {}
          case BLOCKING_OPEN -> failures++;
          case OPEN, POST_LAUNCH, NOT_APPLICABLE -> skipped++;
        }
      }
      return new Tally(f.checklist().items().size(), failures, skipped);
    }

    Tally plus(Tally o) {
      return new Tally(tests + o.tests, failures + o.failures, skipped + o.skipped);
    }

    void write(XMLStreamWriter x) throws XMLStreamException {
      x.writeAttribute("tests", String.valueOf(tests));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", String.valueOf(skipped));
    }
  }
}
