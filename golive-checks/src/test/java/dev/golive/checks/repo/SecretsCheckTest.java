package dev.golive.checks.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.repo.SecretScan.Leak;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsCheckTest {
  private static final SecretsCheck DEFAULTS = new SecretsCheck(List.of(), true, 2048);

  private static SecretsCheck.Evidence evidence(boolean complete, Leak... leaks) {
    return new SecretsCheck.Evidence(
        "/src/shop",
        true,
        40,
        120_000,
        12,
        30,
        80_000,
        1,
        0,
        0,
        complete,
        leaks.length,
        List.of(leaks));
  }

  @Test
  void findingsNameTheRuleTheLineAndTheCommitNeverTheSecret() {
    var j =
        DEFAULTS.evaluate(
            evidence(
                true,
                new Leak("aws-access-key-id", "config/aws.py", 3, "abc1234", true),
                new Leak("private-key", "deploy/id_rsa", 1, "def5678", false),
                new Leak("generic-secret", "settings.py", 9, null, true),
                new Leak("github-token", "ci.sh", 2, "0123abc", false)));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo(
            "4 secrets committed: aws-access-key-id in config/aws.py:3 (committed in abc1234);"
                + " private-key in deploy/id_rsa:1 (added in commit def5678, still in the"
                + " history); generic-secret in settings.py:9 (not committed yet); and 1 more");
  }

  @Test
  void aCleanScanPassesAndAnUnfinishedOneCannotDecide() {
    assertThat(DEFAULTS.evaluate(evidence(true)).message())
        .isEqualTo("no secrets in 40 files (120.0 kB) or in 30 more blobs (80.0 kB) of 12 commits");
    assertThat(DEFAULTS.evaluate(evidence(false)).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(
            DEFAULTS
                .evaluate(evidence(false, new Leak("slack-token", "a.js", 1, null, true)))
                .outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void findsExactlyThePlantedSecretsAmongLookAlikesInTheTreeAndTheHistory(@TempDir Path dir)
      throws Exception {
    Fakes f = new Fakes(7);
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("README.md", "# shop\n").write(".gitignore", ".env\n*.log\n");
      lookAlikes(repo, f);
      String start = repo.commit("start");

      repo.write("deploy/id_rsa", f.pem("RSA PRIVATE KEY", "\n"));
      String keyAdded = repo.commit("deploy key");
      repo.delete("deploy/id_rsa").commit("remove the key");

      repo.write(
              "config/gcp.json",
              "{\n  \"type\": \"service_account\",\n  \"project_id\": \"shop-prod\",\n"
                  + "  \"private_key_id\": \""
                  + f.chars("0123456789abcdef", 40)
                  + "\",\n  \"private_key\": \""
                  + f.pem("PRIVATE KEY", "\\n")
                  + "\",\n  \"client_email\": \"shop@shop-prod.iam.gserviceaccount.com\"\n}\n")
          .write(
              "config/aws.py",
              "import boto3\n\nAWS_ACCESS_KEY_ID = \""
                  + f.awsKeyId()
                  + "\"\naws_secret_access_key = \""
                  + f.awsSecret()
                  + "\"\n")
          .write("scripts/release.sh", "#!/bin/sh\nexport GH_TOKEN=" + f.githubToken() + "\n")
          .write(
              "notify.js",
              "const slack = new WebClient('"
                  + f.slackToken()
                  + "');\n// alerts\nconst hook = \""
                  + f.slackWebhook()
                  + "\";\n")
          .write("billing.rb", "Stripe.api_key = \"" + f.stripeLive() + "\"\n")
          .write("bot.py", "from telegram import Bot\n\nbot = Bot(\"" + f.telegram() + "\")\n")
          .write(
              "server/config.yml",
              "server:\n  port: 8080\n  jwt_secret: \"" + f.secret(32) + "\"\n")
          .write("settings.py", "DEBUG = False\nSECRET_KEY = '" + f.secret(50) + "'\n");
      String current = repo.commit("configuration");

      repo.branch("feature").write("tokens.txt", "pat " + f.githubPat() + "\n");
      String side = repo.commit("a token on a branch");
      repo.checkout("main");

      repo.write("untracked.env.sh", "export API_TOKEN=" + f.secret(40) + "\n");
      Files.writeString(dir.resolve("debug.log"), "token=" + f.secret(40) + "\n");

      var e = new SecretsCheck(List.of("test/fixtures/**"), true, 2048).collect(Repos.probe(dir));
      String c = GitRepo.shortId(current);
      assertThat(e.leaks())
          .containsExactlyInAnyOrder(
              new Leak("stripe-live-key", "billing.rb", 1, c, true),
              new Leak("telegram-bot-token", "bot.py", 3, c, true),
              new Leak("aws-access-key-id", "config/aws.py", 3, c, true),
              new Leak("aws-secret-access-key", "config/aws.py", 4, c, true),
              new Leak("gcp-service-account", "config/gcp.json", 5, c, true),
              new Leak("slack-token", "notify.js", 1, c, true),
              new Leak("slack-webhook", "notify.js", 3, c, true),
              new Leak("github-token", "scripts/release.sh", 2, c, true),
              new Leak("jwt-secret", "server/config.yml", 3, c, true),
              new Leak("generic-secret", "settings.py", 2, c, true),
              new Leak("generic-secret", "untracked.env.sh", 1, null, true),
              new Leak("private-key", "deploy/id_rsa", 1, GitRepo.shortId(keyAdded), false),
              new Leak("github-token", "tokens.txt", 1, GitRepo.shortId(side), false));
      assertThat(e.commits()).isEqualTo(5);
      assertThat(e.allowed()).isEqualTo(1);
      assertThat(e.binary()).isEqualTo(2);
      assertThat(e.complete()).isTrue();
      assertThat(start).isNotBlank();
      var j = DEFAULTS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).startsWith("13 secrets committed: ");
    }
  }

  /** Things that look like secrets and are not, and secrets excused by path or marker. */
  private static void lookAlikes(GitRepo repo, Fakes f) {
    String integrity = f.chars(Fakes.BASE64, 64);
    repo.write(
            "docs/setup.md",
            String.join(
                "\n",
                "# Setup",
                "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "SECRET_KEY=your-secret-key",
                "PASSWORD=changeme",
                "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "GITHUB_TOKEN=<token>",
                "DB_PASSWORD=${DB_PASSWORD}",
                "JWT_SECRET=your-jwt-secret-here",
                "STRIPE_SECRET_KEY=" + f.stripeTest(),
                "GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "Telegram: 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
                "```",
                "-----BEGIN RSA PRIVATE KEY-----",
                "...",
                "-----END RSA PRIVATE KEY-----",
                "```",
                ""))
        .write(
            "src/app.js",
            String.join(
                "\n",
                "const token = process.env.API_TOKEN;",
                "const secret = import.meta.env.VITE_SECRET;",
                "const password = config.get('db.password');",
                "const session_token = \"550e8400-e29b-41d4-a716-446655440000\";",
                "const token_url = \"https://oauth2.googleapis.com/token\";",
                "function login(password) { return check(password, hashed); }",
                ""))
        .write(
            "app/settings.py",
            String.join(
                "\n",
                "import os",
                "password = os.environ[\"DB_PASSWORD\"]",
                "secret = os.environ.get(\"SECRET\")",
                "api_key = os.getenv('API_KEY')",
                "api_key_hash = \"5f4dcc3b5aa765d61d8327deb882cf99\"",
                "sha256 = \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"",
                "token_sha = \"" + f.chars("0123456789abcdef", 64) + "\"",
                "refresh_token_ttl = 86400",
                "SECRET_KEY = settings.SECRET_KEY",
                ""))
        .write(
            "deploy/vars.yml",
            "db_password: \"{{ vault_db_password }}\"\napi_token: ${{ secrets.API_TOKEN }}\n")
        .write(
            "public/index.html",
            "<script src=\"https://cdn.test/a.js\" integrity=\"sha384-"
                + integrity
                + "\" crossorigin=\"anonymous\"></script>\n")
        .write(
            "package-lock.json",
            "{\n  \"packages\": {\n    \"node_modules/a\": {\n      \"integrity\": \"sha512-"
                + f.chars(Fakes.BASE64, 86)
                + "==\"\n    }\n  }\n}\n")
        .write(
            "Cargo.lock",
            "[[package]]\nname = \"a\"\nchecksum = \"" + f.chars("0123456789abcdef", 64) + "\"\n")
        .write("test/fixtures/key.pem", f.pem("PRIVATE KEY", "\n"))
        .write("scripts/demo.sh", "export DEMO_TOKEN=" + f.githubToken() + "  # golive:allow\n")
        .write(
            "assets/logo.png", ("\u0000PNG AWS " + f.awsKeyId()).getBytes(StandardCharsets.UTF_8))
        .write(
            "assets/blob.dat2", ("\u0000\u0001" + f.awsKeyId()).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theGoliveignoreFileAllowsPathsAndHistoryCanBeLeftOut(@TempDir Path dir) throws Exception {
    Fakes f = new Fakes(11);
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("old.txt", "token: " + f.githubToken() + "\n").commit("old");
      repo.delete("old.txt")
          .write(".goliveignore", "# fixtures\nfixtures/\n")
          .write("fixtures/aws.txt", f.awsKeyId() + "\n")
          .commit("fixtures");
      var noHistory = new SecretsCheck(List.of(), false, 2048);
      var j = Probes.run(noHistory, Repos.probe(dir));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).endsWith("(history not scanned)");
      assertThat(Probes.run(DEFAULTS, Repos.probe(dir)).message())
          .contains("github-token in old.txt:1 (added in commit");
    }
  }

  @Test
  void aPlainFolderIsScannedWithoutHistoryAndLargeFilesAreSkipped(@TempDir Path dir)
      throws Exception {
    Fakes f = new Fakes(3);
    Files.writeString(dir.resolve("big.txt"), "x".repeat(3000) + "\nkey " + f.awsKeyId() + "\n");
    Files.writeString(dir.resolve("small.txt"), "nothing here\n");
    var e = new SecretsCheck(List.of(), true, 2).collect(Repos.probe(dir));
    assertThat(e.leaks()).isEmpty();
    assertThat(e.large()).isEqualTo(1);
    assertThat(new SecretsCheck(List.of(), true, 2).evaluate(e).message())
        .isEqualTo(
            "no secrets in 1 files (13 bytes); " + dir + " is not a git repository, so no history");
    assertThat(new SecretsCheck(List.of(), true, 8).collect(Repos.probe(dir)).leaks())
        .containsExactly(new Leak("aws-access-key-id", "big.txt", 2, null, true));
  }
}
