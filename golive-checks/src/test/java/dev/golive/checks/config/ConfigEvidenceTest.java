package dev.golive.checks.config;

import static dev.golive.checks.config.Configs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.Check;
import dev.golive.checks.CheckType;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored evidence of every config check is judged again as it was, and holds no secret. */
class ConfigEvidenceTest {
  private static final String KEY = SecretStrengthCheckTest.random(50, "abcdef0123456789!@#", 99);

  @Test
  void everyConfigCheckJudgesItsStoredEvidenceAgain(@TempDir Path dir) throws Exception {
    write(dir, ".env.example", "SECRET_KEY=\n");
    Path env =
        write(
            dir,
            ".env",
            """
            DEBUG=False
            NODE_ENV=production
            SECRET_KEY='%s'
            JWT_SECRET=changeme
            DB_USER=shop
            DB_PASSWORD=hunter2hunter2
            DATABASE_URL=postgres://shop:s3cr3t-Pa55word@db:5432/shop
            ALLOWED_HOSTS=shop.example,*
            CORS_ORIGINS=*
            CORS_CREDENTIALS=true
            APP_URL=http://shop.example
            """
                .formatted(KEY));
    int seen = 0;
    for (CheckType t : Catalog.builtIn().all()) {
      if (t.family().equals("config")) {
        seen++;
        roundTrip(t, t.withDefaults(), env);
      }
    }
    assertThat(seen).isEqualTo(6);
  }

  private static <E extends Record> void roundTrip(CheckType t, Check<E> check, Path env)
      throws Exception {
    E evidence = Configs.collect(check, env, null);
    var map = Evidence.toMap(evidence);
    @SuppressWarnings("unchecked")
    E back = Evidence.fromMap(map, (Class<E>) t.evidenceType());
    assertThat(back).as(t.id()).isEqualTo(evidence);
    Judgement first = check.evaluate(evidence);
    assertThat(check.evaluate(back)).as(t.id()).isEqualTo(first);
    String json = map.toString() + first.message();
    assertThat(json)
        .as(t.id())
        .doesNotContain(KEY)
        .doesNotContain("hunter2hunter2")
        .doesNotContain("s3cr3t-Pa55word");
  }
}
