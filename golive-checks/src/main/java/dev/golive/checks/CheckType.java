package dev.golive.checks;

import dev.golive.core.model.Priority;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A check class and its metadata, read once from its annotations. */
public final class CheckType {
  private final Class<? extends Check<?>> type;
  private final CheckInfo info;
  private final List<ParamInfo> params;
  private final Class<? extends Record> evidence;
  private final Constructor<?> constructor;

  private CheckType(Class<? extends Check<?>> type) {
    this.type = type;
    this.info = type.getAnnotation(CheckInfo.class);
    if (info == null || !type.isRecord()) {
      throw new IllegalStateException(type.getName() + " must be a record annotated @CheckInfo");
    }
    RecordComponent[] components = type.getRecordComponents();
    this.params = Arrays.stream(components).map(ParamInfo::of).toList();
    this.evidence = evidenceOf(type);
    try {
      this.constructor =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
    }
  }

  public static CheckType of(Class<? extends Check<?>> type) {
    return new CheckType(type);
  }

  public String id() {
    return info.id();
  }

  /** The part before the dot: {@code http}, {@code tls}, ... */
  public String family() {
    return info.id().substring(0, info.id().indexOf('.'));
  }

  public String title() {
    return info.title();
  }

  public Priority severity() {
    return info.severity();
  }

  public String description() {
    return info.description();
  }

  public List<String> aliases() {
    return List.of(info.aliases());
  }

  /** The kinds of target the check looks at. */
  public List<TargetKind> needs() {
    return List.of(info.needs());
  }

  /** The first kind in {@link #needs} that {@code target} does not give, or {@code null}. */
  public TargetKind missingFrom(Target target) {
    for (TargetKind k : info.needs()) {
      if (!target.has(k)) {
        return k;
      }
    }
    return null;
  }

  public List<ParamInfo> params() {
    return params;
  }

  public Class<? extends Check<?>> type() {
    return type;
  }

  public Class<? extends Record> evidenceType() {
    return evidence;
  }

  /** The check with its defaults. */
  public Check<?> withDefaults() {
    Created c = create(Map.of());
    if (c.check() == null) {
      throw new IllegalStateException(id() + ": bad default: " + c.problems());
    }
    return c.check();
  }

  /** A check from parameter values as written; every problem with them is reported at once. */
  public Created create(Map<String, String> given) {
    List<String> problems = new ArrayList<>();
    for (String name : given.keySet()) {
      if (params.stream().noneMatch(p -> p.name().equals(name))) {
        List<String> names = params.stream().map(ParamInfo::name).toList();
        String hint =
            Similar.closest(name, names)
                .map(s -> " (did you mean '" + s + "'?)")
                .orElse(
                    names.isEmpty()
                        ? " (it takes no parameters)"
                        : " (it takes " + String.join(", ", names) + ")");
        problems.add(id() + " has no parameter '" + name + "'" + hint);
      }
    }
    Object[] values = new Object[params.size()];
    for (int i = 0; i < params.size(); i++) {
      ParamInfo p = params.get(i);
      String raw = given.getOrDefault(p.name(), p.defaultValue());
      try {
        values[i] = p.parse(raw);
      } catch (IllegalArgumentException e) {
        problems.add(id() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      return new Created(null, problems);
    }
    try {
      return new Created((Check<?>) constructor.newInstance(values), List.of());
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException bad) {
        return new Created(null, List.of(id() + ": " + bad.getMessage()));
      }
      throw new IllegalStateException(id() + ": cannot be created", cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(id() + ": cannot be created", e);
    }
  }

  /** A check, or the problems that kept it from being made. */
  public record Created(Check<?> check, List<String> problems) {
    public Created {
      problems = List.copyOf(problems);
    }
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Record> evidenceOf(Class<?> type) {
    for (Type t : type.getGenericInterfaces()) {
      if (t instanceof ParameterizedType p && p.getRawType() == Check.class) {
        Type arg = p.getActualTypeArguments()[0];
        if (arg instanceof Class<?> c && c.isRecord()) {
          return (Class<? extends Record>) c;
        }
      }
    }
    throw new IllegalStateException(type.getName() + " must implement Check<SomeRecord>");
  }

  @Override
  public String toString() {
    return id();
  }
}
