package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Verdict;
import dev.golive.engine.AuditSetup;
import dev.golive.engine.Auditor;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.server.auth.Role;
import dev.golive.store.StoreUrl;
import dev.golive.testkit.Certificates;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server passes its own checklist, audited by the engine against it over HTTPS. */
class SelfAuditTest {
  static final String CHECKLIST = "/dev/golive/server/golive-server-checklist.md";

  @TempDir Path dir;

  @Test
  void theServersOwnChecklistIsGo() throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    Certificates.Issued cert = ca.issue(Certificates.Spec.valid("127.0.0.1"));
    Path chain = cert.writeChainPem(dir.resolve("chain.pem"));
    Path key = cert.writeKeyPem(dir.resolve("key.pem"));
    X509TrustManager trust = Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")));
    ServerConfig config = ServerConfig.local(0).withTls(chain, key);
    try (TestServer t =
        TestServer.start(
            StoreUrl.parse(dir.resolve("golive.db").toString()), config, Trust.context(trust))) {
      // a project, so that the pages behind the sign-in have something to show
      t.signedIn("ed@example.test", Role.EDITOR);
      URI web = t.server.url();
      assertThat(web.getScheme()).isEqualTo("https");
      Target target =
          new Target(
              "golive serve",
              web,
              web.resolve("/api/v1/"),
              web.getHost(),
              web.getPort(),
              null,
              Resources.NONE);
      byte[] bytes;
      try (InputStream in = SelfAuditTest.class.getResourceAsStream(CHECKLIST)) {
        bytes = in.readAllBytes();
      }
      SourceDocument doc = ChecklistReader.readSource("golive-server-checklist.md", bytes);
      AuditSetup setup =
          AuditSetup.of(
              Catalog.builtIn(), List.of(doc), GoliveConfig.empty(), List.of(), LocalDate.now());
      assertThat(setup.problems()).isEmpty();
      assertThat(setup.plan().checkCount()).isEqualTo(doc.checklist().items().size());
      AuditAssessment result =
          setup.run(
              List.of(target),
              Auditor.Options.defaults(Policy.defaults())
                  .withTrust(trust)
                  .withDeadline(Duration.ofSeconds(90)));
      FileAssessment file = result.targets().getFirst().assessment().files().getFirst();
      List<String> notVerified = new ArrayList<>();
      List<Item> items = doc.checklist().items();
      for (int i = 0; i < items.size(); i++) {
        ItemAudit a = file.audit(i);
        if (a.verdict() != ItemVerdict.VERIFIED) {
          notVerified.add(items.get(i).text() + ": " + a.verdict().id() + " " + a.findings());
        }
      }
      assertThat(notVerified).isEmpty();
      assertThat(result.verdict()).isEqualTo(Verdict.GO);
    }
  }
}
