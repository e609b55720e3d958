package dev.golive.checks.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.repo.CiCheck.CiFile;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.GitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CiCheckTest {
  private static final CiCheck CHECK = new CiCheck();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "npm test                                    | npm test",
        "npm ci && npm run test:unit -- --coverage   | npm run test:unit",
        "pnpm test                                   | pnpm test",
        "yarn run test                               | yarn run test",
        "npx vitest run                              | npx vitest",
        "npm install -D jest                         | ''",
        "npm ci                                      | ''",
        "npm run build                               | ''",
        "pip install -r requirements.txt && pytest -q | pytest",
        "python -m pytest tests/                     | python -m pytest",
        "python manage.py test                       | manage.py test",
        "go test ./...                               | go test",
        "go build ./...                              | ''",
        "./mvnw -B verify                            | ./mvnw -B verify",
        "mvn -B package -DskipTests                  | ''",
        "mvn -B package                              | mvn -B package",
        "./gradlew check                             | ./gradlew check",
        "./gradlew build -x test                     | ''",
        "cargo test --all                            | cargo test",
        "cargo build --release                       | ''",
        "php artisan test                            | artisan test",
        "vendor/bin/phpunit                          | phpunit",
        "bundle exec rspec                           | rspec",
        "bin/rails test                              | rails test",
        "make test                                   | make test",
        "make -j2 lint check                         | make -j2 lint check",
        "make build                                  | ''",
        "dotnet test                                 | dotnet test",
        "docker compose up -d                        | ''",
        "echo testing                                | ''",
      })
  void knowsTestCommands(String line, String expected) {
    String found = TestCommands.find(line);
    assertThat(found == null ? "" : found).isEqualTo(expected);
  }

  @Test
  void judgesCiAndItsTests() {
    assertThat(CHECK.evaluate(new CiCheck.Evidence("/src/shop", List.of())).outcome())
        .isEqualTo(Outcome.FAIL);
    var none = new CiFile(".github/workflows/deploy.yml", "GitHub Actions", List.of());
    assertThat(CHECK.evaluate(new CiCheck.Evidence("/src/shop", List.of(none))).message())
        .isEqualTo("GitHub Actions .github/workflows/deploy.yml run no test command");
    var tests = new CiFile(".gitlab-ci.yml", "GitLab CI", List.of("pytest"));
    assertThat(CHECK.evaluate(new CiCheck.Evidence("/src/shop", List.of(none, tests))).message())
        .isEqualTo("GitLab CI .gitlab-ci.yml runs tests (pytest)");
  }

  @Test
  void readsTheStepsOfEachCiSystem(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write(
              ".github/workflows/ci.yml",
              "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                  + "      - uses: actions/checkout@v4\n      - run: npm ci\n"
                  + "      - run: |\n          npm run lint\n          npm test\n")
          .write(
              ".github/workflows/deploy.yml",
              "on: [push]\njobs:\n  deploy:\n    steps:\n      - run: ./deploy.sh\n")
          .write(
              ".gitlab-ci.yml",
              "test:\n  script:\n    - !reference [.setup, script]\n    - make ci\n")
          .write("Makefile", "ci: lint\n\tgo vet ./...\n\tgo test ./...\n\nlint:\n\techo lint\n")
          .write(
              ".circleci/config.yml",
              "jobs:\n  build:\n    steps:\n      - run:\n          command: yarn ci-check\n")
          .write("package.json", "{\"scripts\": {\"ci-check\": \"vitest run --coverage\"}}")
          .write(
              "Jenkinsfile",
              "pipeline { stages { stage('t') { steps { sh './scripts/test.sh' } } } }\n")
          .write("scripts/test.sh", "#!/bin/sh\n# pytest is not run here\n./mvnw -B verify\n")
          .write("azure-pipelines.yml", "steps:\n- task: Maven@4\n  inputs:\n    goals: 'verify'\n")
          .write(".ci/run", "#!/bin/sh\nset -e\ncargo build\n")
          .commit("ci");
      var e = CHECK.collect(Repos.probe(dir));
      assertThat(e.files())
          .containsExactly(
              new CiFile(".ci/run", "CI script", List.of()),
              new CiFile(".circleci/config.yml", "CircleCI", List.of("vitest")),
              new CiFile(".github/workflows/ci.yml", "GitHub Actions", List.of("npm test")),
              new CiFile(".github/workflows/deploy.yml", "GitHub Actions", List.of()),
              new CiFile(".gitlab-ci.yml", "GitLab CI", List.of("go test")),
              new CiFile("Jenkinsfile", "Jenkins", List.of("./mvnw -B verify")),
              new CiFile("azure-pipelines.yml", "Azure Pipelines", List.of("mvn verify")));
      assertThat(CHECK.evaluate(e).message())
          .isEqualTo("CircleCI .circleci/config.yml runs tests (vitest)");
    }
  }

  @Test
  void noCiFails(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("README.md", "# x\n").commit("start");
      assertThat(Probes.run(CHECK, Repos.probe(dir)).message())
          .startsWith(dir + " has no CI configuration");
    }
  }
}
