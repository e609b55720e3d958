package dev.golive.checks.dns;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks DNS questions for a probe: of the target's resolver when it names one, else of the servers
 * the system is configured with; every question is answered or given up inside the probe's
 * deadline. Names are always absolute: no search domains are appended.
 */
final class Dns {
  /** How long one attempt at one server waits before the next attempt. */
  private static final Duration ATTEMPT = Duration.ofSeconds(2);

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /**
   * One question and what came back.
   *
   * @param rcode the response code, or -1 when no answer came
   * @param records the answer section
   * @param error why no answer came, or {@code null}
   */
  record Answer(Name name, int rcode, List<Record> records, String error, long timeMs) {
    /** The response code's name ({@code NOERROR}, {@code NXDOMAIN} ...), or {@code null}. */
    String rcodeName() {
      return rcode < 0 ? null : Rcode.string(rcode);
    }

    /** The aliases followed from the name asked, in order. */
    List<String> cnames() {
      List<String> out = new ArrayList<>();
      Name at = name;
      for (int i = 0; i < 16; i++) {
        Name from = at;
        CNAMERecord c =
            records.stream()
                .filter(r -> r instanceof CNAMERecord && r.getName().equals(from))
                .map(CNAMERecord.class::cast)
                .findFirst()
                .orElse(null);
        if (c == null || out.contains(c.getTarget().toString())) {
          break;
        }
        at = c.getTarget();
        out.add(at.toString());
      }
      return out;
    }

    /** The records of {@code type} owned by the name asked or an alias it leads to. */
    List<Record> ofType(int type) {
      List<Name> owners = new ArrayList<>();
      owners.add(name);
      for (String c : cnames()) {
        owners.add(Name.fromConstantString(c));
      }
      return records.stream()
          .filter(r -> r.getType() == type && owners.contains(r.getName()))
          .toList();
    }
  }

  private final List<InetSocketAddress> servers;
  private final Probe probe;

  private Dns(List<InetSocketAddress> servers, Probe probe) {
    this.servers = servers;
    this.probe = probe;
  }

  /** The resolver this probe's questions go to. */
  static Dns of(Probe probe) throws ProbeException {
    InetSocketAddress given = probe.target().resolver();
    if (given != null) {
      return new Dns(List.of(given), probe);
    }
    List<InetSocketAddress> system = ResolverConfig.getCurrentConfig().servers();
    if (system.isEmpty()) {
      throw new ProbeException(
          "this machine has no DNS server configured; name one for the target");
    }
    return new Dns(List.copyOf(system), probe);
  }

  /** The servers asked, as {@code 192.0.2.53:53}. */
  String resolverName() {
    return String.join(", ", servers.stream().map(Dns::show).toList());
  }

  /** Whether {@code host} is no name to look up: an address literal or a {@code localhost}. */
  static boolean notAName(String host) {
    if (host == null || host.isBlank()) {
      return true;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return h.startsWith("[")
        || h.contains(":")
        || IPV4.matcher(h).matches()
        || h.equals("localhost")
        || h.endsWith(".localhost");
  }

  static Name absolute(String host) throws ProbeException {
    try {
      return Name.fromString(host, Name.root);
    } catch (TextParseException e) {
      throw new ProbeException("'" + host + "' is not a DNS name: " + e.getMessage(), e);
    }
  }

  /** Starts the question; {@link #await} collects it. */
  CompletableFuture<Message> send(Name name, int type) {
    Duration left = probe.remaining();
    if (left.isZero()) {
      return CompletableFuture.failedFuture(
          new ProbeException("the deadline passed before " + resolverName() + " was asked"));
    }
    List<Resolver> each = new ArrayList<>();
    for (InetSocketAddress server : servers) {
      SimpleResolver r = new SimpleResolver(server);
      r.setTimeout(left.compareTo(ATTEMPT) < 0 ? left : ATTEMPT);
      each.add(r);
    }
    ExtendedResolver resolver = new ExtendedResolver(each);
    resolver.setTimeout(left);
    resolver.setRetries(3);
    Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
    return resolver.sendAsync(query).toCompletableFuture();
  }

  /** The answer to a question {@link #send sent}, or why none came before the deadline. */
  Answer await(Name name, CompletableFuture<Message> sent, long startedNanos)
      throws InterruptedException {
    Duration left = probe.remaining();
    try {
      Message m = sent.get(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS);
      return new Answer(
          name, m.getRcode(), m.getSection(Section.ANSWER), null, elapsed(startedNanos));
    } catch (TimeoutException e) {
      sent.cancel(true);
      return failed(name, startedNanos);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
      if (cause instanceof ProbeException) {
        return new Answer(name, -1, List.of(), message, elapsed(startedNanos));
      }
      if (cause instanceof SocketTimeoutException || message.startsWith("Timed out")) {
        return failed(name, startedNanos);
      }
      if (cause instanceof PortUnreachableException) {
        message = "nothing answers DNS there (port unreachable)";
      }
      return new Answer(
          name, -1, List.of(), resolverName() + ": " + message, elapsed(startedNanos));
    }
  }

  /** Asks one question and waits for its answer. */
  Answer ask(Name name, int type) throws InterruptedException {
    long started = System.nanoTime();
    return await(name, send(name, type), started);
  }

  private Answer failed(Name name, long startedNanos) {
    long ms = elapsed(startedNanos);
    return new Answer(
        name,
        -1,
        List.of(),
        "no answer from "
            + resolverName()
            + " within "
            + String.format(Locale.ROOT, "%.1f s", ms / 1000.0),
        ms);
  }

  static String typeName(int type) {
    return Type.string(type);
  }

  private static long elapsed(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  private static String show(InetSocketAddress a) {
    String host =
        a.getAddress() == null
            ? a.getHostString()
            : a.getAddress() instanceof Inet6Address
                ? "[" + a.getAddress().getHostAddress() + "]"
                : a.getAddress().getHostAddress();
    return host + ":" + a.getPort();
  }
}
