package dev.golive.checks.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link ChildAudit} in a JVM of its own whose environment holds exactly what a test gives:
 * the real process environment, read by the real {@code System.getenv()}, without touching the
 * environment of the JVM that runs the tests.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** The findings of {@code checkIds}, one JSON object each, in order. */
  static List<JsonNode> audit(Map<String, String> environment, String... checkIds)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ChildAudit.class.getName());
    command.addAll(List.of(checkIds));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().clear();
    pb.environment().putAll(environment);
    Path errors = Files.createTempFile("golive-child", ".err");
    pb.redirectError(errors.toFile());
    Process p = pb.start();
    String out;
    String err;
    try {
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the child JVM did not finish");
      }
    } finally {
      p.destroyForcibly();
      err = Files.readString(errors, StandardCharsets.UTF_8);
      Files.deleteIfExists(errors);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("the child JVM exited " + p.exitValue() + ": " + out + err);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> findings = new ArrayList<>();
    for (String line : out.strip().split("\n", -1)) {
      findings.add(json.readTree(line));
    }
    if (findings.size() != checkIds.length) {
      throw new IllegalStateException("the child JVM printed " + out + err);
    }
    return findings;
  }

  /** The one finding of {@code checkId}. */
  static JsonNode audit(Map<String, String> environment, String checkId)
      throws IOException, InterruptedException {
    return audit(environment, new String[] {checkId}).getFirst();
  }
}
