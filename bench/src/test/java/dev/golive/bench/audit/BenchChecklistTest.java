package dev.golive.bench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.CheckType;
import dev.golive.checks.TargetKind;
import dev.golive.engine.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchChecklistTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  @Test
  void theFullChecklistBindsEveryCheckOfASiteOnce() {
    List<BenchChecklist.Entry> entries =
        BenchChecklist.entries(CATALOG, t -> true, "http://shop.test:8080/");
    Plan plan = BenchChecklist.plan(CATALOG, "Every check", entries);
    List<String> ofASite =
        CATALOG.all().stream()
            .filter(t -> t.needs().stream().noneMatch(TargetKind::isResource))
            .map(CheckType::id)
            .toList();

    assertThat(plan.checkCount()).isEqualTo(ofASite.size());
    assertThat(entries.stream().map(e -> e.type().id())).containsExactlyElementsOf(ofASite);
    assertThat(ofASite)
        .contains("http.hsts", "tls.ciphers", "dns.caa")
        .doesNotContain("redis.auth");
    assertThat(BenchChecklist.markdown("Every check", entries))
        .contains("<!-- golive: http.https-redirect from=http://shop.test:8080/ -->")
        .contains("<!-- golive: perf.latency requests=5 -->");
  }

  @Test
  void theChecklistForManySitesLeavesOutNameServersAndTls() {
    List<BenchChecklist.Entry> entries =
        BenchChecklist.entries(
            CATALOG, t -> !BenchChecklist.NAME_AND_TLS.contains(t.family()), null);
    Plan plan = BenchChecklist.plan(CATALOG, "Many", entries);

    assertThat(plan.checkCount()).isEqualTo(entries.size());
    assertThat(entries)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.type().family()).isNotIn("dns", "tls"));
    assertThat(entries.stream().filter(e -> e.type().id().equals("http.https-redirect")))
        .singleElement()
        .satisfies(e -> assertThat(e.params()).isEmpty());
  }
}
