package dev.golive.checks.container;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.container.Yaml.ListNode;
import dev.golive.checks.container.Yaml.MapNode;
import dev.golive.checks.container.Yaml.Node;
import dev.golive.checks.container.Yaml.Scalar;
import dev.golive.checks.container.Yaml.Where;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A target's compose files read as {@code docker compose} reads them: a folder's {@code
 * compose.yaml} (or {@code compose.yml}, {@code docker-compose.yaml}, {@code docker-compose.yml})
 * with its {@code *.override.*} file laid over it, or the files named (several as {@code
 * base.yml,prod.yml}, like repeated {@code -f}); services merged by Compose's rules, {@code
 * extends} followed, the {@code .env} beside the first file giving variables. Values stay as
 * written, so that a check can tell a literal from a {@code ${VAR}}; {@link Project#value}
 * interpolates one for judging.
 */
final class Compose {
  static final List<String> BASE_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");
  static final List<String> OVERRIDE_NAMES =
      List.of(
          "compose.override.yaml",
          "compose.override.yml",
          "docker-compose.override.yaml",
          "docker-compose.override.yml");
  private static final long MAX_BYTES = 4 << 20;
  private static final int MAX_EXTENDS = 20;

  /** Keys whose lists replace the base's rather than add to it: commands. */
  private static final Set<String> REPLACED_LISTS =
      Set.of("command", "entrypoint", "test", "dns_opt");

  /**
   * The build of a service, or why its Dockerfile could not be read.
   *
   * @param dockerfile the Dockerfile read, or {@code null}
   * @param shownPath the Dockerfile's path as shown
   * @param problem why it could not be read, or {@code null}
   * @param target the stage built ({@code build.target}), or {@code null} for the last
   * @param where where {@code build} is written
   */
  record Build(
      Dockerfile dockerfile, String shownPath, String problem, String target, Where where) {
    Dockerfile.Stage stage() {
      return dockerfile == null ? null : dockerfile.target(target);
    }
  }

  /**
   * A service after merging and {@code extends}.
   *
   * @param name its key under {@code services}
   * @param node its settings, as written
   * @param where where its key is written (in the first file that names it)
   * @param build its build, or {@code null} when it only names an image
   * @param job whether another service waits for it to complete ({@code
   *     service_completed_successfully}): a one-off task, not a long-running service
   */
  record Service(String name, MapNode node, Where where, Build build, boolean job) {}

  /**
   * The files read and their services.
   *
   * @param files the compose files, as shown, in the order merged
   * @param services the services in the order first written
   * @param env the variables of the {@code .env} beside the first file
   */
  record Project(List<String> files, List<Service> services, Interpolation env) {
    Project {
      files = List.copyOf(files);
      services = List.copyOf(services);
    }

    /** {@code raw} with its variables replaced from {@code .env}. */
    String value(String raw) {
      return env.apply(raw);
    }

    /**
     * {@code raw} interpolated for a message, or as written when a variable in it has a secret's
     * name: {@code .env} values are for judging, not for showing.
     */
    String shown(String raw) {
      for (Interpolation.Reference r : Interpolation.references(raw)) {
        if (SecretNames.isSecret(r.name())) {
          return raw;
        }
      }
      return value(raw);
    }

    /** {@code files} joined for messages. */
    String shownFiles() {
      return String.join(" + ", files);
    }
  }

  private final Path dir;
  private final Map<String, Path> paths = new HashMap<>();
  private final Map<Path, MapNode> servicesByFile = new HashMap<>();
  private Interpolation env = Interpolation.NONE;

  private Compose(Path dir) {
    this.dir = dir;
  }

  /** The target's compose files, read once per audit for all container checks. */
  static Project of(Probe probe) throws IOException, InterruptedException {
    Path given = probe.target().resources().compose();
    return probe.shared("compose " + given, () -> load(given));
  }

  /**
   * Reads the compose files at {@code given}: a folder, a file, or files in one folder joined by
   * commas.
   *
   * @throws ProbeException naming the file and line of what cannot be read
   */
  static Project load(Path given) throws ProbeException {
    List<Path> files = files(given);
    Compose c = new Compose(files.getFirst().toAbsolutePath().getParent());
    Path dotenv = c.dir.resolve(".env");
    if (Files.isRegularFile(dotenv)) {
      c.env = new Interpolation(Interpolation.dotenv(c.text(dotenv)));
    }
    MapNode merged = null;
    List<String> shown = new ArrayList<>();
    for (Path f : files) {
      MapNode services = c.services(f);
      shown.add(c.shown(f));
      merged = merged == null ? services : (MapNode) merge(merged, services, "services");
    }
    if (merged == null || merged.entries().isEmpty()) {
      throw new ProbeException(String.join(" + ", shown) + " defines no services");
    }

    Set<String> jobs = jobs(merged);
    List<Service> out = new ArrayList<>();
    for (String name : merged.entries().keySet()) {
      MapNode node = c.resolve(name, merged, new LinkedHashSet<>());
      out.add(new Service(name, node, merged.whereOf(name), c.build(node), jobs.contains(name)));
    }
    return new Project(shown, out, c.env);
  }

  /** The files {@code given} stands for, in the order Compose merges them. */
  static List<Path> files(Path given) throws ProbeException {
    if (Files.isDirectory(given)) {
      Set<String> names = new HashSet<>();
      try (DirectoryStream<Path> listing = Files.newDirectoryStream(given)) {
        for (Path p : listing) {
          names.add(p.getFileName().toString());
        }
      } catch (AccessDeniedException e) {
        throw new ProbeException("cannot read the folder " + given + ": permission denied", e);
      } catch (IOException e) {
        throw new ProbeException("cannot read the folder " + given + ": " + e.getMessage(), e);
      }
      List<Path> files = new ArrayList<>();
      BASE_NAMES.stream()
          .filter(names::contains)
          .map(given::resolve)
          .filter(Files::isRegularFile)
          .findFirst()
          .ifPresent(files::add);
      if (files.isEmpty()) {
        throw new ProbeException(
            given + " holds no compose file (" + String.join(", ", BASE_NAMES) + ")");
      }
      OVERRIDE_NAMES.stream()
          .filter(names::contains)
          .map(given::resolve)
          .filter(Files::isRegularFile)
          .findFirst()
          .ifPresent(files::add);
      return files;
    }
    if (Files.exists(given)) {
      return List.of(given);
    }
    String name = given.getFileName() == null ? "" : given.getFileName().toString();
    if (name.contains(",")) {
      List<Path> files = new ArrayList<>();
      Path parent = given.getParent();
      for (String part : name.split(",", -1)) {
        Path f = parent == null ? Path.of(part.strip()) : parent.resolve(part.strip());
        if (!Files.exists(f)) {
          throw new ProbeException("no compose file " + f);
        }
        files.add(f);
      }
      return files;
    }
    throw new ProbeException("no compose file or folder " + given);
  }

  /** The {@code services} mapping of one file, each service in its normal form. */
  private MapNode services(Path file) throws ProbeException {
    Path abs = file.toAbsolutePath().normalize();
    MapNode cached = servicesByFile.get(abs);
    if (cached != null) {
      return cached;
    }
    String shown = shown(abs);
    paths.put(shown, abs);
    Node root = Yaml.read(text(abs), shown);
    if (root instanceof Scalar s && s.value() == null) {
      root = new MapNode(Map.of(), Map.of(), new Where(shown, 1));
    }
    if (!(root instanceof MapNode top)) {
      throw new ProbeException(root.where() + ": a compose file is a mapping (services: ...)");
    }
    Node services = top.get("services");
    MapNode result;
    if (services == null || (services instanceof Scalar s && s.value() == null)) {
      result = new MapNode(Map.of(), Map.of(), top.where());
    } else if (services instanceof MapNode m) {
      Map<String, Node> normal = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        if (!(e.getValue() instanceof MapNode service)) {
          if (e.getValue() instanceof Scalar s && s.value() == null) {
            normal.put(e.getKey(), new MapNode(Map.of(), Map.of(), m.whereOf(e.getKey())));
            continue;
          }
          throw new ProbeException(
              e.getValue().where() + ": the service " + e.getKey() + " is not a mapping");
        }
        normal.put(e.getKey(), normalize(service));
      }
      result = new MapNode(normal, m.keys(), m.where());
    } else {
      throw new ProbeException(services.where() + ": services must be a mapping of services");
    }
    servicesByFile.put(abs, result);
    return result;
  }

  /** A service with list forms written as mappings, as Compose merges them. */
  private static MapNode normalize(MapNode service) {
    MapNode s = service;
    if (s.get("environment") instanceof ListNode l) {
      s = s.with("environment", keyValues(l), service.whereOf("environment"));
    }
    if (s.get("build") instanceof Scalar context && context.value() != null) {
      MapNode b =
          new MapNode(
              Map.of("context", context), Map.of("context", context.where()), context.where());
      s = s.with("build", b, service.whereOf("build"));
    }
    MapNode b = s.map("build");
    if (b != null && b.get("args") instanceof ListNode args) {
      s = s.with("build", b.with("args", keyValues(args), b.whereOf("args")), s.whereOf("build"));
    }
    if (s.get("extends") instanceof Scalar base && base.value() != null) {
      MapNode e =
          new MapNode(Map.of("service", base), Map.of("service", base.where()), base.where());
      s = s.with("extends", e, service.whereOf("extends"));
    }
    return s;
  }

  /** {@code - KEY=value} items as a mapping; {@code - KEY} alone maps to null. */
  private static MapNode keyValues(ListNode list) {
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Where> keys = new LinkedHashMap<>();
    for (Node item : list.items()) {
      if (item instanceof Scalar s && s.value() != null) {
        int eq = s.value().indexOf('=');
        String key = eq < 0 ? s.value() : s.value().substring(0, eq);
        String value = eq < 0 ? null : s.value().substring(eq + 1);
        entries.put(key.strip(), new Scalar(value, s.where()));
        keys.put(key.strip(), s.where());
      }
    }
    return new MapNode(entries, keys, list.where());
  }

  /**
   * {@code over} laid over {@code base} by Compose's rules: mappings merge key by key, command
   * lists are replaced, {@code volumes} merge by their target path, other lists add the override's
   * items that are not there yet, and anything else is replaced.
   */
  static Node merge(Node base, Node over, String key) {
    if (base instanceof MapNode b && over instanceof MapNode o) {
      Map<String, Node> entries = new LinkedHashMap<>(b.entries());
      Map<String, Where> keys = new LinkedHashMap<>(b.keys());
      for (Map.Entry<String, Node> e : o.entries().entrySet()) {
        Node old = entries.get(e.getKey());
        entries.put(e.getKey(), old == null ? e.getValue() : merge(old, e.getValue(), e.getKey()));
        keys.putIfAbsent(e.getKey(), o.whereOf(e.getKey()));
      }
      return new MapNode(entries, keys, b.where());
    }
    if (base instanceof ListNode b && over instanceof ListNode o && !REPLACED_LISTS.contains(key)) {
      List<Node> items = new ArrayList<>(b.items());
      for (Node n : o.items()) {
        if (key.equals("volumes")) {
          String target = volumeTarget(n);
          items.removeIf(x -> target != null && target.equals(volumeTarget(x)));
          items.add(n);
        } else if (items.stream().noneMatch(x -> same(x, n))) {
          items.add(n);
        }
      }
      return new ListNode(items, b.where());
    }
    return over;
  }

  private static boolean same(Node a, Node b) {
    if (a instanceof Scalar x && b instanceof Scalar y) {
      return java.util.Objects.equals(x.value(), y.value());
    }
    return a.equals(b);
  }

  /** The container path a volume mounts at: {@code src:/target[:mode]} or {@code target:}. */
  private static String volumeTarget(Node n) {
    if (n instanceof MapNode m) {
      return m.text("target");
    }
    if (n instanceof Scalar s && s.value() != null) {
      String[] parts = s.value().split(":", -1);
      return parts.length == 1 ? parts[0] : parts[1];
    }
    return null;
  }

  /** Services whose completion others wait for: one-off tasks such as migrations. */
  private static Set<String> jobs(MapNode services) {
    Set<String> jobs = new HashSet<>();
    for (Node n : services.entries().values()) {
      MapNode deps = n instanceof MapNode s ? s.map("depends_on") : null;
      if (deps != null) {
        for (Map.Entry<String, Node> d : deps.entries().entrySet()) {
          if (d.getValue() instanceof MapNode cond
              && "service_completed_successfully".equals(cond.text("condition"))) {
            jobs.add(d.getKey());
          }
        }
      }
    }
    return jobs;
  }

  /** The service {@code name} with what it {@code extends} merged under it. */
  private MapNode resolve(String name, MapNode services, Set<String> chain) throws ProbeException {
    Node n = services.get(name);
    if (!(n instanceof MapNode node)) {
      throw new ProbeException(
          services.where() + ": extends names the service " + name + ", which is not there");
    }
    MapNode ext = node.map("extends");
    if (ext == null) {
      return node;
    }
    String key = ext.where().file() + "#" + name;
    if (!chain.add(key) || chain.size() > MAX_EXTENDS) {
      throw new ProbeException(
          ext.where() + ": extends goes round in a circle (" + String.join(" -> ", chain) + ")");
    }
    String baseName = env.apply(ext.text("service"));
    if (baseName == null) {
      throw new ProbeException(ext.where() + ": extends names no service");
    }
    String file = env.apply(ext.text("file"));
    MapNode baseServices = services;
    if (file != null) {
      Path from = paths.getOrDefault(ext.where().file(), dir.resolve(ext.where().file()));
      Path other = from.getParent().resolve(file).normalize();
      if (!Files.isRegularFile(other)) {
        throw new ProbeException(ext.whereOf("file") + ": extends reads " + file + ", not found");
      }
      baseServices = services(other);
    }
    if (!baseServices.entries().containsKey(baseName)) {
      throw new ProbeException(
          ext.whereOf("service")
              + ": extends names the service "
              + baseName
              + ", which "
              + (file == null ? "this project" : file)
              + " does not define");
    }
    MapNode base = resolve(baseName, baseServices, chain);
    return (MapNode) merge(base.without("extends"), node.without("extends"), "services");
  }

  /** A service's build and its Dockerfile, read; {@code null} when it has no build. */
  private Build build(MapNode service) {
    MapNode b = service.map("build");
    if (b == null) {
      return null;
    }
    Where where = service.whereOf("build");
    String target = env.apply(b.text("target"));
    Map<String, String> args = new LinkedHashMap<>();
    MapNode a = b.map("args");
    if (a != null) {
      for (Map.Entry<String, Node> e : a.entries().entrySet()) {
        if (e.getValue() instanceof Scalar s && s.value() != null) {
          args.put(e.getKey(), env.apply(s.value()));
        }
      }
    }
    String inline = b.text("dockerfile_inline");
    if (inline != null) {
      String shown = where.file() + " (dockerfile_inline)";
      return new Build(Dockerfile.parse(inline, shown, args), shown, null, target, where);
    }
    String context = env.apply(b.text("context"));
    context = context == null || context.isBlank() ? "." : context;
    if (context.contains("://") || context.startsWith("git@")) {
      return new Build(null, context, "the build context is remote: " + context, target, where);
    }
    Path from = paths.getOrDefault(where.file(), dir.resolve(where.file()));
    Path contextDir = from.getParent().resolve(context).normalize();
    String name = env.apply(b.text("dockerfile"));
    Path dockerfile = contextDir.resolve(name == null || name.isBlank() ? "Dockerfile" : name);
    String shown = shown(dockerfile);
    try {
      return new Build(Dockerfile.parse(text(dockerfile), shown, args), shown, null, target, where);
    } catch (ProbeException e) {
      return new Build(null, shown, e.getMessage(), target, where);
    }
  }

  /** A path as messages show it: relative to the first compose file's folder when inside it. */
  private String shown(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.toString();
  }

  private String text(Path file) throws ProbeException {
    String shown = shown(file);
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new ProbeException(shown + " is not a regular file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new ProbeException(shown + " is larger than " + (MAX_BYTES >> 20) + " MiB");
      }
      String s = Files.readString(file, StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (ProbeException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new ProbeException(shown + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new ProbeException(shown + ": permission denied", e);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ProbeException(shown + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new ProbeException(shown + ": " + e.getMessage(), e);
    }
  }
}
