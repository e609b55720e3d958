package dev.golive.bench.tls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.checks.Check;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.tls.CertificateCheck;
import dev.golive.checks.tls.CipherEvidence;
import dev.golive.checks.tls.CipherSuites;
import dev.golive.checks.tls.CiphersCheck;
import dev.golive.checks.tls.ExpiryCheck;
import dev.golive.checks.tls.KeyCheck;
import dev.golive.checks.tls.ProtocolEvidence;
import dev.golive.checks.tls.ProtocolsCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one tool found on one server, in terms both tools can be held to.
 *
 * @param verdicts per aspect ({@code certificate}, {@code expiry}, {@code key}): {@code pass},
 *     {@code warn}, {@code fail} or {@code error}
 * @param notes per aspect, what the tool said, for the report
 * @param protocols the versions accepted ({@code TLSv1.2} ...), or {@code null} when the tool could
 *     not tell
 * @param weakSuites the weak suites accepted, as {@code "TLSv1.2 TLS_RSA_WITH_RC4_128_SHA"}, or
 *     {@code null}
 * @param weaknesses the kinds of weak suite accepted ({@code NULL}, {@code anonymous}, {@code
 *     EXPORT}, {@code RC4}, {@code 64-bit block}), or {@code null}
 */
record Findings(
    Map<String, String> verdicts,
    Map<String, String> notes,
    Set<String> protocols,
    Set<String> weakSuites,
    Set<String> weaknesses) {

  static final List<String> VERDICT_ASPECTS = List.of("certificate", "expiry", "key");

  /** golive's five checks over one shared probe, with the default parameters. */
  static Findings golive(Probe probe) throws InterruptedException {
    Map<String, String> verdicts = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    judge("certificate", new CertificateCheck(), probe, verdicts, notes);
    judge("expiry", new ExpiryCheck(30, 60), probe, verdicts, notes);
    judge("key", new KeyCheck(2048, 256), probe, verdicts, notes);
    judge("protocols", new ProtocolsCheck(), probe, verdicts, notes);
    judge("ciphers", new CiphersCheck(), probe, verdicts, notes);
    Set<String> protocols = null;
    Set<String> suites = null;
    Set<String> kinds = null;
    try {
      ProtocolEvidence p = new ProtocolsCheck().collect(probe);
      protocols = new TreeSet<>(p.accepted());
      CipherEvidence c = new CiphersCheck().collect(probe);
      suites = new TreeSet<>();
      kinds = new TreeSet<>();
      for (CipherEvidence.Suite s : c.weak()) {
        suites.add(s.protocol() + " " + s.name());
        kinds.addAll(s.weaknesses());
      }
    } catch (IOException e) {
      // the judgements above already say the target could not be scanned
    }
    return new Findings(verdicts, notes, protocols, suites, kinds);
  }

  private static <E extends Record> void judge(
      String aspect,
      Check<E> check,
      Probe probe,
      Map<String, String> verdicts,
      Map<String, String> notes)
      throws InterruptedException {
    try {
      Judgement j = check.evaluate(check.collect(probe));
      verdicts.put(aspect, j.outcome().id());
      notes.put(aspect, j.message());
    } catch (IOException e) {
      verdicts.put(aspect, "error");
      notes.put(aspect, e.getMessage());
    }
  }

  private static final Map<String, String> TESTSSL_PROTOCOLS =
      Map.of(
          "SSLv2", "SSLv2",
          "SSLv3", "SSLv3",
          "TLS1", "TLSv1",
          "TLS1_1", "TLSv1.1",
          "TLS1_2", "TLSv1.2",
          "TLS1_3", "TLSv1.3");

  private static final Map<String, String> TESTSSL_CIPHER_PROTOCOLS =
      Map.of(
          "ssl2", "SSLv2",
          "ssl3", "SSLv3",
          "tls1", "TLSv1",
          "tls1_1", "TLSv1.1",
          "tls1_2", "TLSv1.2",
          "tls1_3", "TLSv1.3");

  /** testssl.sh's flat JSON findings, judged by the same thresholds as golive's defaults. */
  static Findings testssl(Path json) throws IOException {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode n : new ObjectMapper().readTree(json.toFile())) {
      byId.putIfAbsent(n.path("id").asText(), n);
    }
    Map<String, String> verdicts = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    if (!byId.containsKey("TLS1_2") || !byId.containsKey("cert_chain_of_trust")) {
      String why =
          byId.values().stream()
              .filter(n -> n.path("severity").asText().matches("FATAL|WARN"))
              .map(n -> n.path("finding").asText())
              .findFirst()
              .orElse("no findings");
      for (String a : List.of("certificate", "expiry", "key", "protocols", "ciphers")) {
        verdicts.put(a, "error");
        notes.put(a, why);
      }
      return new Findings(verdicts, notes, null, null, null);
    }

    String chain = finding(byId, "cert_chain_of_trust");
    String name = finding(byId, "cert_trust");
    String validity = finding(byId, "cert_expirationStatus");
    boolean trusted = severity(byId, "cert_chain_of_trust").equals("OK");
    boolean named = Set.of("OK", "INFO").contains(severity(byId, "cert_trust"));
    boolean expired = validity.contains("expired");
    verdicts.put("certificate", trusted && named && !expired ? "pass" : "fail");
    notes.put("certificate", "chain: " + chain + "; name: " + name + "; validity: " + validity);

    verdicts.put(
        "expiry",
        switch (severity(byId, "cert_expirationStatus")) {
          case "OK", "INFO" -> "pass";
          case "LOW", "MEDIUM" -> "warn";
          default -> "fail";
        });
    notes.put("expiry", validity);

    String keySeverity = severity(byId, "cert_keySize");
    String sigSeverity = severity(byId, "cert_signatureAlgorithm");
    boolean strong =
        Set.of("OK", "INFO").contains(keySeverity) && Set.of("OK", "INFO").contains(sigSeverity);
    verdicts.put("key", strong ? "pass" : "fail");
    notes.put(
        "key",
        finding(byId, "cert_keySize")
            + " ("
            + keySeverity
            + "); "
            + finding(byId, "cert_signatureAlgorithm")
            + " ("
            + sigSeverity
            + ")");

    Set<String> protocols = new TreeSet<>();
    StringBuilder said = new StringBuilder();
    for (var e : TESTSSL_PROTOCOLS.entrySet()) {
      String f = finding(byId, e.getKey()).toLowerCase(Locale.ROOT);
      if (f.contains("offered") && !f.contains("not offered")) {
        protocols.add(e.getValue());
        said.append(e.getValue()).append(' ').append(severity(byId, e.getKey())).append("; ");
      }
    }
    notes.put("protocols", said.toString().strip());

    Set<String> suites = new TreeSet<>();
    for (var e : byId.entrySet()) {
      String id = e.getKey();
      if (!id.startsWith("cipher-") || id.lastIndexOf("_x") < 0) {
        continue;
      }
      String protocol =
          TESTSSL_CIPHER_PROTOCOLS.get(id.substring("cipher-".length(), id.lastIndexOf("_x")));
      String[] words = e.getValue().path("finding").asText().trim().split("\\s+");
      String iana = words[words.length - 1];
      if (protocol != null && !CipherSuites.weaknesses(iana).isEmpty()) {
        suites.add(protocol + " " + iana);
      }
    }

    Set<String> kinds = new TreeSet<>();
    offered(byId, "cipherlist_NULL", "NULL", kinds);
    offered(byId, "cipherlist_aNULL", "anonymous", kinds);
    offered(byId, "cipherlist_EXPORT", "EXPORT", kinds);
    // both say "not vulnerable" with severity OK, else name what they found; testssl.sh leaves
    // SWEET32 out when it sees TLS 1.3 alone
    if (found(byId, "RC4")) {
      kinds.add("RC4");
    }
    if (found(byId, "SWEET32")) {
      kinds.add("64-bit block");
    }
    notes.put(
        "ciphers",
        "NULL "
            + finding(byId, "cipherlist_NULL")
            + "; aNULL "
            + finding(byId, "cipherlist_aNULL")
            + "; EXPORT "
            + finding(byId, "cipherlist_EXPORT")
            + "; RC4 "
            + finding(byId, "RC4")
            + "; SWEET32 "
            + finding(byId, "SWEET32"));
    return new Findings(verdicts, notes, protocols, suites, kinds);
  }

  private static void offered(Map<String, JsonNode> byId, String id, String kind, Set<String> to) {
    String f = finding(byId, id);
    if (f.startsWith("offered")) {
      to.add(kind);
    }
  }

  private static boolean found(Map<String, JsonNode> byId, String id) {
    return byId.containsKey(id) && !Set.of("OK", "INFO").contains(severity(byId, id));
  }

  private static String finding(Map<String, JsonNode> byId, String id) {
    JsonNode n = byId.get(id);
    return n == null ? "(missing)" : n.path("finding").asText();
  }

  private static String severity(Map<String, JsonNode> byId, String id) {
    JsonNode n = byId.get(id);
    return n == null ? "(missing)" : n.path("severity").asText();
  }
}
