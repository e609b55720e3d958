package dev.golive.checks.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.repo.EnvExampleCheck.Read;
import dev.golive.checks.repo.EnvExampleCheck.Template;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.GitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvExampleCheckTest {
  private static final EnvExampleCheck CHECK = new EnvExampleCheck(List.of("NODE_ENV"));

  private static EnvExampleCheck.Evidence evidence(List<Template> templates, Read... reads) {
    return new EnvExampleCheck.Evidence("/src/shop", templates, 10, List.of(reads));
  }

  @Test
  void judgesWhatTheTemplatesList() {
    var example = List.of(new Template(".env.example", List.of("A", "B")));
    assertThat(CHECK.evaluate(evidence(example, new Read("A", "app.js:1", true))).message())
        .isEqualTo(".env.example lists all 1 variable the code reads");
    assertThat(
            CHECK
                .evaluate(
                    evidence(
                        example, new Read("A", "app.js:1", true), new Read("C", "app.js:2", false)))
                .message())
        .isEqualTo(".env.example lacks 1 variable the code reads: C (app.js:2)");
    assertThat(CHECK.evaluate(evidence(List.of(), new Read("A", "app.js:1", false))).message())
        .isEqualTo(
            "no .env.example (or .env.sample, .env.template) though the code reads 1 variable:"
                + " A (app.js:1)");
    assertThat(CHECK.evaluate(evidence(List.of())).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(CHECK.evaluate(evidence(example)).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void findsTheReadsOfEveryLanguageAndTheMissingNames(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write(".gitignore", ".env\nnode_modules/\n")
          .write(
              ".env.example",
              "# database\nDATABASE_URL=postgres://localhost/shop\nexport REDIS_URL=\n"
                  + "# SENTRY_DSN=\nSTRIPE_KEY=\n")
          .write(
              "web/src/api.ts",
              "const base = process.env.API_URL;\nconst key = process.env['STRIPE_KEY'];\n"
                  + "const { DATABASE_URL, SESSION_SECRET: secret, PORT = 3000 } = process.env;\n"
                  + "if (process.env.NODE_ENV === 'production') {}\n"
                  + "const v = import.meta.env.VITE_SITE + import.meta.env.MODE;\n")
          .write(
              "api/settings.py",
              "import os\nfrom decouple import config\nA = os.environ[\"DJANGO_SECRET\"]\n"
                  + "B = os.environ.get('REDIS_URL')\nC = os.getenv(\"SENTRY_DSN\")\n"
                  + "D = env.bool('DEBUG_TOOLBAR')\nE = config('EMAIL_HOST')\n")
          .write(
              "svc/Main.java",
              "/**\n * Reads {@code System.getenv(\"IN_A_COMMENT\")}.\n */\n"
                  + "class Main { String s = System.getenv(\"JAVA_OPTS_X\"); } // System.getenv(\"NOT_ME\")\n")
          .write("cmd/main.go", "package main\nvar t = os.Getenv(\"GO_TOKEN\")\n")
          .write("config/app.rb", "x = ENV['RAILS_KEY']\ny = ENV.fetch(\"RAILS_HOST\")\n")
          .write("lib/conf.php", "<?php $a = getenv('PHP_A'); $b = env('PHP_B');\n")
          .write(
              "docker-compose.yml",
              "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n"
                  + "      LITERAL: $${NOT_A_READ}\n")
          .write("web/src/api.test.ts", "process.env.ONLY_IN_TESTS\n")
          .write("tests/test_api.py", "os.getenv('ONLY_IN_TESTS')\n")
          .write("node_modules/lib/index.js", "process.env.FROM_A_DEPENDENCY\n")
          .write("dist/bundle.js", "process.env.FROM_A_BUILD\n")
          .commit("start");
      var e = CHECK.collect(Repos.probe(dir));
      assertThat(e.templates())
          .containsExactly(
              new Template(
                  ".env.example",
                  List.of("DATABASE_URL", "REDIS_URL", "SENTRY_DSN", "STRIPE_KEY")));
      assertThat(e.reads())
          .extracting(Read::name, Read::listed)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("API_URL", false),
              org.assertj.core.groups.Tuple.tuple("DATABASE_URL", true),
              org.assertj.core.groups.Tuple.tuple("DEBUG_TOOLBAR", false),
              org.assertj.core.groups.Tuple.tuple("DJANGO_SECRET", false),
              org.assertj.core.groups.Tuple.tuple("EMAIL_HOST", false),
              org.assertj.core.groups.Tuple.tuple("GO_TOKEN", false),
              org.assertj.core.groups.Tuple.tuple("JAVA_OPTS_X", false),
              org.assertj.core.groups.Tuple.tuple("PHP_A", false),
              org.assertj.core.groups.Tuple.tuple("PHP_B", false),
              org.assertj.core.groups.Tuple.tuple("PORT", false),
              org.assertj.core.groups.Tuple.tuple("POSTGRES_PASSWORD", false),
              org.assertj.core.groups.Tuple.tuple("RAILS_HOST", false),
              org.assertj.core.groups.Tuple.tuple("RAILS_KEY", false),
              org.assertj.core.groups.Tuple.tuple("REDIS_URL", true),
              org.assertj.core.groups.Tuple.tuple("SENTRY_DSN", true),
              org.assertj.core.groups.Tuple.tuple("SESSION_SECRET", false),
              org.assertj.core.groups.Tuple.tuple("STRIPE_KEY", true),
              org.assertj.core.groups.Tuple.tuple("VITE_SITE", false));
      assertThat(e.reads()).contains(new Read("API_URL", "web/src/api.ts:1", false));
      assertThat(CHECK.evaluate(e).message())
          .startsWith(".env.example lacks 14 variables the code reads: API_URL (web/src/api.ts:1),")
          .endsWith("and 6 more");
    }
  }

  @Test
  void aTemplateInASubfolderCoversItsOwnCode(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("backend/.env.sample", "SECRET=\n")
          .write("backend/app.py", "import os\nos.getenv('SECRET')\n")
          .write("frontend/app.js", "process.env.SECRET\n")
          .commit("start");
      var j = Probes.run(CHECK, Repos.probe(dir));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .isEqualTo(
              "backend/.env.sample lacks 1 variable the code reads: SECRET (frontend/app.js:1)");
    }
  }
}
