package dev.golive.checks.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.checks.Catalog;
import dev.golive.checks.Check;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs config checks against the environment of its own process, {@code env: process}, and prints
 * one JSON line per check: id, outcome, message and evidence. {@link ChildJvm} starts it with an
 * environment a test chooses, so that no test changes the environment of the JVM running the tests.
 */
public final class ChildAudit {
  private ChildAudit() {}

  public static void main(String[] args) throws Exception {
    Target target =
        Target.of("process", new Resources(null, null, null, Resources.PROCESS_ENV, null, null));
    ObjectMapper json = new ObjectMapper();
    var probe = Probes.of(target, Trust.system(), Duration.ofSeconds(10));
    for (String id : args) {
      Check<?> check = Catalog.builtIn().find(id).orElseThrow().withDefaults();
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", id);
      Object evidence = null;
      Judgement j;
      try {
        evidence = check.collect(probe);
        j = judge(check, evidence);
      } catch (java.io.IOException e) {
        j = Judgement.error(e.getMessage());
      }
      line.put("outcome", j.outcome().name());
      line.put("message", j.message());
      line.put("evidence", evidence);
      System.out.println(json.writeValueAsString(line));
    }
    System.out.flush();
    System.exit(0);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Record> Judgement judge(Check<E> check, Object evidence) {
    return check.evaluate((E) evidence);
  }
}
