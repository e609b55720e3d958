package dev.golive.checks.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Probes;
import dev.golive.checks.repo.DocsCheck.Found;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.GitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocsCheckTest {
  private static final String WORDS =
      ("Shop sells tea online. Run it with docker compose up, configure it from .env and deploy it"
              + " with the scripts in deploy. ")
          .repeat(3);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "README.md, readme",
    "readme.ru.md, readme",
    "docs/README.md, readme",
    "DEPLOYMENT.md, deployment",
    "docs/DEPLOYMENT.md, deployment",
    "docs/deploy/aws.md, deployment",
    "docs/razvertyvanie-not-a-name.md, ''",
    "docs/развертывание.md, deployment",
    "RUNBOOK.md, runbook",
    "ops/runbooks/database.md, runbook",
    "docs/incident-response.md, runbook",
    "PRIVACY.md, privacy",
    "public/privacy-policy.html, privacy",
    "app/privacy/page.tsx, privacy",
    "src/pages/politika-konfidentsialnosti.vue, privacy",
    "templates/maxfiylik-siyosati.html, privacy",
    "TERMS.md, terms",
    "src/pages/terms-of-service.tsx, terms",
    "docs/оферта.pdf, terms",
    "CHANGELOG.md, changelog",
    "LICENSE, license",
    "COPYING.txt, license",
    "SECURITY.md, security",
    "public/.well-known/security.txt, security",
    "src/privacy.py, ''",
    "packages/ui/README.md, ''",
    "PRODUCTION_CHECKLIST.md, ''",
  })
  void knowsDocumentsByTheirNames(String path, String kind) {
    List<String> kinds = new java.util.ArrayList<>();
    for (DocKind k : DocKind.values()) {
      if (k.matches(path)) {
        kinds.add(k.key());
      }
    }
    assertThat(String.join(",", kinds)).isEqualTo(kind == null ? "" : kind);
  }

  @Test
  void judgesWhatIsRequired() {
    var readme = new DocsCheck.Readme("README.md", 120, null);
    var e =
        new DocsCheck.Evidence(
            "/src/shop",
            readme,
            List.of(
                new Found("readme", List.of("README.md")),
                new Found("deployment", List.of("docs/DEPLOYMENT.md"))));
    assertThat(new DocsCheck(List.of("readme"), 50).evaluate(e).message())
        .isEqualTo("found README.md (120 words)");
    assertThat(
            new DocsCheck(List.of("readme", "deployment", "runbook", "privacy"), 50)
                .evaluate(e)
                .message())
        .isEqualTo(
            "/src/shop has no runbook, privacy documents (found README.md, docs/DEPLOYMENT.md)");
    assertThat(new DocsCheck(List.of("readme"), 200).evaluate(e).message())
        .isEqualTo("README.md holds 120 words beyond its title, fewer than 200");
    var none = new DocsCheck.Evidence("/src/shop", null, List.of());
    assertThat(new DocsCheck(List.of("readme"), 50).evaluate(none).message())
        .isEqualTo("/src/shop has no readme document");
  }

  @Test
  void unknownDocumentsAreRefused() {
    assertThatThrownBy(() -> new DocsCheck(List.of("readme", "manual"), 50))
        .hasMessageContaining("'require' has unknown documents [manual]");
  }

  @Test
  void readsTheRepositoryAndSeesGeneratedReadmes(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("README.md", "# Shop\n\n![build](https://ci.test/badge.svg)\n\n" + WORDS)
          .write("docs/DEPLOYMENT.md", "# Deploying\n")
          .write("ops/runbooks/db.md", "# DB\n")
          .write("app/privacy/page.tsx", "export default function Privacy() {}\n")
          .write("node_modules/x/SECURITY.md", "not ours\n")
          .write("packages/ui/CHANGELOG.md", "# 1.0\n")
          .commit("docs");
      var e = DocsCheck.collect(RepoFolder.read(dir, Long.MAX_VALUE));
      assertThat(e.readme()).isEqualTo(new DocsCheck.Readme("README.md", 66, null));
      assertThat(e.found())
          .containsExactly(
              new Found("readme", List.of("README.md")),
              new Found("deployment", List.of("docs/DEPLOYMENT.md")),
              new Found("runbook", List.of("ops/runbooks/db.md")),
              new Found("privacy", List.of("app/privacy/page.tsx")),
              new Found("changelog", List.of("packages/ui/CHANGELOG.md")));
      var all = new DocsCheck(List.of("readme", "deployment", "runbook", "privacy"), 50);
      assertThat(Probes.run(all, Repos.probe(dir)).outcome()).isEqualTo(Outcome.PASS);

      repo.write(
              "README.md",
              "# shop\n\nThis project was bootstrapped with [Create React App](https://cra.test).\n"
                  + WORDS)
          .commit("template");
      assertThat(Probes.run(all, Repos.probe(dir)).message())
          .startsWith("README.md is a generated template");
    }
  }
}
