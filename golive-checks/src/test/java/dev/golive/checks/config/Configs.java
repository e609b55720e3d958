package dev.golive.checks.config;

import dev.golive.checks.Check;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Env files and repositories written into a test's folder, and probes of them. */
final class Configs {
  private Configs() {}

  /** Writes {@code text} to {@code dir/name}, making folders; returns the file. */
  static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A target whose env is {@code env} (a path or {@code process}) and repository {@code repo}. */
  static Target target(String env, Path repo, URI site) {
    Resources r = new Resources(null, null, repo, env, null, null);
    return site == null ? Target.of("shop", r) : Target.of(site).withResources(r).withName("shop");
  }

  static <E extends Record> E collect(Check<E> check, Path env, Path repo) throws Exception {
    return collect(check, target(env == null ? null : env.toString(), repo, null));
  }

  static <E extends Record> E collect(Check<E> check, Target target) throws Exception {
    return check.collect(Probes.of(target, Trust.system(), Duration.ofSeconds(5)));
  }

  static <E extends Record> Judgement run(Check<E> check, Path env, Path repo) throws Exception {
    return check.evaluate(collect(check, env, repo));
  }

  /** The view of a dotenv file {@code dir/.env} holding {@code text}. */
  static ConfigView view(Path dir, String text) throws Exception {
    Path env = write(dir, ".env", text);
    return ConfigView.read(
        new Resources(null, null, null, env.toString(), null, null), java.util.Map.of());
  }

  static final ConfigSource SOURCE = new ConfigSource("/srv/shop/.env", null, List.of());
}
