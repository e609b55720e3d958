package dev.golive.checks.dns;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/** The target's host name has an address in DNS. */
@CheckInfo(
    id = "dns.resolves",
    needs = TargetKind.DNS,
    title = "The host name resolves to an address",
    severity = Priority.CRITICAL,
    description =
        "Asks the resolver (the target's, else the system's) for the A and AAAA records of the"
            + " site's host name, following aliases. Passes when either gives an address. Fails"
            + " when the name does not exist (NXDOMAIN) or exists without addresses. Gives an"
            + " error when the resolver answers SERVFAIL or REFUSED or nothing before the"
            + " deadline, and skips address literals and localhost names.")
public record ResolvesCheck() implements Check<ResolvesCheck.Addresses> {

  /**
   * What the resolver said about the host.
   *
   * @param host the name looked up
   * @param resolver the servers asked, or {@code null} when there was no name to look up
   * @param queries the A and AAAA questions; empty when the host is no name
   */
  public record Addresses(String host, String resolver, List<Query> queries) {
    public Addresses {
      queries = List.copyOf(queries);
    }
  }

  /**
   * One question and its answer.
   *
   * @param type {@code A} or {@code AAAA}
   * @param rcode the response code ({@code NOERROR}, {@code NXDOMAIN} ...), {@code null} when no
   *     answer came
   * @param cnames the aliases followed, in order
   * @param addresses the addresses found at the end of the aliases
   * @param timeMs how long the answer took
   * @param error why no answer came, or {@code null}
   */
  public record Query(
      String type,
      String rcode,
      List<String> cnames,
      List<String> addresses,
      long timeMs,
      String error) {
    public Query {
      cnames = List.copyOf(cnames);
      addresses = List.copyOf(addresses);
    }
  }

  @Override
  public Addresses collect(Probe probe) throws IOException, InterruptedException {
    String host = probe.target().host();
    if (Dns.notAName(host)) {
      return new Addresses(host, null, List.of());
    }
    Dns dns = Dns.of(probe);
    Name name = Dns.absolute(host);
    long started = System.nanoTime();
    CompletableFuture<Message> a = dns.send(name, Type.A);
    CompletableFuture<Message> aaaa = dns.send(name, Type.AAAA);
    List<Query> queries = new ArrayList<>();
    queries.add(query(Type.A, dns.await(name, a, started)));
    queries.add(query(Type.AAAA, dns.await(name, aaaa, started)));
    return new Addresses(host, dns.resolverName(), queries);
  }

  private static Query query(int type, Dns.Answer answer) {
    List<String> addresses =
        answer.ofType(type).stream()
            .map(
                r ->
                    r instanceof ARecord a
                        ? a.getAddress().getHostAddress()
                        : ((AAAARecord) r).getAddress().getHostAddress())
            .toList();
    return new Query(
        Dns.typeName(type),
        answer.rcodeName(),
        answer.cnames(),
        addresses,
        answer.timeMs(),
        answer.error());
  }

  @Override
  public Judgement evaluate(Addresses e) {
    if (e.queries().isEmpty()) {
      return Judgement.skipped(
          (e.host() == null ? "the target" : e.host())
              + " is an address or a local name, with nothing to look up in DNS");
    }
    Set<String> found = new LinkedHashSet<>();
    e.queries().forEach(q -> found.addAll(q.addresses()));
    if (!found.isEmpty()) {
      return Judgement.pass(
          e.host()
              + " resolves to "
              + shortList(List.copyOf(found))
              + " (asked "
              + e.resolver()
              + ")");
    }
    for (Query q : e.queries()) {
      if (Rcode.string(Rcode.NXDOMAIN).equals(q.rcode())) {
        String what =
            q.cnames().isEmpty()
                ? e.host() + " does not exist in DNS"
                : e.host() + " is an alias of " + q.cnames().getLast() + ", which does not exist";
        return Judgement.fail(what + " (NXDOMAIN from " + e.resolver() + ")");
      }
    }
    if (e.queries().stream().allMatch(q -> Rcode.string(Rcode.NOERROR).equals(q.rcode()))) {
      return Judgement.fail(
          e.host() + " exists in DNS but has no A or AAAA record (asked " + e.resolver() + ")");
    }
    Query bad = e.queries().stream().filter(q -> q.error() != null).findFirst().orElse(null);
    if (bad != null) {
      return Judgement.error("cannot resolve " + e.host() + ": " + bad.error());
    }
    Query refused =
        e.queries().stream()
            .filter(q -> !Rcode.string(Rcode.NOERROR).equals(q.rcode()))
            .findFirst()
            .orElseThrow();
    return Judgement.error(
        e.resolver()
            + " answered "
            + refused.rcode()
            + " for "
            + e.host()
            + ", so whether it resolves is unknown");
  }

  static String shortList(List<String> items) {
    if (items.size() <= 4) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, 4)) + " and " + (items.size() - 4) + " more";
  }
}
