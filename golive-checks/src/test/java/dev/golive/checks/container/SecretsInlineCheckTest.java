package dev.golive.checks.container;

import static dev.golive.checks.container.ComposeFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.container.SecretsInlineCheck.Kind;
import dev.golive.checks.container.SecretsInlineCheck.Seen;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsInlineCheckTest {
  private static final SecretsInlineCheck CHECK = new SecretsInlineCheck();

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "POSTGRES_PASSWORD      | postgres                       | LITERAL",
        "JWT_SECRET             | change-me-in-production        | LITERAL",
        "STRIPE_SECRET_KEY      | sk_live_51H                    | LITERAL",
        "SECRET_KEY_BASE        | 9f8e7d                         | LITERAL",
        "API_KEY                | abc123                         | LITERAL",
        "DB_PASSWORD            | ${DB_PASSWORD}                 | REFERENCE",
        "DB_PASSWORD            | $DB_PASSWORD                   | REFERENCE",
        "DB_PASSWORD            | ${DB_PASSWORD:?set it in .env} | REFERENCE",
        "DB_PASSWORD            | -                              | REFERENCE",
        "DB_PASSWORD            | ${DB_PASSWORD:-postgres}       | DEFAULT",
        "POSTGRES_PASSWORD_FILE | /run/secrets/db_password       | -",
        "JWT_SECRET_EXPIRES_IN  | 3600                           | -",
        "AWS_ACCESS_KEY_ID      | AKIA123                        | -",
        "NEXT_PUBLIC_API_KEY    | pk_test                        | -",
        "DATABASE_URL           | postgres://app:s3cret@db/app   | URL_PASSWORD",
        "DATABASE_URL           | postgres://app:${DB_PW}@db/app | -",
        "REDIS_URL              | redis://redis:6379             | -",
        "REDIS_PASSWORD         | ''                             | REFERENCE",
      })
  void tellsWrittenSecretsFromReferences(String key, String raw, Kind expected) {
    assertThat(SecretsInlineCheck.kind(key, raw)).isEqualTo(expected);
  }

  @Test
  void findingsNameServiceKeyAndLineNeverTheValue(@TempDir Path dir) throws Exception {
    write(dir, ".env", "DB_PASSWORD=from-dotenv-Pw\n");
    write(
        dir,
        "docker-compose.yml",
        """
        x-db-env: &db-env
          POSTGRES_USER: shop
          POSTGRES_PASSWORD: hunter2-Pw
        services:
          db:
            image: postgres:16
            environment: *db-env
          api:
            image: shop/api:1.0.0
            env_file: .env
            environment:
              - NODE_ENV=production
              - DATABASE_URL=postgres://shop:${DB_PASSWORD}@db:5432/shop
              - JWT_SECRET=${JWT_SECRET:-dev-jwt-secret}
              - SESSION_SECRET
          web:
            build:
              context: .
              args:
                NPM_TOKEN: npm_abcdef123456
            environment:
              SENTRY_DSN: https://key@o1.ingest.sentry.io/1
              REDIS_URL: redis://:cache-Pw@redis:6379/0
        """);
    SecretsInlineCheck.Evidence e = CHECK.collect(ComposeFiles.probe(dir));
    assertThat(e.settings())
        .extracting(Seen::service, Seen::key, Seen::kind, Seen::where)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "db", "POSTGRES_PASSWORD", Kind.LITERAL, "docker-compose.yml:3"),
            org.assertj.core.groups.Tuple.tuple(
                "api", "JWT_SECRET", Kind.DEFAULT, "docker-compose.yml:14"),
            org.assertj.core.groups.Tuple.tuple(
                "api", "SESSION_SECRET", Kind.REFERENCE, "docker-compose.yml:15"),
            org.assertj.core.groups.Tuple.tuple(
                "web", "REDIS_URL", Kind.URL_PASSWORD, "docker-compose.yml:23"),
            org.assertj.core.groups.Tuple.tuple(
                "web", "build.args.NPM_TOKEN", Kind.LITERAL, "docker-compose.yml:20"));
    assertThat(e.outside()).containsExactly("api");
    var j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .contains("4 secrets are written into docker-compose.yml")
        .contains("db POSTGRES_PASSWORD (docker-compose.yml:3)")
        .contains("api JWT_SECRET (a written default, docker-compose.yml:14)");
    String everything = j.message() + e;
    for (String secret :
        new String[] {
          "hunter2-Pw", "dev-jwt-secret", "npm_abcdef123456", "cache-Pw", "from-dotenv-Pw"
        }) {
      assertThat(everything).doesNotContain(secret);
    }
  }

  @Test
  void referencesAndSecretsPass(@TempDir Path dir) throws Exception {
    write(
        dir,
        "compose.yaml",
        """
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_PASSWORD_FILE: /run/secrets/db_password
            secrets:
              - db_password
          api:
            image: shop/api:1.0.0
            environment:
              DB_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD is required}
        secrets:
          db_password:
            file: ./secrets/db_password.txt
        """);
    var j = Probes.run(CHECK, ComposeFiles.probe(dir));
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("1 secret setting").contains("env_file or secrets: db");
  }
}
