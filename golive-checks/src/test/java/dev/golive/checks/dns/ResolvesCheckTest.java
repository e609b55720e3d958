package dev.golive.checks.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.dns.ResolvesCheck.Addresses;
import dev.golive.checks.dns.ResolvesCheck.Query;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.DnsServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResolvesCheckTest {
  private static final ResolvesCheck CHECK = new ResolvesCheck();

  private static Query a(String rcode, String... addresses) {
    return new Query("A", rcode, List.of(), List.of(addresses), 3, null);
  }

  private static Query aaaa(String rcode, String... addresses) {
    return new Query("AAAA", rcode, List.of(), List.of(addresses), 3, null);
  }

  private static Judgement judge(Query... queries) {
    return CHECK.evaluate(new Addresses("shop.test", "192.0.2.53:53", List.of(queries)));
  }

  @Test
  void anAddressOfEitherFamilyPasses() {
    assertThat(judge(a("NOERROR", "192.0.2.1"), aaaa("NOERROR")).outcome()).isEqualTo(Outcome.PASS);
    assertThat(judge(a("NOERROR"), aaaa("NOERROR", "2001:db8::1")).message())
        .isEqualTo("shop.test resolves to 2001:db8::1 (asked 192.0.2.53:53)");
    Query timedOut = new Query("AAAA", null, List.of(), List.of(), 5000, "no answer");
    assertThat(judge(a("NOERROR", "192.0.2.1"), timedOut).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void aNameThatDoesNotExistFails() {
    Judgement j = judge(a("NXDOMAIN"), aaaa("NXDOMAIN"));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo("shop.test does not exist in DNS (NXDOMAIN from 192.0.2.53:53)");
    Query dangling = new Query("A", "NXDOMAIN", List.of("gone.cdn.test."), List.of(), 3, null);
    assertThat(judge(dangling, aaaa("NXDOMAIN")).message())
        .contains("alias of gone.cdn.test., which does not exist");
  }

  @Test
  void aNameWithoutAddressesFails() {
    Judgement j = judge(a("NOERROR"), aaaa("NOERROR"));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("no A or AAAA record");
  }

  @Test
  void aResolverThatCannotAnswerIsAnError() {
    assertThat(judge(a("SERVFAIL"), aaaa("SERVFAIL")).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(judge(a("NOERROR"), aaaa("REFUSED")).message()).contains("answered REFUSED");
    Query silent =
        new Query("A", null, List.of(), List.of(), 2000, "no answer from x within 2.0 s");
    assertThat(judge(silent, aaaa("NOERROR")).outcome()).isEqualTo(Outcome.ERROR);
  }

  @Test
  void addressLiteralsAreSkipped() {
    Judgement j = CHECK.evaluate(new Addresses("127.0.0.1", null, List.of()));
    assertThat(j.outcome()).isEqualTo(Outcome.SKIPPED);
  }

  private static Judgement resolve(String url, DnsServer dns, Duration budget) throws Exception {
    Target target = Target.of(URI.create(url)).withResolver(dns.address());
    return Probes.run(CHECK, Probes.of(target, Trust.system(), budget));
  }

  @Test
  void resolvesThroughARealServerFollowingAliases() throws Exception {
    try (DnsServer dns =
        DnsServer.start()
            .zone(
                """
                shop.test.      IN A     192.0.2.10
                shop.test.      IN AAAA  2001:db8::10
                www.shop.test.  IN CNAME shop.test.
                """)) {
      Judgement j = resolve("https://www.shop.test/", dns, Duration.ofSeconds(5));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("192.0.2.10", "2001:db8:0:0:0:0:0:10");
      Addresses e =
          CHECK.collect(
              Probes.of(
                  Target.of(URI.create("https://www.shop.test/")).withResolver(dns.address()),
                  Trust.system(),
                  Duration.ofSeconds(5)));
      assertThat(e.resolver()).isEqualTo("127.0.0.1:" + dns.address().getPort());
      assertThat(e.queries().getFirst().cnames()).containsExactly("shop.test.");
      assertThat(dns.queries()).contains("www.shop.test. A", "www.shop.test. AAAA");
    }
  }

  @Test
  void aMissingNameAndANameWithoutAddressesFail() throws Exception {
    try (DnsServer dns = DnsServer.start().zone("mail.shop.test. IN TXT \"v=spf1 -all\"")) {
      Judgement missing = resolve("https://nope.test/", dns, Duration.ofSeconds(5));
      assertThat(missing.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(missing.message()).contains("nope.test does not exist", "NXDOMAIN");
      Judgement empty = resolve("https://mail.shop.test/", dns, Duration.ofSeconds(5));
      assertThat(empty.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(empty.message()).contains("no A or AAAA record");
      Judgement nonTerminal = resolve("https://shop.test/", dns, Duration.ofSeconds(5));
      assertThat(nonTerminal.message()).contains("no A or AAAA record");
    }
  }

  @Test
  void aLargeAnswerComesOverTcpAfterTruncation() throws Exception {
    StringBuilder zone = new StringBuilder();
    IntStream.range(1, 101)
        .forEach(i -> zone.append("big.test. IN A 192.0.2.").append(i).append('\n'));
    try (DnsServer dns = DnsServer.start().zone(zone.toString())) {
      Addresses e =
          CHECK.collect(
              Probes.of(
                  Target.of(URI.create("https://big.test/")).withResolver(dns.address()),
                  Trust.system(),
                  Duration.ofSeconds(5)));
      assertThat(e.queries().getFirst().addresses()).hasSize(100);
      assertThat(CHECK.evaluate(e).message()).contains("and 96 more");
    }
  }

  @Test
  void servfailIsAnError() throws Exception {
    try (DnsServer dns = DnsServer.start().servfail("shop.test")) {
      Judgement j = resolve("https://shop.test/", dns, Duration.ofSeconds(5));
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message()).contains("answered SERVFAIL");
    }
  }

  @Test
  void aServerThatNeverAnswersEndsAtTheDeadline() throws Exception {
    try (DnsServer dns = DnsServer.silent()) {
      Judgement j = resolve("https://shop.test/", dns, Duration.ofMillis(1500));
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message())
          .startsWith(
              "cannot resolve shop.test: no answer from 127.0.0.1:" + dns.address().getPort());
      assertThat(dns.queries()).contains("shop.test. A");
    }
  }

  @Test
  void aResolverAddressWhereNothingListensIsAnError() throws Exception {
    InetSocketAddress closed;
    try (DnsServer gone = DnsServer.start()) {
      closed = gone.address();
    }
    Target target = Target.of(URI.create("https://shop.test/")).withResolver(closed);
    Judgement j = Probes.run(CHECK, Probes.of(target, Trust.system(), Duration.ofMillis(1500)));
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).startsWith("cannot resolve shop.test: ");
  }

  @Test
  void anAddressTargetIsNotLookedUp() throws Exception {
    try (DnsServer dns = DnsServer.start()) {
      assertThat(resolve("http://127.0.0.1:8080/", dns, Duration.ofSeconds(5)).outcome())
          .isEqualTo(Outcome.SKIPPED);
      assertThat(resolve("http://[::1]:8080/", dns, Duration.ofSeconds(5)).outcome())
          .isEqualTo(Outcome.SKIPPED);
      assertThat(dns.queries()).isEmpty();
    }
  }

  @Test
  void theCatalogMakesItWithItsDefaults() {
    assertThat(Catalog.builtIn().find("dns.resolves").orElseThrow().withDefaults())
        .isEqualTo(CHECK);
  }

  @Test
  void itsEvidenceReadsBackAsStored() {
    Addresses e =
        new Addresses(
            "shop.test", "192.0.2.53:53", List.of(a("NOERROR", "192.0.2.1"), aaaa("SERVFAIL")));
    assertThat(Evidence.fromMap(Evidence.toMap(e), Addresses.class)).isEqualTo(e);
  }
}
