package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.read.ChecklistReader;
import dev.golive.core.score.Assessment;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTest {
  private static final String CHECKLIST =
      """
      # Bozor — launch

      Tayyorlik: 50%

      ## Xavfsizlik (critical)

      - [x] TLS certificate renews itself <!-- expect: pass -->
      - [ ] Rate limit on `/login | /signup` <!-- expect: failure -->
      - [~] Secrets out of the repository <!-- expect: failure -->
        - [x] Vault in place <!-- expect: pass -->

      ## Мониторинг (low)

      - [ ] Алерты в Telegram <!-- expect: skipped -->
      - [x] Логи в хранилище <!-- expect: pass -->
      - [-] Пейджер <!-- expect: skipped -->

      ## After launch

      - [ ] Collect feedback <!-- expect: skipped -->
      """;

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Element testcase(Document doc, int line) {
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").startsWith("line " + line + ": ")) {
        return e;
      }
    }
    throw new AssertionError("no test case for line " + line);
  }

  private static String outcome(Element testcase) {
    if (testcase.getElementsByTagName("failure").getLength() > 0) {
      return "failure";
    }
    return testcase.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "pass";
  }

  @Test
  void blockingOpenItemsFailDoneItemsPassTheRestAreSkipped() throws Exception {
    Document doc = parse(ReportFixture.render(new JunitReport(), "bozor.md", CHECKLIST));
    Map<Integer, String> actual = new HashMap<>();
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      int line = Integer.parseInt(e.getAttribute("name").replaceAll("^line (\\d+): .*", "$1"));
      actual.put(line, outcome(e));
    }
    assertThat(actual).isEqualTo(ReportFixture.expectations(CHECKLIST));

    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("8");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    assertThat(root.getAttribute("skipped")).isEqualTo("3");
    assertThat(root.getAttribute("errors")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(3);
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("bozor.md");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
  }

  @Test
  void caseNamesCarryLineAndTextAndClassNamesTheSectionPath() throws Exception {
    Document doc = parse(ReportFixture.render(new JunitReport(), "bozor.md", CHECKLIST));
    Element rateLimit = testcase(doc, 8);
    assertThat(rateLimit.getAttribute("name")).isEqualTo("line 8: Rate limit on /login | /signup");
    assertThat(rateLimit.getAttribute("classname"))
        .isEqualTo("Bozor — launch › Xavfsizlik (critical)");
    Element failure = (Element) rateLimit.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("blocking item is not done");
    assertThat(failure.getTextContent())
        .isEqualTo("bozor.md:8: open: Rate limit on /login | /signup (critical)");
    Element feedback = testcase(doc, 20);
    assertThat(((Element) feedback.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .isEqualTo("belongs to after the launch");
  }

  @Test
  void markupAndCharactersXmlCannotCarryStillParse() throws Exception {
    // A few control characters in a real checklist; many would make it a binary file.
    String hostile =
        "- [ ] Quote `a < b && \"c\" ]]> </testcase>` bell\u0001 tab\u000b end\uFFFE\n"
            + "- [x] Plain item that pads the file out to a few hundred characters\n".repeat(5);
    Document doc = parse(ReportFixture.render(new JunitReport(), "plain.md", hostile));
    Element only = testcase(doc, 1);
    assertThat(only.getAttribute("name"))
        .isEqualTo("line 1: Quote a < b && \"c\" ]]> </testcase> bell tab end");
    assertThat(only.getAttribute("classname")).isEqualTo("plain.md");
  }

  @Test
  void aSuitePerFileAndTheirSumsAtTheRoot() throws Exception {
    Assessment a =
        ReportFixture.assess(
            ChecklistReader.readText("a.md", "- [ ] TLS\n- [x] Backups\n"),
            ChecklistReader.readText("b.md", "## Optional\n\n- [ ] Dark mode\n"));
    Document doc = parse(ReportFixture.render(new JunitReport(), a, Messages.Lang.UZ));
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("toʻsiq band bajarilmagan");
  }
}
