package dev.golive.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every check golive knows, in the order the docs list them. The one registry: the catalog test,
 * {@code golive checks} and docs/checks are all generated from it.
 */
public final class Catalog {
  private final List<CheckType> types;
  private final Map<String, CheckType> byId = new LinkedHashMap<>();

  private Catalog(List<Class<? extends Check<?>>> classes) {
    List<CheckType> list = new ArrayList<>();
    for (Class<? extends Check<?>> c : classes) {
      CheckType t = CheckType.of(c);
      list.add(t);
      register(t.id(), t);
      for (String alias : t.aliases()) {
        register(alias, t);
      }
    }
    this.types = List.copyOf(list);
  }

  private void register(String id, CheckType t) {
    if (byId.putIfAbsent(id, t) != null) {
      throw new IllegalStateException("check id '" + id + "' is registered twice");
    }
  }

  /** The built-in checks. */
  public static Catalog builtIn() {
    return new Catalog(BuiltInChecks.CLASSES);
  }

  /** A catalog of just these checks, in this order. */
  public static Catalog of(List<Class<? extends Check<?>>> classes) {
    return new Catalog(classes);
  }

  public List<CheckType> all() {
    return types;
  }

  /** The check with this id or alias. */
  public Optional<CheckType> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The known id closest to a misspelt one, for "did you mean". */
  public Optional<String> closest(String id) {
    return Similar.closest(id, types.stream().map(CheckType::id).toList());
  }
}
