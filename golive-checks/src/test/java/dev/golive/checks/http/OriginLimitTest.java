package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OriginLimitTest {
  @Test
  void runsAtMostTheLimitAndTheRestInTheOrderTheyCame() {
    OriginLimit limit = new OriginLimit(2);
    List<String> started = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      limit.enter(new CompletableFuture<>(), () -> started.add(name));
    }
    assertThat(started).containsExactly("a", "b");
    assertThat(limit.running()).isEqualTo(2);
    assertThat(limit.waiting()).isEqualTo(2);

    limit.leave();
    assertThat(started).containsExactly("a", "b", "c");
    limit.leave();
    limit.leave();
    assertThat(started).containsExactly("a", "b", "c", "d");
    limit.leave();
    assertThat(limit.running()).isZero();
    assertThat(limit.waiting()).isZero();
  }

  @Test
  void freeTurnsGoRoundTheRequestersThatWait() {
    OriginLimit limit = new OriginLimit(1);
    List<String> started = new ArrayList<>();
    Object scanner = new Object();
    Object measurer = new Object();
    limit.enter(scanner, new CompletableFuture<>(), () -> started.add("scan 1"));
    for (int i = 2; i <= 4; i++) {
      String name = "scan " + i;
      limit.enter(scanner, new CompletableFuture<>(), () -> started.add(name));
    }
    limit.enter(measurer, new CompletableFuture<>(), () -> started.add("measure 1"));

    limit.leave();
    limit.leave();
    // the measurer's next request comes after one more of the scanner's, not after all of them
    limit.enter(measurer, new CompletableFuture<>(), () -> started.add("measure 2"));
    limit.leave();
    limit.leave();
    limit.leave();
    assertThat(started)
        .containsExactly("scan 1", "scan 2", "measure 1", "scan 3", "measure 2", "scan 4");
    assertThat(limit.waiting()).isZero();
  }

  @Test
  void aRequestEveryCallerGaveUpOnNeverStartsNorTakesATurn() {
    OriginLimit limit = new OriginLimit(1);
    List<String> started = new ArrayList<>();
    limit.enter(new CompletableFuture<>(), () -> started.add("first"));
    CompletableFuture<Object> abandoned = new CompletableFuture<>();
    limit.enter(abandoned, () -> started.add("abandoned"));
    limit.enter(new CompletableFuture<>(), () -> started.add("last"));
    abandoned.cancel(true);

    limit.leave();
    assertThat(started).containsExactly("first", "last");
    assertThat(limit.running()).isEqualTo(1);
    assertThat(limit.waiting()).isZero();
  }

  @Test
  void startsThatGiveTheirTurnBackAtOnceDoNotRecurse() {
    OriginLimit limit = new OriginLimit(1);
    List<Integer> started = new ArrayList<>();
    limit.enter(new CompletableFuture<>(), () -> started.add(-1));
    int many = 100_000;
    for (int i = 0; i < many; i++) {
      int n = i;
      limit.enter(
          new CompletableFuture<>(),
          () -> {
            started.add(n);
            limit.leave(); // as a request that fails before it is sent
          });
    }
    limit.leave();
    assertThat(started).hasSize(many + 1);
    assertThat(started.getLast()).isEqualTo(many - 1);
    assertThat(limit.running()).isZero();
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new OriginLimit(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
