package dev.golive.engine;

import dev.golive.core.model.Problem;
import dev.golive.core.model.Waiver;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.config.GoliveConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The waivers of golive.yaml matched to items. Those that hold on the audit's day excuse their
 * items; expired ones are reported and excuse nothing.
 *
 * @param holding per checklist path, item index → waiver
 * @param expired notes on waivers past their date
 * @param problems waivers that name no single item
 */
public record Waivers(
    Map<String, Map<Integer, Waiver>> holding, List<Problem> expired, List<Problem> problems) {

  public static Waivers none() {
    return new Waivers(Map.of(), List.of(), List.of());
  }

  public static Waivers resolve(GoliveConfig config, List<SourceDocument> docs, LocalDate today) {
    Map<String, Map<Integer, Waiver>> holding = new HashMap<>();
    List<Problem> expired = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (GoliveConfig.WaiverSpec w : config.waivers()) {
      boolean matched = false;
      for (SourceDocument doc : docs) {
        String path = doc.checklist().path();
        if (!Planner.concerns(w.checklist(), path, docs.size())) {
          continue;
        }
        Planner.ItemRef.Match m = Planner.ItemRef.find(doc.checklist().items(), w.item(), 0);
        if (m.problem() != null) {
          continue;
        }
        matched = true;
        Waiver waiver =
            new Waiver(
                doc.checklist().items().get(m.index()).id(), w.reason(), w.owner(), w.until());
        if (waiver.holdsOn(today)) {
          holding.computeIfAbsent(path, k -> new HashMap<>()).put(m.index(), waiver);
        } else {
          expired.add(
              new Problem(
                  config.file(),
                  w.line(),
                  "the waiver of '"
                      + w.item()
                      + "' ("
                      + w.owner()
                      + ") expired on "
                      + w.until()
                      + "; the item counts as it is"));
        }
      }
      if (!matched) {
        problems.add(
            new Problem(
                config.file(), w.line(), "the waiver names no single item: '" + w.item() + "'"));
      }
    }
    return new Waivers(holding, expired, problems);
  }

  public Waiver of(String path, int itemIndex) {
    return holding.getOrDefault(path, Map.of()).get(itemIndex);
  }
}
