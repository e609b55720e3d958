package dev.golive.engine;

import dev.golive.checks.Catalog;
import dev.golive.checks.CheckType;
import dev.golive.checks.ParamInfo;
import dev.golive.core.model.Item;
import dev.golive.core.model.Problem;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.config.GoliveConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the bindings of each checklist (its comments, then golive.yaml) and validates them all
 * against the catalog before anything runs.
 */
public final class Planner {
  private final Catalog catalog;

  public Planner(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The plan for {@code docs}; {@code extra} are proposed bindings (auto-matching) to add. */
  public Plan plan(List<SourceDocument> docs, GoliveConfig config, List<Binding> extra) {
    List<Plan.FilePlan> files = new ArrayList<>();
    for (SourceDocument doc : docs) {
      List<Problem> problems = new ArrayList<>();
      List<Binding> bindings = written(doc, docs.size(), config, problems);
      for (Binding b : extra) {
        if (b.file().equals(doc.checklist().path())) {
          bindings.add(b);
        }
      }
      Map<Integer, List<BoundCheck>> checks = new LinkedHashMap<>();
      List<Item> items = doc.checklist().items();
      for (Binding b : bindings) {
        resolve(b, items.get(b.itemIndex()), problems)
            .ifPresent(c -> checks.computeIfAbsent(b.itemIndex(), k -> new ArrayList<>()).add(c));
      }
      files.add(new Plan.FilePlan(doc, checks, problems));
    }
    return new Plan(files);
  }

  /**
   * The bindings people wrote for {@code doc}: its comments, then the entries of {@code config}
   * that concern it, not yet validated.
   *
   * @param checklists how many checklists are audited together (an entry without a file applies
   *     only when there is one)
   * @param problems receives what is wrong with the comments and entries as written
   */
  public static List<Binding> written(
      SourceDocument doc, int checklists, GoliveConfig config, List<Problem> problems) {
    List<Binding> bindings = new ArrayList<>();
    InlineBindings.read(doc, bindings::add, problems::add);
    fromConfig(doc, checklists, config, bindings, problems);
    return bindings;
  }

  /**
   * The check a binding of {@code item} names, made with its parameters; a parameter that takes the
   * item's command ({@link dev.golive.checks.Param#itemCommand}) and that the binding leaves empty
   * gets the commands the item names, one per line. Problems otherwise, an item that names no
   * command among them.
   */
  public Optional<BoundCheck> resolve(Binding b, Item item, List<Problem> problems) {
    Optional<CheckType> type = catalog.find(b.check());
    if (type.isEmpty()) {
      return resolve(b, problems);
    }
    Map<String, String> params = new LinkedHashMap<>(b.params());
    for (ParamInfo p : type.get().params()) {
      if (!p.itemCommand() || !params.getOrDefault(p.name(), "").isBlank()) {
        continue;
      }
      if (item.commands().isEmpty()) {
        problems.add(
            new Problem(
                b.file(),
                b.line(),
                b.check()
                    + " has no command to run: the item names none (a ```bash block under it, or"
                    + " a command in `backticks` in its text); give one with "
                    + p.name()
                    + "=\"...\""));
        return Optional.empty();
      }
      params.put(p.name(), String.join("\n", item.commands()));
    }
    if (params.equals(b.params())) {
      return resolve(b, problems);
    }
    return resolve(
        new Binding(
            b.file(), b.line(), b.itemIndex(), b.check(), params, b.source(), b.confidence()),
        problems);
  }

  /** The check a binding names, made with its parameters as written; problems otherwise. */
  public Optional<BoundCheck> resolve(Binding b, List<Problem> problems) {
    Optional<CheckType> type = catalog.find(b.check());
    if (type.isEmpty()) {
      String hint = catalog.closest(b.check()).map(s -> " (did you mean '" + s + "'?)").orElse("");
      problems.add(
          new Problem(
              b.file(),
              b.line(),
              "unknown check '" + b.check() + "'" + hint + "; 'golive checks' lists them"));
      return Optional.empty();
    }
    CheckType.Created created = type.get().create(b.params());
    if (created.check() == null) {
      created.problems().forEach(p -> problems.add(new Problem(b.file(), b.line(), p)));
      return Optional.empty();
    }
    return Optional.of(new BoundCheck(b, type.get(), created.check()));
  }

  private static void fromConfig(
      SourceDocument doc,
      int checklists,
      GoliveConfig config,
      List<Binding> bindings,
      List<Problem> problems) {
    String path = doc.checklist().path();
    for (GoliveConfig.ConfigBinding cb : config.bindings()) {
      if (!concerns(cb.checklist(), path, checklists)) {
        continue;
      }
      ItemRef.Match match = ItemRef.find(doc.checklist().items(), cb.item(), cb.itemLine());
      if (match.problem() != null) {
        problems.add(new Problem(config.file(), cb.line(), match.problem() + " in " + path));
        continue;
      }
      for (String spec : cb.checks()) {
        BindingSpec.Parsed p = BindingSpec.parse(spec);
        if (!p.problems().isEmpty()) {
          p.problems().forEach(m -> problems.add(new Problem(config.file(), cb.line(), m)));
          continue;
        }
        bindings.add(
            new Binding(
                config.file(),
                cb.line(),
                match.index(),
                p.check(),
                p.params(),
                Binding.Source.CONFIG,
                1.0));
      }
    }
  }

  /**
   * Whether a config entry naming {@code checklist} (or none) applies to the file at {@code path}:
   * an entry without a file applies when only one checklist is audited.
   */
  static boolean concerns(String checklist, String path, int checklists) {
    if (checklist == null) {
      return checklists == 1;
    }
    Path named = Path.of(checklist).normalize();
    Path actual = Path.of(path).normalize();
    return actual.endsWith(named) || named.endsWith(actual.getFileName());
  }

  /** How config entries name an item: its id, its line, or words that only it contains. */
  public static final class ItemRef {
    private ItemRef() {}

    /** The item's index, or what is wrong with the reference. */
    public record Match(int index, String problem) {}

    public static Match find(List<Item> items, String ref, int line) {
      if (line > 0) {
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i).line() == line) {
            return new Match(i, null);
          }
        }
        return new Match(-1, "no item on line " + line);
      }
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).id().equals(ref)) {
          return new Match(i, null);
        }
      }
      String words = ref.toLowerCase(Locale.ROOT).strip();
      List<Integer> exact = new ArrayList<>();
      List<Integer> partial = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        String text = items.get(i).text().toLowerCase(Locale.ROOT).strip();
        if (text.equals(words)) {
          exact.add(i);
        } else if (text.contains(words)) {
          partial.add(i);
        }
      }
      List<Integer> found = exact.isEmpty() ? partial : exact;
      if (found.size() == 1) {
        return new Match(found.getFirst(), null);
      }
      if (found.isEmpty()) {
        return new Match(-1, "no item is '" + ref + "'");
      }
      return new Match(
          -1,
          "'"
              + ref
              + "' matches "
              + found.size()
              + " items (lines "
              + String.join(
                  ", ", found.stream().limit(5).map(i -> "" + items.get(i).line()).toList())
              + "); name one by its id or line");
    }
  }
}
