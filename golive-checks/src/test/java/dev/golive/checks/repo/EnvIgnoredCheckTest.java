package dev.golive.checks.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvIgnoredCheckTest {
  private static final EnvIgnoredCheck CHECK = new EnvIgnoredCheck();

  private static EnvIgnoredCheck.EnvFile env(
      String path, boolean ignored, boolean tracked, String addedIn) {
    return new EnvIgnoredCheck.EnvFile(path, true, ignored, tracked, addedIn, null);
  }

  private static EnvIgnoredCheck.Evidence evidence(EnvIgnoredCheck.EnvFile... files) {
    return new EnvIgnoredCheck.Evidence("/src/shop", true, 12, true, List.of(files));
  }

  @Test
  void judgesEachFileByItsIgnoreRulesItsIndexAndItsHistory() {
    assertThat(CHECK.evaluate(evidence(env(".env", true, false, null))).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(CHECK.evaluate(evidence(env(".env", false, false, null))).message())
        .isEqualTo(".env is not ignored by .gitignore");
    assertThat(CHECK.evaluate(evidence(env(".env", true, true, "abc1234"))).message())
        .isEqualTo(".env is tracked (added in commit abc1234)");
    assertThat(CHECK.evaluate(evidence(env(".env.production", true, false, "abc1234"))).message())
        .isEqualTo(".env.production was committed in abc1234 and is still in the history");
  }

  @Test
  void aFolderThatIsNotARepositoryCannotPassAndAnUnfinishedWalkCannotEither() {
    var plain =
        new EnvIgnoredCheck.Evidence(
            "/src/shop", false, 0, true, List.of(env(".env", true, false, null)));
    assertThat(CHECK.evaluate(plain).outcome()).isEqualTo(Outcome.ERROR);
    var cut =
        new EnvIgnoredCheck.Evidence(
            "/src/shop", true, 500, false, List.of(env(".env", true, false, null)));
    assertThat(CHECK.evaluate(cut).outcome()).isEqualTo(Outcome.ERROR);
    var cutButCommitted =
        new EnvIgnoredCheck.Evidence(
            "/src/shop", true, 500, false, List.of(env(".env", true, false, "abc1234")));
    assertThat(CHECK.evaluate(cutButCommitted).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aCleanRepositoryPasses(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write(".gitignore", ".env\n.env.*\n!.env.example\n")
          .write(".env.example", "TOKEN=\n")
          .write("app.js", "console.log(process.env.TOKEN)\n")
          .commit("start");
      repo.write(".env", "TOKEN=local\n").write(".env.local", "TOKEN=mine\n");
      var e = CHECK.collect(Repos.probe(dir));
      assertThat(e.files())
          .extracting(EnvIgnoredCheck.EnvFile::path)
          .containsExactly(".env", ".env.local");
      assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
      assertThat(CHECK.evaluate(e).message()).contains("2 env files present").contains("1 commit");
    }
  }

  @Test
  void anEnvFileCommittedThenDeletedAndIgnoredIsStillFoundWithItsCommit(@TempDir Path dir)
      throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("app.py", "print('hi')\n").commit("start");
      String leaked = repo.write("backend/.env.production", "DB_PASSWORD=x\n").commit("config");
      repo.delete("backend/.env.production").write(".gitignore", ".env*\n").commit("oops");
      var j = Probes.run(CHECK, Repos.probe(dir));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .isEqualTo(
              "backend/.env.production was committed in "
                  + GitRepo.shortId(leaked)
                  + " and is still in the history");
    }
  }

  @Test
  void aTrackedEnvFileFailsEvenWhenIgnoredNow(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      String first = repo.write(".env", "A=1\n").commit("env");
      repo.write(".gitignore", ".env\n").commit("ignore it, too late");
      var e = CHECK.collect(Repos.probe(dir));
      assertThat(e.files())
          .containsExactly(
              new EnvIgnoredCheck.EnvFile(
                  ".env", true, true, true, GitRepo.shortId(first), "2024-01-01T00:00:00Z"));
      assertThat(CHECK.evaluate(e).message()).startsWith(".env is tracked");
    }
  }

  @Test
  void aForceAddedEnvFileOnASideBranchIsFound(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write(".gitignore", ".env\n").commit("start");
      repo.branch("feature").write(".env", "A=1\n").forceAdd(".env");
      String side = repo.commit("forced");
      repo.checkout("main");
      Files.deleteIfExists(dir.resolve(".env"));
      var j = Probes.run(CHECK, Repos.probe(dir));
      assertThat(j.message())
          .isEqualTo(
              ".env was committed in " + GitRepo.shortId(side) + " and is still in the history");
    }
  }

  @Test
  void withoutIgnoreRulesEvenAMissingEnvFails(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("README.md", "# shop\n").commit("start");
      assertThat(Probes.run(CHECK, Repos.probe(dir)).message())
          .isEqualTo(".env is not ignored by .gitignore");
    }
  }

  @Test
  void aMissingFolderIsAnError(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CHECK.collect(Repos.probe(dir.resolve("nope"))))
        .hasMessageContaining("does not exist");
  }
}
