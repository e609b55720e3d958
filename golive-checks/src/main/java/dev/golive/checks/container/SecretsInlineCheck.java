package dev.golive.checks.container;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.checks.container.Compose.Service;
import dev.golive.checks.container.Yaml.MapNode;
import dev.golive.checks.container.Yaml.Node;
import dev.golive.checks.container.Yaml.Scalar;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** No password, token or key is written into the compose files themselves. */
@CheckInfo(
    id = "container.secrets-inline",
    needs = TargetKind.COMPOSE,
    title = "No secrets are written into the compose files",
    severity = Priority.HIGH,
    description =
        "Reads the environment and build args of each service in the compose files as written."
            + " A setting named like a secret (…PASSWORD, …SECRET, …TOKEN, …KEY, API_KEY,"
            + " SECRET_KEY_BASE; not *_FILE paths or public keys) passes when its value comes from"
            + " elsewhere: a ${VAR} reference, a bare name passed from the environment, env_file"
            + " or secrets. It fails when the value is written in the file, including as the"
            + " default of ${VAR:-default}, and when any URL setting carries a written password"
            + " (postgres://app:pw@db/app). Findings name the service, the setting and the line,"
            + " never the value.")
public record SecretsInlineCheck() implements Check<SecretsInlineCheck.Evidence> {
  private static final Pattern URL_PASSWORD = Pattern.compile("://[^/@:\\s]*:([^/@\\s]+)@");
  private static final Set<String> NOT_SECRETS =
      Set.of("", "true", "false", "yes", "no", "on", "off", "null", "none");

  /** How a secret setting gets its value. */
  public enum Kind {
    /** Written in the file. */
    LITERAL,
    /** Written in the file as the default of a variable. */
    DEFAULT,
    /** A URL with a password written in it. */
    URL_PASSWORD,
    /** From a variable, or passed from the environment by name. */
    REFERENCE
  }

  /**
   * One secret setting; never its value.
   *
   * @param service the service
   * @param key the setting: an environment variable or {@code build.args.NAME}
   * @param kind how it gets its value
   * @param where the file and line it is written at
   */
  public record Seen(String service, String key, Kind kind, String where) {}

  /**
   * The secret settings of the services of the compose files.
   *
   * @param files the compose files read
   * @param settings every secret setting of every service
   * @param outside services that take settings from env_file or secrets, which are not inline
   */
  public record Evidence(List<String> files, List<Seen> settings, List<String> outside) {
    public Evidence {
      files = List.copyOf(files);
      settings = List.copyOf(settings);
      outside = List.copyOf(outside);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    Compose.Project p = Compose.of(probe);
    List<Seen> seen = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (Service s : p.services()) {
      if (s.node().get("env_file") != null || s.node().get("secrets") != null) {
        outside.add(s.name());
      }
      read(s.name(), "", s.node().map("environment"), seen);
      MapNode build = s.node().map("build");
      if (build != null) {
        read(s.name(), "build.args.", build.map("args"), seen);
      }
    }
    return new Evidence(p.files(), seen, outside);
  }

  private static void read(String service, String prefix, MapNode settings, List<Seen> out) {
    if (settings == null) {
      return;
    }
    for (var e : settings.entries().entrySet()) {
      Node n = e.getValue();
      String raw = n instanceof Scalar s ? s.value() : null;
      Kind kind = kind(e.getKey(), raw);
      if (kind != null) {
        out.add(new Seen(service, prefix + e.getKey(), kind, n.where().toString()));
      }
    }
  }

  /** How {@code key} gets its value {@code raw}; {@code null} when it is not a secret setting. */
  static Kind kind(String key, String raw) {
    if (raw != null) {
      Matcher m = URL_PASSWORD.matcher(raw);
      while (m.find()) {
        if (!Interpolation.literalPart(m.group(1)).isBlank()
            || Interpolation.references(m.group(1)).stream().anyMatch(r -> r.hasLiteral())) {
          return Kind.URL_PASSWORD;
        }
      }
    }
    if (!SecretNames.isSecret(key)) {
      return null;
    }
    if (raw == null || NOT_SECRETS.contains(raw.strip().toLowerCase(Locale.ROOT))) {
      return Kind.REFERENCE;
    }
    List<Interpolation.Reference> refs = Interpolation.references(raw);
    if (refs.stream().anyMatch(Interpolation.Reference::hasLiteral)) {
      return Kind.DEFAULT;
    }
    if (refs.isEmpty()) {
      return Kind.LITERAL;
    }
    return Kind.REFERENCE;
  }

  @Override
  public Judgement evaluate(Evidence e) {
    String files = String.join(" + ", e.files());
    List<String> inline = new ArrayList<>();
    int references = 0;
    for (Seen s : e.settings()) {
      switch (s.kind()) {
        case LITERAL -> inline.add(s.service() + " " + s.key() + " (" + s.where() + ")");
        case DEFAULT ->
            inline.add(s.service() + " " + s.key() + " (a written default, " + s.where() + ")");
        case URL_PASSWORD ->
            inline.add(s.service() + " " + s.key() + " (a password in a URL, " + s.where() + ")");
        case REFERENCE -> references++;
      }
    }
    if (!inline.isEmpty()) {
      return Judgement.fail(
          Listing.count(inline.size(), "secret")
              + " "
              + (inline.size() == 1 ? "is" : "are")
              + " written into "
              + files
              + ": "
              + Listing.of(inline)
              + "; read them from ${VAR}, env_file or secrets");
    }
    if (references == 0) {
      return Judgement.pass(
          files
              + " has no secret settings in environment or build args"
              + (e.outside().isEmpty()
                  ? ""
                  : " (env_file or secrets: " + Listing.of(e.outside()) + ")"));
    }
    return Judgement.pass(
        "the "
            + Listing.count(references, "secret setting")
            + " in "
            + files
            + " come from variables, not the file"
            + (e.outside().isEmpty() ? "" : "; env_file or secrets: " + Listing.of(e.outside())));
  }
}
