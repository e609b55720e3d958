package dev.golive.checks.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each line alone, and the rule that must find it ("" when nothing may be found). */
class SecretRulesTest {
  private static final SecretScanner SCANNER = new SecretScanner();
  private static final Fakes F = new Fakes(42);

  private static String found(String text) {
    List<SecretScanner.Hit> hits = SCANNER.scan(bytes(text), bytes(text).length);
    return hits.isEmpty() ? "" : hits.getFirst().rule();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void findsEachKindOfSecret() {
    Map<String, String> lines =
        Map.ofEntries(
            Map.entry("id_rsa: " + F.pem("OPENSSH PRIVATE KEY", "\n"), "private-key"),
            Map.entry(F.pem("EC PRIVATE KEY", "\r\n"), "private-key"),
            Map.entry(F.pem("ENCRYPTED PRIVATE KEY", "\n"), "private-key"),
            Map.entry("key = \"" + F.pem("PRIVATE KEY", "\\n") + "\"", "private-key"),
            Map.entry(
                "\"private_key\": \"" + F.pem("PRIVATE KEY", "\\n") + "\"", "gcp-service-account"),
            Map.entry("aws_access_key_id=" + F.awsKeyId(), "aws-access-key-id"),
            Map.entry(
                "  AccessKeyId: '" + "AS" + "IA" + F.chars(Fakes.BASE32, 16) + "'",
                "aws-access-key-id"),
            Map.entry("secretAccessKey: \"" + F.awsSecret() + "\"", "aws-secret-access-key"),
            Map.entry("AWS_SECRET_ACCESS_KEY=" + F.awsSecret(), "aws-secret-access-key"),
            Map.entry("git clone https://" + F.githubToken() + "@github.com/a/b", "github-token"),
            Map.entry("token: " + F.githubPat(), "github-token"),
            Map.entry("SLACK=" + F.slackToken(), "slack-token"),
            Map.entry("url: " + F.slackWebhook(), "slack-webhook"),
            Map.entry("STRIPE_KEY=" + F.stripeLive(), "stripe-live-key"),
            Map.entry("rk" + "_live_" + F.chars(Fakes.ALNUM, 30), "stripe-live-key"),
            Map.entry("TELEGRAM_BOT_TOKEN=" + F.telegram(), "telegram-bot-token"),
            Map.entry("JWT_SECRET=" + F.secret(24), "jwt-secret"),
            Map.entry("jwtSecret: '" + F.secret(12) + "',", "jwt-secret"),
            Map.entry("password: \"" + F.secret(20) + "\"", "generic-secret"),
            Map.entry("$db_password = '" + F.secret(18) + "';", "generic-secret"),
            Map.entry("'api_key' => '" + F.secret(32) + "',", "generic-secret"),
            Map.entry("apiKey := \"" + F.secret(32) + "\"", "generic-secret"),
            Map.entry("define('DB_PASSWORD', '" + F.secret(20) + "');", "generic-secret"),
            Map.entry(
                "os.environ.setdefault(\"SECRET_KEY\", \"" + F.secret(40) + "\")",
                "generic-secret"),
            Map.entry("SECRET_KEY_BASE=" + F.chars("0123456789abcdef", 128), "generic-secret"),
            Map.entry(
                "var a=1;".repeat(2000)
                    + "var apiKey=\""
                    + F.secret(32)
                    + "\";"
                    + "b();".repeat(2000),
                "generic-secret"));
    List<String> wrong = new ArrayList<>();
    lines.forEach(
        (line, rule) -> {
          if (!found(line).equals(rule)) {
            wrong.add(
                rule
                    + " <- "
                    + line.substring(0, Math.min(80, line.length()))
                    + " (got '"
                    + found(line)
                    + "')");
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void leavesLookAlikesAlone() {
    List<String> lines =
        List.of(
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AKIAAAAAAAAAAAAAAAAA",
            "SECRET_KEY=your-secret-key",
            "secret_key = 'your_secret_key_here_1234'",
            "PASSWORD=changeme",
            "password: change-me-please-2024",
            "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "API_KEY=****************",
            "TOKEN=<token>",
            "token: <YOUR_TOKEN_1234567890>",
            "DB_PASSWORD=${DB_PASSWORD}",
            "DB_PASSWORD=${DB_PASSWORD:-postgres123456789}",
            "const apiKey = process.env.API_KEY;",
            "const t = process.env[\"SECRET_TOKEN_2\"]",
            "password = os.environ['DB_PASSWORD']",
            "secret = os.environ.get('SECRET_KEY_1')",
            "api_key = os.getenv(\"API_KEY\")",
            "token = ENV.fetch('GITHUB_TOKEN')",
            "password = getPassword()",
            "password: !vault |",
            "password = self.password1",
            "token = request.headers.authorization",
            "if (token === undefined) { throw new Error('token') }",
            "\"integrity\": \"sha512-" + F.chars(Fakes.BASE64, 86) + "==\"",
            "integrity=\"sha384-" + F.chars(Fakes.BASE64, 64) + "\"",
            "  integrity sha1-" + F.chars(Fakes.BASE64, 27) + "=",
            "token_hash = \"" + F.chars("0123456789abcdef", 64) + "\"",
            "password_sha256: " + F.chars("0123456789abcdef", 64),
            "checksum = \"" + F.chars("0123456789abcdef", 64) + "\"",
            "hash = \"sha256:" + F.chars("0123456789abcdef", 64) + "\"",
            "golang.org/x/net v0.1.0 h1:" + F.chars(Fakes.BASE64, 43) + "=",
            "session_token: 550e8400-e29b-41d4-a716-446655440000",
            "csrf_token = \"123e4567-e89b-12d3-a456-426614174000\"",
            "STRIPE_SECRET_KEY=" + F.stripeTest(),
            "GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "SLACK_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
            "bot token looks like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
            "JWT_SECRET=your-jwt-secret-here",
            "jwt_secret: secret",
            "jwtSecret: config.jwt.secret",
            "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
            "-----BEGIN CERTIFICATE-----\n"
                + F.chars(Fakes.BASE64, 64)
                + "\n-----END CERTIFICATE-----",
            "token_url = \"https://oauth2.example.test/token/v2/abc123def456\"",
            "ACCESS_TOKEN_EXPIRES=3600000000000000000",
            "max_password_length = 1234567890123456789",
            "password_reset_token_lifetime: 86400s1234567890",
            "SECRET_FILE=/run/secrets/db_password_2024",
            "token = \"" + F.githubToken() + "\"  # golive:allow",
            "tokens, secrets = parse(a1b2c3d4e5f6g7h8i9j0, x)",
            "\"passwordless-" + F.secret(20) + "\"",
            "new Leak(\"jwt-secret\", \"server/config.yml\", 3, c, true),",
            "NPM_TOKEN: npm_abcdef123456",
            "\"APP_KEY=base64:c2VjcmV0\\nDB_PASSWORD=hunter2\\nA=1\\nB=2\\nC=3\\nSTRIPE=sk_live\\n\"");
    List<String> flagged = new ArrayList<>();
    for (String line : lines) {
      if (!found(line).isEmpty()) {
        flagged.add(found(line) + " <- " + line);
      }
    }
    assertThat(flagged).isEmpty();
  }

  @Test
  void theDocsDescribeEveryRule() throws java.io.IOException {
    String docs =
        java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "deep-checks.md"));
    for (SecretRules.Rule r : SecretRules.ALL) {
      assertThat(docs)
          .as("docs/deep-checks.md describes " + r.name())
          .contains("| `" + r.name() + "` |");
    }
  }

  @Test
  void reportsTheLineOfEachFindingInAFile() {
    String text =
        "one\n"
            + "token: <t>\n"
            + "three "
            + F.awsKeyId()
            + " and "
            + F.githubToken()
            + "\n"
            + "\n"
            + "five "
            + F.stripeLive()
            + "\n";
    assertThat(SCANNER.scan(bytes(text), bytes(text).length))
        .containsExactly(
            new SecretScanner.Hit("aws-access-key-id", 3),
            new SecretScanner.Hit("stripe-live-key", 5));
  }

  @Test
  void theKeywordAutomatonFindsOverlappingKeywordsIgnoringCase() {
    Keywords k = new Keywords(List.of("token", "ken", "secret"), new int[] {1, 2, 4});
    byte[] text = bytes("TOKEN sEcReT kenny ünïcode");
    Keywords.Hits hits = k.find(text, text.length);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      seen.add(hits.position(i) + ":" + hits.mask(i));
    }
    assertThat(seen).containsExactly("4:3", "11:4", "15:2");
  }
}
