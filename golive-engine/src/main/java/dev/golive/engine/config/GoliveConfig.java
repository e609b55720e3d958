package dev.golive.engine.config;

import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import dev.golive.core.model.Problem;
import dev.golive.core.score.Policy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code golive.yaml}: the project, targets, bindings, policy and waivers of a checklist, read with
 * every problem named by line.
 *
 * @param file how messages refer to the file
 * @param project the name audits are stored under ({@code golive audit --store}), or {@code null}
 * @param problems everything wrong with it; nothing runs while there are any
 */
public record GoliveConfig(
    String file,
    String project,
    List<Target> targets,
    List<ConfigBinding> bindings,
    PolicySpec policy,
    List<WaiverSpec> waivers,
    List<Problem> problems) {

  /** The file name golive looks for beside a checklist. */
  public static final String FILE_NAME = "golive.yaml";

  /**
   * The top-level keys; {@code notify} is read by golive-notify ({@code golive notify test} and the
   * server), so an audit leaves it alone.
   */
  private static final Set<String> TOP_KEYS =
      Set.of("project", "targets", "bindings", "policy", "waivers", "notify");

  /**
   * A binding in the config.
   *
   * @param item an item's id, its text or a part of it that names one item
   * @param itemLine the item's line instead, or 0
   * @param checklist the checklist's file name when several are audited, or {@code null}
   * @param checks binding specs as in comments: {@code http.hsts min-max-age=31536000}
   */
  public record ConfigBinding(
      int line, String item, int itemLine, String checklist, List<String> checks) {}

  /** A waiver as written, with its line. */
  public record WaiverSpec(
      int line, String item, String reason, String owner, LocalDate until, String checklist) {}

  /** The policy entries given; {@code null} where the config is silent. */
  public record PolicySpec(
      Map<Priority, Double> weights, Double unranked, Set<Priority> block, Double minScore) {
    static final PolicySpec NONE = new PolicySpec(Map.of(), null, null, null);

    /** {@code base} with what the config says laid over it. */
    public Policy apply(Policy base) {
      Policy p = base.withWeights(weights, unranked);
      if (block != null) {
        p = p.withBlocking(block);
      }
      return minScore == null ? p : p.withMinScore(minScore);
    }
  }

  /** An empty config: no targets, no bindings. */
  public static GoliveConfig empty() {
    return new GoliveConfig(
        null, null, List.of(), List.of(), PolicySpec.NONE, List.of(), List.of());
  }

  /** Reads {@code path}; a file that cannot be read at all is one problem. */
  public static GoliveConfig read(Path path, String name) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return failed(name, "no such file");
    } catch (IOException e) {
      return failed(name, "cannot be read: " + e.getMessage());
    }
    Path parent = path.toAbsolutePath().getParent();
    return parse(name, text, parent == null ? Path.of("") : parent);
  }

  private static GoliveConfig failed(String name, String message) {
    return new GoliveConfig(
        name,
        null,
        List.of(),
        List.of(),
        PolicySpec.NONE,
        List.of(),
        List.of(new Problem(name, 0, message)));
  }

  /** Reads the YAML {@code text} with paths relative to the working folder. */
  public static GoliveConfig parse(String name, String text) {
    return parse(name, text, Path.of(""));
  }

  /**
   * Reads the YAML {@code text}; {@code name} is how messages refer to it, and paths in it are
   * relative to {@code base}.
   */
  public static GoliveConfig parse(String name, String text, Path base) {
    YamlNode root;
    try {
      root = YamlNode.parse(text);
    } catch (IOException e) {
      String msg =
          e.getMessage() == null ? "not YAML" : e.getMessage().lines().findFirst().orElse("");
      int line =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                  && j.getLocation() != null
              ? j.getLocation().getLineNr()
              : 0;
      return new GoliveConfig(
          name,
          null,
          List.of(),
          List.of(),
          PolicySpec.NONE,
          List.of(),
          List.of(new Problem(name, Math.max(line, 0), "not valid YAML: " + msg)));
    }
    return new Reader(name, base).read(root);
  }

  /** Collects every problem while reading, instead of stopping at the first. */
  private static final class Reader {
    private final String name;
    private final Path base;
    private final List<Problem> problems = new ArrayList<>();

    Reader(String name, Path base) {
      this.name = name;
      this.base = base;
    }

    GoliveConfig read(YamlNode root) {
      Map<String, YamlNode> top = root.map();
      if (top == null) {
        problem(root, "expected a mapping with project, targets, bindings, policy or waivers");
        return new GoliveConfig(
            name, null, List.of(), List.of(), PolicySpec.NONE, List.of(), problems);
      }
      top.forEach(
          (k, v) -> {
            if (k.replaceAll("[-_]", "").equalsIgnoreCase("allowcommands")) {
              // whoever runs the audit decides that, never the files it reads
              problem(
                  v,
                  "'"
                      + k
                      + "' cannot be set here: only the person running the audit can allow"
                      + " commands, with golive audit --allow-commands");
            } else if (!TOP_KEYS.contains(k)) {
              problem(v, "unknown key '" + k + "'" + hint(k, TOP_KEYS));
            }
          });
      List<Target> targets = targets(top.get("targets"));
      List<ConfigBinding> bindings = bindings(top.get("bindings"));
      PolicySpec policy = policy(top.get("policy"));
      List<WaiverSpec> waivers = waivers(top.get("waivers"));
      String project = project(top.get("project"));
      problems.sort(java.util.Comparator.comparingInt(Problem::line));
      return new GoliveConfig(name, project, targets, bindings, policy, waivers, problems);
    }

    private String project(YamlNode node) {
      String p = text(node);
      if (p != null && (p.isBlank() || p.strip().length() > 200 || p.contains("\n"))) {
        problem(node, "'project' should name the project in one line, as in 'project: shop'");
        return null;
      }
      return p == null ? null : p.strip();
    }

    private List<Target> targets(YamlNode node) {
      List<Target> out = new ArrayList<>();
      if (node == null || node.value() == null) {
        return out;
      }
      if (node.map() == null) {
        problem(
            node, "'targets' should map names to targets, as in 'production: {web: https://...}'");
        return out;
      }
      node.map()
          .forEach(
              (targetName, t) -> {
                if (t.text() != null) {
                  URI url = url(t, t.text());
                  if (url != null) {
                    out.add(named(targetName, Target.of(url)));
                  }
                  return;
                }
                Map<String, YamlNode> m = t.map();
                if (m == null) {
                  problem(t, "target '" + targetName + "' should be a URL or a mapping");
                  return;
                }
                Set<String> keys = new java.util.TreeSet<>();
                for (TargetKind k : TargetKind.values()) {
                  keys.add(k.key());
                }
                m.forEach(
                    (k, v) -> {
                      if (!keys.contains(k)) {
                        problem(
                            v,
                            "unknown key '"
                                + k
                                + "' in target '"
                                + targetName
                                + "'"
                                + hint(k, keys));
                      }
                    });
                Resources resources = resources(m);
                URI web = m.containsKey("web") ? url(m.get("web"), text(m.get("web"))) : null;
                URI api = m.containsKey("api") ? url(m.get("api"), text(m.get("api"))) : web;
                if (web == null
                    && api == null
                    && !m.containsKey("tls")
                    && resources.equals(Resources.NONE)) {
                  problem(t, "target '" + targetName + "' names nothing to check");
                  return;
                }
                Target base = web != null ? Target.of(web) : api != null ? Target.of(api) : null;
                String tlsHost = base == null ? null : base.tlsHost();
                int tlsPort = base == null ? 443 : base.tlsPort();
                if (m.containsKey("tls")) {
                  InetSocketAddress a = hostPort(m.get("tls"), 443);
                  if (a != null) {
                    tlsHost = a.getHostString();
                    tlsPort = a.getPort();
                  }
                }
                InetSocketAddress dns = m.containsKey("dns") ? hostPort(m.get("dns"), 53) : null;
                out.add(
                    new Target(
                        targetName,
                        web,
                        api == null ? web : api,
                        tlsHost,
                        tlsPort,
                        dns,
                        resources));
              });
      return out;
    }

    /** The database, Redis, repository, ... of one target, paths resolved against the file's. */
    private Resources resources(Map<String, YamlNode> m) {
      Resources r = Resources.NONE;
      for (TargetKind k : TargetKind.values()) {
        YamlNode node = m.get(k.key());
        if (node == null || !k.isResource()) {
          continue;
        }
        String value = text(node);
        if (value == null || value.isBlank()) {
          problem(node, "'" + k.key() + "' needs a value, as in '" + k.example() + "'");
          continue;
        }
        try {
          r = r.with(k, value.trim(), base);
        } catch (java.nio.file.InvalidPathException e) {
          problem(node, "'" + value + "' is not a path: " + e.getReason());
        }
      }
      return r;
    }

    private static Target named(String name, Target t) {
      return t.withName(name);
    }

    private List<ConfigBinding> bindings(YamlNode node) {
      List<ConfigBinding> out = new ArrayList<>();
      if (node == null || node.value() == null) {
        return out;
      }
      if (node.list() == null) {
        problem(node, "'bindings' should be a list of '- item: ...' entries");
        return out;
      }
      Set<String> keys = Set.of("item", "line", "file", "check", "checks");
      for (YamlNode b : node.list()) {
        Map<String, YamlNode> m = b.map();
        if (m == null) {
          problem(b, "a binding should be a mapping with 'item' and 'check'");
          continue;
        }
        m.forEach(
            (k, v) -> {
              if (!keys.contains(k)) {
                problem(v, "unknown key '" + k + "' in a binding" + hint(k, keys));
              }
            });
        String item = text(m.get("item"));
        int itemLine = m.containsKey("line") ? integer(m.get("line")) : 0;
        if (item == null && itemLine <= 0) {
          problem(b, "a binding needs 'item' (an id or the item's words) or 'line'");
          continue;
        }
        List<String> checks = new ArrayList<>();
        if (m.containsKey("check")) {
          String c = text(m.get("check"));
          if (c != null) {
            checks.add(c);
          }
        }
        if (m.containsKey("checks")) {
          YamlNode cs = m.get("checks");
          if (cs.list() == null) {
            problem(cs, "'checks' should be a list");
          } else {
            for (YamlNode c : cs.list()) {
              String s = text(c);
              if (s != null) {
                checks.add(s);
              }
            }
          }
        }
        if (checks.isEmpty()) {
          problem(b, "a binding needs 'check' or 'checks'");
          continue;
        }
        out.add(new ConfigBinding(b.line(), item, itemLine, text(m.get("file")), checks));
      }
      return out;
    }

    private PolicySpec policy(YamlNode node) {
      if (node == null || node.value() == null) {
        return PolicySpec.NONE;
      }
      Map<String, YamlNode> m = node.map();
      if (m == null) {
        problem(node, "'policy' should be a mapping with weights, block or min-score");
        return PolicySpec.NONE;
      }
      Set<String> keys = Set.of("weights", "block", "min-score");
      m.forEach(
          (k, v) -> {
            if (!keys.contains(k)) {
              problem(v, "unknown key '" + k + "' in policy" + hint(k, keys));
            }
          });
      Map<Priority, Double> weights = new EnumMap<>(Priority.class);
      Double unranked = null;
      YamlNode w = m.get("weights");
      if (w != null && w.map() != null) {
        for (Map.Entry<String, YamlNode> e : w.map().entrySet()) {
          Double value = number(e.getValue());
          if (value == null) {
            continue;
          }
          if (value < 0) {
            problem(e.getValue(), "a weight cannot be negative");
          } else if (e.getKey().equalsIgnoreCase("unranked")) {
            unranked = value;
          } else {
            Priority p = priority(e.getValue(), e.getKey());
            if (p != null) {
              weights.put(p, value);
            }
          }
        }
      } else if (w != null) {
        problem(w, "'weights' should map priorities to numbers, as in 'critical: 4'");
      }
      Set<Priority> block = null;
      YamlNode b = m.get("block");
      if (b != null) {
        block = EnumSet.noneOf(Priority.class);
        List<YamlNode> list = b.list() != null ? b.list() : List.of(b);
        for (YamlNode p : list) {
          String s = text(p);
          if (s != null && !s.equalsIgnoreCase("none")) {
            Priority pr = priority(p, s);
            if (pr != null) {
              block.add(pr);
            }
          }
        }
      }
      Double minScore = null;
      if (m.containsKey("min-score")) {
        minScore = number(m.get("min-score"));
        if (minScore != null && (minScore < 0 || minScore > 100)) {
          problem(m.get("min-score"), "min-score must be between 0 and 100");
          minScore = null;
        }
      }
      return new PolicySpec(weights, unranked, block, minScore);
    }

    private List<WaiverSpec> waivers(YamlNode node) {
      List<WaiverSpec> out = new ArrayList<>();
      if (node == null || node.value() == null) {
        return out;
      }
      if (node.list() == null) {
        problem(node, "'waivers' should be a list of '- item: ...' entries");
        return out;
      }
      Set<String> keys = Set.of("item", "reason", "owner", "until", "file");
      for (YamlNode w : node.list()) {
        Map<String, YamlNode> m = w.map();
        if (m == null) {
          problem(w, "a waiver should be a mapping with item, reason, owner and until");
          continue;
        }
        m.forEach(
            (k, v) -> {
              if (!keys.contains(k)) {
                problem(v, "unknown key '" + k + "' in a waiver" + hint(k, keys));
              }
            });
        String item = text(m.get("item"));
        String reason = text(m.get("reason"));
        String owner = text(m.get("owner"));
        if (item == null || reason == null || owner == null) {
          problem(w, "a waiver needs item, reason and owner (and usually until)");
          continue;
        }
        LocalDate until = null;
        if (m.containsKey("until")) {
          String u = text(m.get("until"));
          try {
            until = u == null ? null : LocalDate.parse(u);
          } catch (DateTimeParseException e) {
            problem(m.get("until"), "'until' should be a date like 2026-12-31, not '" + u + "'");
            continue;
          }
        }
        out.add(new WaiverSpec(w.line(), item, reason, owner, until, text(m.get("file"))));
      }
      return out;
    }

    private URI url(YamlNode node, String text) {
      if (text == null) {
        return null;
      }
      try {
        URI u = new URI(text.trim());
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
          problem(node, "'" + text + "' is not an http:// or https:// URL");
          return null;
        }
        return u.getPath() == null || u.getPath().isEmpty() ? u.resolve("/") : u;
      } catch (java.net.URISyntaxException e) {
        problem(node, "'" + text + "' is not an http:// or https:// URL (" + e.getReason() + ")");
        return null;
      }
    }

    private InetSocketAddress hostPort(YamlNode node, int defaultPort) {
      String s = text(node);
      if (s == null) {
        return null;
      }
      String host = s.trim();
      int port = defaultPort;
      int colon = host.lastIndexOf(':');
      if (colon > 0 && host.indexOf(':') == colon) {
        try {
          port = Integer.parseInt(host.substring(colon + 1));
          host = host.substring(0, colon);
        } catch (NumberFormatException e) {
          problem(node, "'" + s + "' should be host or host:port");
          return null;
        }
      }
      if (host.isEmpty() || port < 1 || port > 65535) {
        problem(node, "'" + s + "' should be host or host:port");
        return null;
      }
      return new InetSocketAddress(host, port);
    }

    private Priority priority(YamlNode node, String s) {
      try {
        return Priority.of(s);
      } catch (IllegalArgumentException e) {
        problem(node, e.getMessage());
        return null;
      }
    }

    private Double number(YamlNode node) {
      String s = text(node);
      if (s == null) {
        return null;
      }
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        problem(node, "expected a number, not '" + s + "'");
        return null;
      }
    }

    private int integer(YamlNode node) {
      Double d = number(node);
      return d == null ? 0 : d.intValue();
    }

    private String text(YamlNode node) {
      if (node == null || node.value() == null) {
        return null;
      }
      if (node.text() == null) {
        problem(node, "expected a value, not " + node.kind());
        return null;
      }
      return node.text();
    }

    private void problem(YamlNode node, String message) {
      problems.add(new Problem(name, node == null ? 0 : node.line(), message));
    }

    private static String hint(String key, Set<String> known) {
      return dev.golive.checks.Similar.closest(key, known)
          .map(s -> " (did you mean '" + s + "'?)")
          .orElse(" (expected one of " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
    }
  }
}
