package dev.golive.server.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.golive.notify.NotifyConfig;
import dev.golive.notify.NotifyConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notifications of a project on the server: the {@code notify:} block of its golive.yaml, in
 * golive-notify's format. Its secrets are {@code ${NAME}} of the server's environment, and a
 * project reads only variables named {@value #VARIABLE_PREFIX}* there: the people who edit a
 * project must not send the server's own secrets (its database password, say) to an address they
 * choose.
 */
public final class ProjectNotify {
  /** The environment variables a project's {@code notify:} block may read. */
  public static final String VARIABLE_PREFIX = "GOLIVE_NOTIFY_";

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ProjectNotify() {}

  /**
   * The channels of a project whose golive.yaml is {@code config} ({@code null}: none).
   *
   * @throws NotifyConfigException when the block cannot be used
   */
  public static NotifyConfig read(String config) {
    Map<?, ?> root = root(config);
    return root == null ? NotifyConfig.NONE : NotifyConfig.parse(root.get("notify"));
  }

  /**
   * What is wrong with the {@code notify:} block of {@code config}, and with the variables it and
   * the rest read, one line each; empty when nothing is (or there is no block). Text that is not
   * YAML is left to the config's own reader to report.
   */
  public static List<String> problems(String config) {
    Map<?, ?> root = root(config);
    if (root == null) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    Object block = root.get("notify");
    if (block != null) {
      try {
        NotifyConfig.parse(block);
      } catch (NotifyConfigException e) {
        e.problems().forEach(p -> problems.add("config: " + p));
      }
      for (String v : variables(block)) {
        if (!v.startsWith(VARIABLE_PREFIX)) {
          problems.add(
              "config: notify reads ${"
                  + v
                  + "}: on the server notifications read only variables named "
                  + VARIABLE_PREFIX
                  + "*");
        }
      }
    }
    Map<Object, Object> rest = new LinkedHashMap<>(root);
    rest.remove("notify");
    for (String v : variables(rest)) {
      if (v.startsWith(VARIABLE_PREFIX)) {
        problems.add(
            "config reads ${"
                + v
                + "} outside notify: "
                + VARIABLE_PREFIX
                + "* is for notifications");
      }
    }
    return problems;
  }

  /** The variables of {@code environment} a project's notifications may read. */
  public static Map<String, String> environment(Map<String, String> environment) {
    Map<String, String> out = new TreeMap<>();
    environment.forEach(
        (k, v) -> {
          if (k.startsWith(VARIABLE_PREFIX) && v != null) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static Map<?, ?> root(String config) {
    if (config == null || config.isBlank()) {
      return null;
    }
    try {
      return YAML.readValue(config, Object.class) instanceof Map<?, ?> m ? m : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** The variables named in the values (and keys) of a YAML tree. */
  private static Set<String> variables(Object tree) {
    Set<String> out = new LinkedHashSet<>();
    collect(tree, out);
    return out;
  }

  private static void collect(Object node, Set<String> out) {
    switch (node) {
      case Map<?, ?> m ->
          m.forEach(
              (k, v) -> {
                collect(k, out);
                collect(v, out);
              });
      case List<?> l -> l.forEach(v -> collect(v, out));
      case String s -> {
        Matcher m = VARIABLE.matcher(s);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
      case null, default -> {}
    }
  }
}
