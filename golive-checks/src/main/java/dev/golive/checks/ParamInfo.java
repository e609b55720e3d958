package dev.golive.checks;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One parameter of a check, as users write it in bindings.
 *
 * @param name kebab-case, as in {@code min-max-age}
 * @param type {@code int}, {@code long}, {@code double}, {@code boolean}, {@code String} or {@code
 *     List<String>} (comma-separated)
 * @param itemCommand whether an empty value takes the command the bound item names ({@link
 *     Param#itemCommand})
 */
public record ParamInfo(
    String name,
    Class<?> type,
    String defaultValue,
    String description,
    String example,
    boolean itemCommand) {

  static ParamInfo of(RecordComponent c) {
    Param p = c.getAnnotation(Param.class);
    if (p == null) {
      throw new IllegalStateException(
          c.getDeclaringRecord().getName() + "." + c.getName() + " lacks @Param");
    }
    return new ParamInfo(
        kebab(c.getName()),
        c.getType(),
        p.defaultValue(),
        p.description(),
        p.example().isEmpty() ? p.defaultValue() : p.example(),
        p.itemCommand());
  }

  /** The type as the docs name it. */
  public String typeName() {
    if (type == List.class) {
      return "list";
    }
    if (type == String.class) {
      return "text";
    }
    return type == int.class || type == long.class ? "integer" : type.getSimpleName();
  }

  /** {@code raw} as this parameter's type; the message says what was expected when it fails. */
  Object parse(String raw) {
    String v = raw.trim();
    try {
      if (type == int.class) {
        return Integer.parseInt(v.replace("_", ""));
      }
      if (type == long.class) {
        return Long.parseLong(v.replace("_", ""));
      }
      if (type == double.class) {
        return Double.parseDouble(v);
      }
      if (type == boolean.class) {
        return switch (v.toLowerCase(Locale.ROOT)) {
          case "true", "yes", "on" -> true;
          case "false", "no", "off" -> false;
          default -> throw new IllegalArgumentException();
        };
      }
      if (type == List.class) {
        return v.isEmpty()
            ? List.of()
            : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      }
      return v;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + name + "' expects " + article(typeName()) + ", not '" + raw + "'", e);
    }
  }

  private static String article(String type) {
    return switch (type) {
      case "integer" -> "an integer";
      case "boolean" -> "true or false";
      case "list" -> "a comma-separated list";
      case "double" -> "a number";
      default -> "a " + type;
    };
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
