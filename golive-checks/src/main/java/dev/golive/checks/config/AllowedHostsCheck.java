package dev.golive.checks.config;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The app answers only for its own host names. */
@CheckInfo(
    id = "config.allowed-hosts",
    needs = TargetKind.ENV,
    title = "Allowed hosts name the site, without wildcards",
    severity = Priority.HIGH,
    description =
        "Reads ALLOWED_HOSTS, DJANGO_ALLOWED_HOSTS, any *_ALLOWED_HOSTS and TRUSTED_HOSTS from"
            + " the environment (comma- or space-separated, or a JSON list) and, with a"
            + " repository, a Django settings module's ALLOWED_HOSTS (Django's default [] when it"
            + " sets none). Fails when the list is empty (Django's security.W020: every request"
            + " gets 400), when it holds * or a pattern matching any host (Django's own check"
            + " never flags *, golive does: the app then trusts any Host header, which poisons"
            + " password-reset links and caches), or a leading-dot entry for a whole top-level"
            + " domain (.com). Warns on a subdomain wildcard such as .example.com (unless"
            + " allow-subdomains), on a list of only local names (localhost, 127.0.0.1), and when"
            + " the target's site host is not in the list. Skipped when nothing sets allowed"
            + " hosts.")
public record AllowedHostsCheck(
    @Param(
            description = "Accept .example.com entries, which match every subdomain",
            defaultValue = "false")
        boolean allowSubdomains)
    implements Check<AllowedHostsCheck.Evidence> {

  /**
   * One allowed-hosts setting.
   *
   * @param name the variable or setting
   * @param where the file and line, or the process environment
   * @param hosts its entries, in order
   * @param unresolved variables it refers to that are not set
   */
  public record Hosts(String name, String where, List<String> hosts, List<String> unresolved) {
    public Hosts {
      hosts = List.copyOf(hosts);
      unresolved = List.copyOf(unresolved);
    }
  }

  /**
   * What the allowed-hosts settings say.
   *
   * @param source where the values were read
   * @param siteHost the host of the target's site, or {@code null} when it has none
   * @param settings every allowed-hosts setting found
   */
  public record Evidence(ConfigSource source, String siteHost, List<Hosts> settings) {
    public Evidence {
      settings = List.copyOf(settings);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    URI web = probe.target().web();
    return evidence(ConfigView.of(probe), web == null ? null : web.getHost());
  }

  static Evidence evidence(ConfigView view, String siteHost) {
    List<Hosts> out = new ArrayList<>();
    for (Setting s : view.settings()) {
      if (s.names().stream().anyMatch(Names::isAllowedHosts)) {
        out.add(new Hosts(s.name(), s.where(), s.elements(), s.unresolved()));
      }
    }
    return new Evidence(view.describe(), siteHost, out);
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.settings().isEmpty()) {
      return Judgement.skipped(
          e.source().env() + " sets no ALLOWED_HOSTS (nor DJANGO_ALLOWED_HOSTS, TRUSTED_HOSTS)");
    }
    Tally t = new Tally();
    for (Hosts h : e.settings()) {
      judge(h, e.siteHost(), t);
    }
    return t.judge();
  }

  private void judge(Hosts h, String siteHost, Tally t) {
    String who = h.name() + " (" + h.where() + ")";
    if (h.hosts().isEmpty()) {
      if (!h.unresolved().isEmpty()) {
        t.error(
            who + " comes from " + String.join(", ", h.unresolved()) + ", which is not set here");
      } else {
        t.fail(who + " is empty, so Django answers every request with 400 (security.W020)");
      }
      return;
    }
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String host : h.hosts()) {
      String lower = host.toLowerCase(Locale.ROOT);
      if (matchesAnything(lower)) {
        problems.add(
            "allows any host ("
                + host
                + "), so the app trusts whatever Host header a request sends");
      } else if (lower.startsWith(".") && !lower.substring(1).contains(".")) {
        problems.add("matches every host under " + (lower.equals(".") ? "any domain" : lower));
      } else if (lower.startsWith(".") || lower.startsWith("*.")) {
        if (!allowSubdomains) {
          warnings.add(host + " matches the domain and every subdomain");
        }
      }
    }
    if (!problems.isEmpty()) {
      t.fail(who + " " + String.join(", ", problems));
      return;
    }
    if (h.hosts().stream().allMatch(AllowedHostsCheck::isLocal)) {
      warnings.add(
          "lists only local names ("
              + String.join(", ", h.hosts())
              + "), so requests for the public site get 400");
    } else if (siteHost != null && h.hosts().stream().noneMatch(p -> matches(p, siteHost))) {
      warnings.add("does not list " + siteHost + ", the site's host");
    }
    if (!warnings.isEmpty()) {
      t.warn(who + ": " + String.join(", ", warnings));
    } else {
      t.pass(who + " lists " + String.join(", ", h.hosts()));
    }
  }

  private static boolean matchesAnything(String p) {
    return p.equals("*")
        || p.equals(".*")
        || p.equals(".+")
        || p.equals("^.*$")
        || p.equals("^.+$")
        || p.equals("^.*")
        || p.equals("(.*)");
  }

  private static boolean isLocal(String host) {
    String h = host.startsWith(".") ? host.substring(1) : host;
    int colon = h.lastIndexOf(':');
    if (colon > 0 && !h.endsWith("]") && h.indexOf(':') == colon) {
      h = h.substring(0, colon);
    }
    return Values.isInternalHost(h)
        && (h.contains(".") || h.contains(":") || h.equals("localhost"));
  }

  /** Whether Django's pattern {@code pattern} accepts {@code host} (validate_host). */
  static boolean matches(String pattern, String host) {
    String p = pattern.toLowerCase(Locale.ROOT);
    String h = host.toLowerCase(Locale.ROOT);
    if (p.equals("*")) {
      return true;
    }
    if (p.startsWith("*.")) {
      p = p.substring(1);
    }
    if (p.startsWith(".")) {
      return h.endsWith(p) || h.equals(p.substring(1));
    }
    return p.equals(h);
  }
}
