package dev.golive.store;

import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.score.Verdict;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Saves large audits into the store its argument names, one after the other, and prints each id
 * once its transaction has committed, until it is killed: the process {@link KillDuringSaveTest}
 * kills.
 */
public final class SaveForever {
  private SaveForever() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Samples.Row[] rows = new Samples.Row[400];
    for (int i = 0; i < rows.length; i++) {
      rows[i] =
          Samples.row("item-" + i, "Item " + i, ItemVerdict.VERIFIED)
              .withFindings(
                  Samples.finding("http.status", Outcome.PASS, Map.of("status", 200, "i", i)),
                  Samples.finding("http.hsts", Outcome.PASS, Map.of("maxAge", 31536000)));
    }
    var audit = Samples.audit(Verdict.GO, 100.0, rows);
    try (Store store = Store.open(args[0])) {
      Instant t = Instant.parse("2026-01-01T00:00:00Z");
      for (int n = 0; ; n++) {
        AuditSummary saved = store.save("shop", audit, Samples.run(t.plusSeconds(n)));
        out.println("saved " + saved.id());
      }
    }
  }
}
