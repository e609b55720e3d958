package dev.golive.engine.match;

import dev.golive.checks.Catalog;
import dev.golive.checks.CheckType;
import dev.golive.checks.ParamInfo;
import dev.golive.core.model.Item;
import dev.golive.core.model.Problem;
import dev.golive.core.model.State;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.Binding;
import dev.golive.engine.Planner;
import dev.golive.engine.config.GoliveConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes bindings for the items nobody bound: {@link ItemMatcher} reads each item's words, and
 * only what the catalog can run survives. A proposal whose check is not in the catalog is dropped;
 * so is a parameter the check does not take, and the whole proposal when that parameter is one the
 * claim depends on (a limit, a page); so is anything the check refuses to be made with.
 */
public final class AutoBinder {
  /** Proposals below this are shown only when asked for. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.6;

  private final Catalog catalog;
  private final Planner planner;
  private final ItemMatcher matcher;

  public AutoBinder(Catalog catalog) {
    this(catalog, new ItemMatcher());
  }

  AutoBinder(Catalog catalog, ItemMatcher matcher) {
    this.catalog = catalog;
    this.planner = new Planner(catalog);
    this.matcher = matcher;
  }

  /**
   * Proposals at or above {@code minConfidence} for the items of {@code docs} that no comment and
   * no entry of {@code config} binds, in document order, the surest first for each item.
   */
  public List<Suggestion> suggest(
      List<SourceDocument> docs, GoliveConfig config, double minConfidence) {
    List<Suggestion> out = new ArrayList<>();
    for (SourceDocument doc : docs) {
      out.addAll(suggest(doc, docs.size(), config, minConfidence));
    }
    return out;
  }

  /**
   * The bindings of {@link #suggest(List, GoliveConfig, double)}, ready to hand to {@link
   * Planner#plan} as its extra bindings.
   */
  public List<Binding> bindings(
      List<SourceDocument> docs, GoliveConfig config, double minConfidence) {
    return suggest(docs, config, minConfidence).stream().map(Suggestion::binding).toList();
  }

  /**
   * Proposals for one checklist audited among {@code checklists} (config entries without a file
   * concern the only checklist).
   */
  public List<Suggestion> suggest(
      SourceDocument doc, int checklists, GoliveConfig config, double minConfidence) {
    Set<Integer> bound = new HashSet<>();
    for (Binding b : Planner.written(doc, checklists, config, new ArrayList<>())) {
      bound.add(b.itemIndex());
    }
    List<Item> items = doc.checklist().items();
    List<Suggestion> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (bound.contains(i) || item.state() == State.NOT_APPLICABLE) {
        continue;
      }
      List<Suggestion> mine = new ArrayList<>();
      List<Proposal> proposals = new ArrayList<>(matcher.match(item.text(), item.section()));
      proposals.addAll(CommandMatcher.match(item.commands()));
      for (Proposal p : proposals) {
        if (p.confidence() >= minConfidence) {
          accept(doc.checklist().path(), i, item, p).ifPresent(mine::add);
        }
      }
      mine.sort(Comparator.comparingDouble((Suggestion s) -> -s.binding().confidence()));
      out.addAll(mine);
    }
    return out;
  }

  /** The proposal as a binding the catalog can run, or nothing. */
  private Optional<Suggestion> accept(String file, int index, Item item, Proposal p) {
    Optional<CheckType> type = catalog.find(p.check());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Set<String> takes = new HashSet<>();
    for (ParamInfo info : type.get().params()) {
      takes.add(info.name());
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : p.params().entrySet()) {
      if (takes.contains(e.getKey())) {
        params.put(e.getKey(), e.getValue());
      } else if (p.essential().contains(e.getKey())) {
        return Optional.empty();
      }
    }
    Binding b =
        new Binding(
            file, item.line(), index, p.check(), params, Binding.Source.AUTO, p.confidence());
    List<Problem> problems = new ArrayList<>();
    // checked with the item's command filled in, proposed as written: the command stays in the item
    return planner.resolve(b, item, problems).map(ok -> new Suggestion(item, b, p.cue()));
  }
}
