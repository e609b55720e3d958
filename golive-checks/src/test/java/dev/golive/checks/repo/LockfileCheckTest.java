package dev.golive.checks.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.repo.LockfileCheck.Manifest;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.GitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockfileCheckTest {
  private static final LockfileCheck CHECK = new LockfileCheck();
  private static final String DEPS = "{\"dependencies\": {\"express\": \"^4.0.0\"}}";

  @Test
  void judgesTheManifests() {
    var ok = new Manifest("package.json", "npm", "package-lock.json", true, false, null);
    var bad = new Manifest("api/go.mod", "go", null, false, false, "has no go.sum");
    assertThat(CHECK.evaluate(new LockfileCheck.Evidence("/r", true, List.of(ok))).message())
        .isEqualTo("locked: package.json → package-lock.json");
    assertThat(CHECK.evaluate(new LockfileCheck.Evidence("/r", true, List.of(ok, bad))).message())
        .isEqualTo("api/go.mod has no go.sum");
    assertThat(CHECK.evaluate(new LockfileCheck.Evidence("/r", true, List.of())).outcome())
        .isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void findsEachEcosystemsLockfileAndWhetherItIsCommitted(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write(".gitignore", "yarn.lock\n")
          .write(
              "package.json",
              "{\"private\": true, \"workspaces\": [\"packages/*\"], \"devDependencies\": {\"vitest\": \"1\"}}")
          .write("package-lock.json", "{}")
          .write("packages/ui/package.json", DEPS)
          .write("tools/package.json", "{\"scripts\": {\"x\": \"echo\"}}")
          .write("web/package.json", DEPS)
          .write("web/yarn.lock", "# yarn\n")
          .write("api/go.mod", "module shop\n\ngo 1.22\n\nrequire github.com/lib/pq v1.10.9\n")
          .write("api/go.sum", "github.com/lib/pq v1.10.9 h1:x=\n")
          .write("tool/go.mod", "module tool\n\ngo 1.22\n")
          .write(
              "ml/pyproject.toml",
              "[tool.poetry]\nname = \"ml\"\n\n[tool.poetry.dependencies]\npython = \"^3.11\"\nnumpy = \"^1.26\"\n")
          .write(
              "svc/pyproject.toml",
              "[project]\nname = \"svc\"\ndependencies = [\n  \"fastapi>=0.110\",\n]\n\n[tool.uv]\ndev-dependencies = []\n")
          .write("svc/uv.lock", "version = 1\n")
          .write("lint/pyproject.toml", "[tool.black]\nline-length = 100\n")
          .write(
              "requirements.txt",
              "# prod\nDjango==5.0.3\npsycopg[binary]==3.1.18 ; python_version >= '3.10'\n-r requirements-base.txt\n")
          .write(
              "requirements-base.txt",
              "requests>=2\ngit+https://git.test/x.git@" + "a".repeat(40) + "\n")
          .write("Gemfile", "source 'https://rubygems.org'\ngem 'rails'\n")
          .write("Gemfile.lock", "GEM\n")
          .write(
              "composer.json",
              "{\"require\": {\"php\": \">=8.2\", \"laravel/framework\": \"^11.0\"}}")
          .write("rust/Cargo.toml", "[package]\nname = \"app\"\n")
          .write("rust/src/main.rs", "fn main() {}\n")
          .write("rustlib/Cargo.toml", "[package]\nname = \"lib\"\n")
          .write("rustlib/src/lib.rs", "\n")
          .write("vendor/x/composer.json", "{\"require\": {\"a/b\": \"1\"}}")
          .commit("manifests");
      var e = CHECK.collect(Repos.probe(dir));
      assertThat(e.manifests())
          .containsExactly(
              new Manifest("Gemfile", "bundler", "Gemfile.lock", true, false, null),
              new Manifest("api/go.mod", "go", "api/go.sum", true, false, null),
              new Manifest("composer.json", "composer", null, false, false, "has no composer.lock"),
              new Manifest("ml/pyproject.toml", "poetry", null, false, false, "has no poetry.lock"),
              new Manifest("package.json", "npm", "package-lock.json", true, false, null),
              new Manifest(
                  "packages/ui/package.json", "npm", "package-lock.json", true, false, null),
              new Manifest(
                  "requirements-base.txt", "pip", null, true, false, "does not pin requests>=2"),
              new Manifest("requirements.txt", "pip", "requirements.txt", true, false, null),
              new Manifest("rust/Cargo.toml", "cargo", null, false, false, "has no Cargo.lock"),
              new Manifest("svc/pyproject.toml", "uv", "svc/uv.lock", true, false, null),
              new Manifest(
                  "web/package.json",
                  "npm",
                  "web/yarn.lock",
                  false,
                  true,
                  "yarn.lock is ignored by .gitignore"));
      var j = Probes.run(CHECK, Repos.probe(dir));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .isEqualTo(
              "composer.json has no composer.lock; ml/pyproject.toml has no poetry.lock;"
                  + " requirements-base.txt does not pin requests>=2; and 2 more");
    }
  }
}
