package dev.golive.checks.dns;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.CAARecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/** CAA records say which certificate authorities may issue for the site's name. */
@CheckInfo(
    id = "dns.caa",
    needs = TargetKind.DNS,
    title = "CAA records name the certificate authorities allowed to issue",
    severity = Priority.MEDIUM,
    description =
        "Looks up the CAA record set of the site's host name, climbing to its parents as RFC"
            + " 8659 section 3 says until a level has one (the root is not asked). Fails when no"
            + " level has CAA records, when a required issuer is not named by an issue property,"
            + " or when a critical property is one CAs do not know (then none may issue). Warns"
            + " when the set restricts nothing (no issue property) or forbids every CA (issue"
            + " \";\"). Gives an error when a level cannot be read (SERVFAIL, no answer), since a"
            + " set might be there. Only issue properties count: issuewild governs wildcard"
            + " certificates.")
public record CaaCheck(
    @Param(
            description =
                "Issuer domains the issue properties must name, such as the CA that renews the"
                    + " certificate",
            defaultValue = "",
            example = "letsencrypt.org")
        List<String> issuers)
    implements Check<CaaCheck.Lookup> {

  /** Property tags RFC 8659 and its extensions define; a CA knows these. */
  private static final Set<String> KNOWN_TAGS =
      Set.of(
          "issue", "issuewild", "iodef", "issuemail", "issuevmc", "contactemail", "contactphone");

  /** The issuer-critical flag (RFC 8659 section 4.1). */
  private static final int CRITICAL = 128;

  public CaaCheck {
    issuers = issuers.stream().map(i -> i.trim().toLowerCase(Locale.ROOT)).toList();
    for (String i : issuers) {
      if (!i.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
        throw new IllegalArgumentException(
            "'issuers' takes CA domain names such as letsencrypt.org, not '" + i + "'");
      }
    }
  }

  /**
   * The climb from the host towards the root.
   *
   * @param host the name whose certificates are governed
   * @param resolver the servers asked, or {@code null} when there was no name to look up
   * @param steps one lookup per level, ending at the first level with CAA records, at a level that
   *     could not be read, or below the root
   */
  public record Lookup(String host, String resolver, List<Step> steps) {
    public Lookup {
      steps = List.copyOf(steps);
    }
  }

  /**
   * The CAA question for one level.
   *
   * @param name the name asked, with its final dot
   * @param rcode the response code, or {@code null} when no answer came
   * @param cnames aliases the resolver followed
   * @param properties the CAA records found; empty when the level has none
   * @param error why no answer came, or {@code null}
   */
  public record Step(
      String name,
      String rcode,
      List<String> cnames,
      List<Property> properties,
      long timeMs,
      String error) {
    public Step {
      cnames = List.copyOf(cnames);
      properties = List.copyOf(properties);
    }

    boolean readable() {
      return error == null
          && (Rcode.string(Rcode.NOERROR).equals(rcode)
              || Rcode.string(Rcode.NXDOMAIN).equals(rcode));
    }
  }

  /** One CAA record: flags, tag (lower case) and value as published. */
  public record Property(int flags, String tag, String value) {}

  @Override
  public Lookup collect(Probe probe) throws IOException, InterruptedException {
    String host = probe.target().host();
    if (Dns.notAName(host)) {
      return new Lookup(host, null, List.of());
    }
    Dns dns = Dns.of(probe);
    List<Step> steps = new ArrayList<>();
    for (Name at = Dns.absolute(host); at.labels() > 1; at = new Name(at, 1)) {
      Dns.Answer answer = dns.ask(at, Type.CAA);
      List<Property> props =
          answer.ofType(Type.CAA).stream()
              .map(CAARecord.class::cast)
              .map(
                  r ->
                      new Property(r.getFlags(), r.getTag().toLowerCase(Locale.ROOT), r.getValue()))
              .toList();
      Step step =
          new Step(
              at.toString(),
              answer.rcodeName(),
              answer.cnames(),
              props,
              answer.timeMs(),
              answer.error());
      steps.add(step);
      if (!props.isEmpty() || !step.readable()) {
        break;
      }
    }
    return new Lookup(host, dns.resolverName(), steps);
  }

  @Override
  public Judgement evaluate(Lookup e) {
    if (e.steps().isEmpty()) {
      return Judgement.skipped(
          (e.host() == null ? "the target" : e.host())
              + " is an address or a local name; CAA applies to DNS names");
    }
    Step last = e.steps().getLast();
    if (!last.readable()) {
      String why = last.error() != null ? last.error() : e.resolver() + " answered " + last.rcode();
      return Judgement.error(
          "cannot read the CAA records of "
              + last.name()
              + ": "
              + why
              + " (CAs refuse to issue when they cannot either)");
    }
    if (last.properties().isEmpty()) {
      return Judgement.fail(
          "no CAA records on "
              + e.host()
              + " or its parents: any certificate authority may issue for it");
    }
    String at = e.steps().size() == 1 ? "" : " (set at " + last.name() + ")";
    for (Property p : last.properties()) {
      if ((p.flags() & CRITICAL) != 0 && !KNOWN_TAGS.contains(p.tag())) {
        return Judgement.fail(
            "CAA for "
                + e.host()
                + at
                + " has the critical property '"
                + p.tag()
                + "' that CAs do not know, so none may issue");
      }
    }
    List<Property> issue = last.properties().stream().filter(p -> p.tag().equals("issue")).toList();
    Set<String> named = new LinkedHashSet<>();
    issue.forEach(p -> named.add(issuer(p.value())));
    named.remove("");
    List<String> missing = issuers.stream().filter(i -> !named.contains(i)).toList();
    if (!missing.isEmpty()) {
      return Judgement.fail(
          "CAA for "
              + e.host()
              + at
              + " does not let "
              + String.join(", ", missing)
              + " issue"
              + (named.isEmpty() ? "" : " (issue: " + String.join(", ", named) + ")"));
    }
    if (issue.isEmpty()) {
      return Judgement.warn(
          "CAA for "
              + e.host()
              + at
              + " has no issue property, so it does not restrict who may issue for the name");
    }
    if (named.isEmpty()) {
      return Judgement.warn(
          "CAA for " + e.host() + at + " forbids every CA to issue (issue \";\"): renewals fail");
    }
    return Judgement.pass(
        "CAA for " + e.host() + at + " lets only " + String.join(", ", named) + " issue");
  }

  /** The issuer domain of an issue value such as {@code letsencrypt.org; accounturi=...}. */
  static String issuer(String value) {
    int semi = value.indexOf(';');
    return (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }
}
