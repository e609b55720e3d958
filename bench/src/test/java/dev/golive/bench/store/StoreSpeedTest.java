package dev.golive.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.ItemVerdict;
import dev.golive.store.AuditSummary;
import dev.golive.store.ProjectSummary;
import dev.golive.store.Store;
import dev.golive.store.StoredAudit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store benchmark's fill and queries on a small SQLite store, without timing anything. */
class StoreSpeedTest {
  @TempDir Path dir;

  @Test
  void theFillMakesADailyAuditPerProjectAndEveryQueryAnswers() {
    try (Store store = Store.open(dir.resolve("bench.db").toString())) {
      new StoreFill(3, 4, 9).fill(store, saved -> {});
      List<ProjectSummary> projects = store.projects();
      assertThat(projects)
          .extracting(ProjectSummary::name)
          .containsExactly("project-000", "project-001", "project-002");
      assertThat(projects).allSatisfy(p -> assertThat(p.audits()).isEqualTo(4));
      List<AuditSummary> trend = store.audits("project-001", 10);
      assertThat(trend).hasSize(4);
      assertThat(trend.get(0).started()).isAfter(trend.get(1).started());
      assertThat(trend.get(3).started()).isEqualTo(StoreFill.FIRST_DAY.plusSeconds(37));
      StoredAudit latest = store.audit(trend.get(0).id());
      assertThat(latest.items()).hasSize(9);
      assertThat(latest.items().stream().mapToInt(i -> i.findings().size()).sum()).isEqualTo(6);
      assertThat(
              latest.summary().count(ItemVerdict.SELF_REPORTED_DONE)
                  + latest.summary().count(ItemVerdict.SELF_REPORTED_OPEN))
          .isEqualTo(3);

      List<StoreSpeed.Timing> timings = StoreSpeed.time(StoreSpeed.queries(store, 3), 2, 1);
      assertThat(timings).hasSize(5);
      assertThat(timings).allSatisfy(t -> assertThat(t.max()).isGreaterThanOrEqualTo(t.median()));
    }
  }
}
