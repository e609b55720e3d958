package dev.golive.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.store.Store;
import dev.golive.store.StoreUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One server on an SQLite file, golive's default store. */
class ScheduledAuditsSqliteTest {
  private static final ScheduledAudits.Settings QUICK =
      new ScheduledAudits.Settings(
          "solo",
          Duration.ofMillis(500),
          Duration.ofSeconds(4),
          Duration.ofSeconds(1),
          Duration.ofSeconds(1),
          4,
          2,
          Duration.ofMillis(100));

  @TempDir Path dir;

  /** golive's store on a new file: its migrations make the scheduler's table. */
  private Store sqlite() {
    return Store.open(
        StoreUrl.parse(dir.resolve("golive.db").toString()),
        Store.Options.defaults().withPoolSize(4));
  }

  @Test
  void everySlotRunsOnceAtOrAfterItsTimeAndAWithdrawnScheduleStops() throws Exception {
    AtomicReference<List<AuditSchedule>> schedules =
        new AtomicReference<>(
            List.of(
                AuditSchedule.utc("shop", "* * * * * *"),
                AuditSchedule.utc("blog", "* * * * * *")));
    Map<Slot, List<Instant>> runs = new ConcurrentHashMap<>();
    try (Store store = sqlite();
        ScheduledAudits audits =
            ScheduledAudits.start(
                store.dataSource(),
                schedules::get,
                slot ->
                    runs.computeIfAbsent(slot, s -> new CopyOnWriteArrayList<>())
                        .add(Instant.now()),
                QUICK)) {
      Waiting.until(
          "four slots of each project",
          Duration.ofSeconds(30),
          () -> count(runs, "shop") >= 4 && count(runs, "blog") >= 4);

      schedules.set(List.of(AuditSchedule.utc("shop", "* * * * * *")));
      Instant withdrawn = Instant.now();
      Waiting.until(
          "blog's later slots withdrawn",
          Duration.ofSeconds(10),
          () ->
              audits.planned().stream()
                  .noneMatch(
                      s -> s.project().equals("blog") && s.at().isAfter(withdrawn.plusSeconds(2))));
      int shopThen = count(runs, "shop");
      Waiting.until(
          "four more slots of shop",
          Duration.ofSeconds(30),
          () -> count(runs, "shop") >= shopThen + 4);
      // by now what was planned within the margin has run; from here on blog never runs
      int blogSettled = count(runs, "blog");
      int shopSettled = count(runs, "shop");
      Waiting.until(
          "four more slots of shop",
          Duration.ofSeconds(30),
          () -> count(runs, "shop") >= shopSettled + 4);
      assertThat(count(runs, "blog")).isEqualTo(blogSettled);
    }
    assertThat(runs)
        .allSatisfy(
            (slot, times) -> {
              assertThat(times).as("runs of %s", slot).hasSize(1);
              assertThat(times.get(0)).as("run of %s", slot).isAfterOrEqualTo(slot.at());
            });
    List<Instant> shopSlots =
        new ArrayList<>(
            runs.keySet().stream()
                .filter(s -> s.project().equals("shop"))
                .map(Slot::at)
                .sorted()
                .toList());
    for (int i = 1; i < shopSlots.size(); i++) {
      assertThat(Duration.between(shopSlots.get(i - 1), shopSlots.get(i)))
          .as("gap before %s", shopSlots.get(i))
          .isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void choresRunAgainAndAgainEvenWhenOneFails() throws Exception {
    java.util.concurrent.atomic.AtomicInteger ticks =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger failures =
        new java.util.concurrent.atomic.AtomicInteger();
    try (Store store = sqlite();
        ScheduledAudits audits =
            ScheduledAudits.start(
                store.dataSource(),
                List::of,
                slot -> {
                  throw new AssertionError("no schedule, no slot");
                },
                QUICK,
                List.of(
                    new ScheduledAudits.Chore(
                        "tick", Duration.ofMillis(200), ticks::incrementAndGet),
                    new ScheduledAudits.Chore(
                        "boom",
                        Duration.ofMillis(200),
                        () -> {
                          failures.incrementAndGet();
                          throw new IllegalStateException("the chore broke");
                        })))) {
      Waiting.until(
          "three ticks and three failures",
          Duration.ofSeconds(30),
          () -> ticks.get() >= 3 && failures.get() >= 3);
      assertThat(audits.planned()).isEmpty();
    }
  }

  @Test
  void aChoreCannotTakeTheNameOfTheSchedulersOwnTasks() {
    try (Store store = sqlite()) {
      for (String name : List.of("plan", "audit")) {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () ->
                    ScheduledAudits.start(
                        store.dataSource(),
                        List::of,
                        slot -> {},
                        QUICK,
                        List.of(new ScheduledAudits.Chore(name, Duration.ofSeconds(1), () -> {}))))
            .hasMessage("the chore name '" + name + "' is taken");
      }
    }
  }

  private static int count(Map<Slot, List<Instant>> runs, String project) {
    return (int) runs.keySet().stream().filter(s -> s.project().equals(project)).count();
  }
}
