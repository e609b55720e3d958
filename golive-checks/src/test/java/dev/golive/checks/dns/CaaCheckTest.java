package dev.golive.checks.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Catalog;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.dns.CaaCheck.Lookup;
import dev.golive.checks.dns.CaaCheck.Property;
import dev.golive.checks.dns.CaaCheck.Step;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.DnsServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaaCheckTest {
  private static final CaaCheck ANY = new CaaCheck(List.of());

  private static Step none(String name) {
    return new Step(name, "NOERROR", List.of(), List.of(), 2, null);
  }

  private static Step caa(String name, Property... props) {
    return new Step(name, "NOERROR", List.of(), List.of(props), 2, null);
  }

  private static Property issue(String value) {
    return new Property(0, "issue", value);
  }

  private static Lookup lookup(Step... steps) {
    return new Lookup("www.shop.test", "192.0.2.53:53", List.of(steps));
  }

  /** One set of properties ("+" between them) at the host, judged with the issuers given. */
  @ParameterizedTest(name = "{0} with issuers [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "issue letsencrypt.org                               |                 | PASS",
        "issue letsencrypt.org                               | letsencrypt.org | PASS",
        "issue LetsEncrypt.org                               | letsencrypt.org | PASS",
        "issue letsencrypt.org + issue digicert.com          | letsencrypt.org | PASS",
        "issue letsencrypt.org; validationmethods=dns-01     | letsencrypt.org | PASS",
        "issue letsencrypt.org + issue digicert.com   | letsencrypt.org+digicert.com | PASS",
        "issue digicert.com                                  | letsencrypt.org | FAIL",
        "issuewild letsencrypt.org                           | letsencrypt.org | FAIL",
        "issuewild letsencrypt.org                           |                 | WARN",
        "iodef mailto:security@shop.test                     |                 | WARN",
        "issue ;                                             |                 | WARN",
        "issue ;                                             | letsencrypt.org | FAIL",
        "issue letsencrypt.org + 128 tbs unknown             |                 | FAIL",
        "issue letsencrypt.org + 128 iodef mailto:a@shop.test |                | PASS",
        "issue letsencrypt.org + 0 future-tag x              |                 | PASS",
      })
  void judgesTheRelevantSet(String props, String issuers, Outcome expected) {
    Property[] parsed =
        java.util.Arrays.stream(props.split("\\+"))
            .map(
                p -> {
                  String t = p.trim();
                  if (t.matches("\\d+ .*")) {
                    String[] w = t.split(" ", 3);
                    return new Property(Integer.parseInt(w[0]), w[1], w[2]);
                  }
                  String[] w = t.split(" ", 2);
                  return new Property(0, w[0], w[1]);
                })
            .toArray(Property[]::new);
    CaaCheck check = new CaaCheck(issuers == null ? List.of() : List.of(issuers.split("\\+")));
    assertThat(check.evaluate(lookup(caa("www.shop.test.", parsed))).outcome()).isEqualTo(expected);
  }

  @Test
  void noSetAnywhereFails() {
    Judgement j = ANY.evaluate(lookup(none("www.shop.test."), none("shop.test."), none("test.")));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo(
            "no CAA records on www.shop.test or its parents: any certificate authority may issue for it");
  }

  @Test
  void aSetOnAParentGovernsTheHost() {
    Judgement j =
        new CaaCheck(List.of("letsencrypt.org"))
            .evaluate(lookup(none("www.shop.test."), caa("shop.test.", issue("letsencrypt.org"))));
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message())
        .isEqualTo("CAA for www.shop.test (set at shop.test.) lets only letsencrypt.org issue");
  }

  @Test
  void aLevelThatCannotBeReadIsAnError() {
    Step servfail = new Step("shop.test.", "SERVFAIL", List.of(), List.of(), 2, null);
    Judgement j = ANY.evaluate(lookup(none("www.shop.test."), servfail));
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).contains("shop.test.", "answered SERVFAIL");
    Step silent = new Step("www.shop.test.", null, List.of(), List.of(), 2000, "no answer from x");
    assertThat(ANY.evaluate(lookup(silent)).outcome()).isEqualTo(Outcome.ERROR);
  }

  @Test
  void issuersMustBeDomainNames() {
    assertThatThrownBy(() -> new CaaCheck(List.of("Let's Encrypt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CA domain names");
  }

  private static Lookup collect(String url, DnsServer dns, Duration budget) throws Exception {
    Target target = Target.of(URI.create(url)).withResolver(dns.address());
    return ANY.collect(Probes.of(target, Trust.system(), budget));
  }

  @Test
  void climbsToTheParentThatHasTheSet() throws Exception {
    try (DnsServer dns =
        DnsServer.start()
            .zone(
                """
                www.shop.test. IN A   192.0.2.10
                shop.test.     IN CAA 0 issue "letsencrypt.org"
                shop.test.     IN CAA 0 iodef "mailto:security@shop.test"
                """)) {
      Lookup e = collect("https://www.shop.test/", dns, Duration.ofSeconds(5));
      assertThat(e.steps()).extracting(Step::name).containsExactly("www.shop.test.", "shop.test.");
      assertThat(e.steps().getLast().properties())
          .contains(new Property(0, "issue", "letsencrypt.org"));
      Judgement j = new CaaCheck(List.of("letsencrypt.org")).evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(new CaaCheck(List.of("digicert.com")).evaluate(e).message())
          .contains("does not let digicert.com issue (issue: letsencrypt.org)");
      assertThat(dns.queries()).containsExactly("www.shop.test. CAA", "shop.test. CAA");
    }
  }

  @Test
  void noSetUpToTheTopLevelFails() throws Exception {
    try (DnsServer dns = DnsServer.start().zone("www.shop.test. IN A 192.0.2.10")) {
      Lookup e = collect("https://www.shop.test/", dns, Duration.ofSeconds(5));
      assertThat(dns.queries())
          .containsExactly("www.shop.test. CAA", "shop.test. CAA", "test. CAA");
      assertThat(ANY.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
    }
  }

  @Test
  void aNameThatDoesNotExistStillClimbs() throws Exception {
    try (DnsServer dns = DnsServer.start().zone("shop.test. IN CAA 0 issue \"pki.goog\"")) {
      Lookup e = collect("https://gone.shop.test/", dns, Duration.ofSeconds(5));
      assertThat(e.steps().getFirst().rcode()).isEqualTo("NXDOMAIN");
      assertThat(ANY.evaluate(e).message()).contains("lets only pki.goog issue");
    }
  }

  @Test
  void aServerThatNeverAnswersEndsAtTheDeadline() throws Exception {
    try (DnsServer dns = DnsServer.silent()) {
      Lookup e = collect("https://www.shop.test/", dns, Duration.ofMillis(1500));
      Judgement j = ANY.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message())
          .startsWith("cannot read the CAA records of www.shop.test.: no answer from 127.0.0.1:");
      assertThat(e.steps()).hasSize(1);
    }
  }

  @Test
  void theCatalogMakesItWithItsDefaults() {
    assertThat(Catalog.builtIn().find("dns.caa").orElseThrow().withDefaults()).isEqualTo(ANY);
  }

  @Test
  void itsEvidenceReadsBackAsStored() {
    Lookup e = lookup(none("www.shop.test."), caa("shop.test.", issue("letsencrypt.org")));
    assertThat(Evidence.fromMap(Evidence.toMap(e), Lookup.class)).isEqualTo(e);
  }
}
