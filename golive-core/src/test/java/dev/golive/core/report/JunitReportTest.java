package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.FileAssessment;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  private static Element suite(Document doc, String name) {
    NodeList suites = doc.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element e = (Element) suites.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no suite " + name);
  }

  private static Element testcase(Element suite, int line) {
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").startsWith("line " + line + ": ")) {
        return e;
      }
    }
    throw new AssertionError("no test case for line " + line);
  }

  private static String result(Element testcase) {
    for (String kind : List.of("failure", "error", "skipped")) {
      if (testcase.getElementsByTagName(kind).getLength() > 0) {
        return kind;
      }
    }
    return "pass";
  }

  private static Map<Integer, String> results(Element suite) {
    Map<Integer, String> actual = new TreeMap<>();
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      int line = Integer.parseInt(e.getAttribute("name").replaceAll("^line (\\d+): .*", "$1"));
      actual.put(line, result(e));
    }
    return actual;
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }

  private static Document audit(AuditAssessment a, Messages.Lang lang) throws Exception {
    return parse(AuditFixture.render(new JunitReport(), a, lang));
  }

  @Test
  void anAuditHasASuitePerFilePerTargetAndACasePerItem() throws Exception {
    Document doc = audit(AuditFixture.twoTargets(), Messages.Lang.EN);
    Element prod = suite(doc, "prod: shop.md");
    Element staging = suite(doc, "staging: shop.md");
    assertThat(results(prod))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    AuditFixture.HSTS, "failure",
                    AuditFixture.TLS, "pass",
                    AuditFixture.HEADERS, "pass",
                    AuditFixture.SECRETS, "pass",
                    AuditFixture.UPTIME, "skipped",
                    AuditFixture.RESTORE, "skipped",
                    AuditFixture.ERRORS, "pass",
                    AuditFixture.RUNBOOK, "skipped",
                    AuditFixture.FEEDBACK, "skipped")));
    assertThat(results(staging))
        .containsEntry(AuditFixture.HSTS, "pass")
        .containsEntry(AuditFixture.TLS, "error")
        .containsEntry(AuditFixture.UPTIME, "pass")
        .containsEntry(AuditFixture.RESTORE, "skipped");
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("18");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("7");
    assertThat(prod.getAttribute("failures")).isEqualTo("1");
    assertThat(staging.getAttribute("errors")).isEqualTo("1");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(testcase(prod, AuditFixture.HSTS).getAttribute("classname"))
        .isEqualTo("prod › Shop — launch › Security (critical)");
    assertThat(prod.getElementsByTagName("property").item(0).getAttributes())
        .satisfies(
            p -> {
              assertThat(p.getNamedItem("name").getNodeValue()).isEqualTo("target");
              assertThat(p.getNamedItem("value").getNodeValue()).isEqualTo("prod");
            });
  }

  @Test
  void aContradictedTickFailsWithWhatTheCheckFound() throws Exception {
    Element hsts =
        testcase(
            suite(audit(AuditFixture.twoTargets(), Messages.Lang.EN), "prod: shop.md"),
            AuditFixture.HSTS);
    Element failure = (Element) hsts.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("golive.contradicted");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("Ticked item is contradicted by the live system");
    assertThat(failure.getTextContent().lines())
        .startsWith(
            "shop.md:7: contradicted: HSTS on every page (critical)",
            "fail http.hsts — https://shop.test/ sends no Strict-Transport-Security header (123 ms)",
            "    url: https://shop.test/",
            "    status: 200")
        .contains("    … 1 more")
        .noneMatch(line -> line.contains("hsts: null"));
    assertThat(hsts.getElementsByTagName("system-out").getLength()).isZero();
  }

  @Test
  void anUndecidedItemIsAnErrorAndAnOpenBlockingOneFails() throws Exception {
    Element tls =
        testcase(
            suite(audit(AuditFixture.twoTargets(), Messages.Lang.EN), "staging: shop.md"),
            AuditFixture.TLS);
    Element error = (Element) tls.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("golive.inconclusive");
    assertThat(error.getAttribute("message")).isEqualTo("Item could not be checked");
    assertThat(error.getTextContent())
        .startsWith(
            "shop.md:8: could not be checked: TLS certificate valid for a month (critical)\n"
                + "error tls.cert-expiry — staging.shop.test:443 refused the connection (5 ms)");

    FileAssessment open =
        AuditFixture.with(
            AuditFixture.prod(),
            AuditFixture.HEADERS,
            AuditFixture.audit(ItemVerdict.OPEN, AuditFixture.csp(Outcome.FAIL)));
    Element headers =
        testcase(
            suite(
                audit(AuditFixture.audit(AuditFixture.target("prod", open)), Messages.Lang.EN),
                "prod: shop.md"),
            AuditFixture.HEADERS);
    Element failure = (Element) headers.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("golive.blocking-open");
    assertThat(failure.getAttribute("message")).isEqualTo("blocking item is not done");
    assertThat(failure.getTextContent())
        .contains("shop.md:9: open: Security headers set (critical)", "fail http.csp — ");
  }

  @Test
  void passingAndSkippedCasesKeepTheirFindingsInSystemOut() throws Exception {
    Element prod = suite(audit(AuditFixture.twoTargets(), Messages.Lang.EN), "prod: shop.md");
    Element tls = testcase(prod, AuditFixture.TLS);
    assertThat(text(tls, "system-out"))
        .startsWith(
            "verified\npass tls.cert-expiry — shop.test:443 presents a certificate valid for 412"
                + " more days (40 ms)\n    host: shop.test");
    Element restore = testcase(prod, AuditFixture.RESTORE);
    assertThat(((Element) restore.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .isEqualTo(
            "waived: drill booked with the hosting team · by ops@shop.test · until 2031-03-31");
    assertThat(text(restore, "system-out"))
        .contains("fail db.backup-age — the newest dump is 31 days old (7 ms)");
    Element secrets = testcase(prod, AuditFixture.SECRETS);
    assertThat(secrets.getChildNodes().getLength()).isZero();
    assertThat(text(prod, "system-err"))
        .isEqualTo(
            """
            Bindings that could not be used:
            shop.md:9: unknown check 'http.csp-headr' (did you mean 'http.csp'?)
            """);
  }

  @Test
  void anAuditSpeaksTheReportLanguage() throws Exception {
    Document doc = audit(AuditFixture.twoTargets(), Messages.Lang.UZ);
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("Belgilangan bandni jonli tizim rad etadi");
    assertThat(failure.getTextContent()).startsWith("shop.md:7: rad etildi: HSTS on every page");
  }
}
