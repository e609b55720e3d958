package dev.golive.testkit;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Master;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A real DNS server on 127.0.0.1, UDP and TCP on the same free port, answering from a zone held in
 * memory as an authoritative server would: the records asked for, CNAME chains inside the zone,
 * NODATA for names that exist without that type (empty non-terminals included), NXDOMAIN for the
 * rest. UDP answers larger than the client's buffer are truncated, so clients retry over TCP.
 */
public final class DnsServer implements AutoCloseable {
  private static final int MAX_UDP = 1232;

  private final DatagramSocket udp;
  private final ServerSocket tcp;
  private final boolean answers;
  private final Map<Name, List<Record>> zone = new ConcurrentHashMap<>();
  private final Set<Name> failing = ConcurrentHashMap.newKeySet();
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  private DnsServer(boolean answers) {
    this.answers = answers;
    DatagramSocket u = null;
    ServerSocket t = null;
    for (int attempt = 0; attempt < 20 && t == null; attempt++) {
      try {
        u = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        t = new ServerSocket(u.getLocalPort(), 50, InetAddress.getLoopbackAddress());
      } catch (BindException taken) {
        // the TCP side of this port is in use: try another port
        if (u != null) {
          u.close();
        }
      } catch (IOException e) {
        if (u != null) {
          u.close();
        }
        throw new UncheckedIOException("cannot start a DNS server on 127.0.0.1", e);
      }
    }
    if (t == null) {
      throw new UncheckedIOException(
          new IOException("cannot find a port free for both UDP and TCP on 127.0.0.1"));
    }
    this.udp = u;
    this.tcp = t;
    threads.execute(this::serveUdp);
    threads.execute(this::acceptTcp);
  }

  /** A server answering from its zone, empty until {@link #zone} or {@link #add} fill it. */
  public static DnsServer start() {
    return new DnsServer(true);
  }

  /** A server that reads every query and never answers, over UDP or TCP. */
  public static DnsServer silent() {
    return new DnsServer(false);
  }

  /**
   * Adds the records of a zone-file fragment, one per line, names relative to the root unless they
   * end with a dot, TTL 300 unless given: {@code shop.test. IN A 192.0.2.1}.
   */
  public DnsServer zone(String text) {
    try (Master master =
        new Master(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Name.root, 300)) {
      Record r;
      while ((r = master.nextRecord()) != null) {
        add(r);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a zone-file fragment: " + e.getMessage(), e);
    }
    return this;
  }

  public DnsServer add(Record r) {
    zone.computeIfAbsent(r.getName(), n -> new CopyOnWriteArrayList<>()).add(r);
    return this;
  }

  /** Queries for {@code name} get SERVFAIL, as from a resolver that could not reach the domain. */
  public DnsServer servfail(String name) {
    failing.add(absolute(name));
    return this;
  }

  /** Where to send queries. */
  public InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), udp.getLocalPort());
  }

  /** The questions received so far, in order, as {@code name TYPE} (name with its final dot). */
  public List<String> queries() {
    return List.copyOf(queries);
  }

  private void serveUdp() {
    byte[] buffer = new byte[65535];
    while (!udp.isClosed()) {
      DatagramPacket in = new DatagramPacket(buffer, buffer.length);
      try {
        udp.receive(in);
        Message query = parse(in.getData(), in.getLength());
        if (query == null || !answers) {
          continue;
        }
        int limit = 512;
        OPTRecord opt = query.getOPT();
        if (opt != null) {
          limit = Math.clamp(opt.getPayloadSize(), 512, MAX_UDP);
        }
        byte[] out = answer(query).toWire(limit);
        udp.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
      } catch (IOException e) {
        // the socket closed, or one bad packet: carry on while open
      }
    }
  }

  private void acceptTcp() {
    while (!tcp.isClosed()) {
      try {
        Socket s = tcp.accept();
        connections.add(s);
        threads.execute(() -> serveTcp(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serveTcp(Socket s) {
    try (s;
        DataInputStream in = new DataInputStream(s.getInputStream());
        DataOutputStream out = new DataOutputStream(s.getOutputStream())) {
      while (true) {
        byte[] data = new byte[in.readUnsignedShort()];
        in.readFully(data);
        Message query = parse(data, data.length);
        if (query == null) {
          return;
        }
        if (!answers) {
          continue;
        }
        byte[] wire = answer(query).toWire(65535);
        out.writeShort(wire.length);
        out.write(wire);
        out.flush();
      }
    } catch (EOFException e) {
      // the client is done
    } catch (IOException e) {
      // the client went away or the server closed
    } finally {
      connections.remove(s);
    }
  }

  private Message parse(byte[] data, int length) {
    try {
      Message m = new Message(java.util.Arrays.copyOf(data, length));
      Record q = m.getQuestion();
      if (q != null) {
        queries.add(q.getName() + " " + Type.string(q.getType()));
      }
      return m;
    } catch (IOException e) {
      return null;
    }
  }

  private Message answer(Message query) {
    Message reply = new Message(query.getHeader().getID());
    reply.getHeader().setFlag(Flags.QR);
    reply.getHeader().setFlag(Flags.AA);
    reply.getHeader().setFlag(Flags.RA);
    if (query.getHeader().getFlag(Flags.RD)) {
      reply.getHeader().setFlag(Flags.RD);
    }
    Record question = query.getQuestion();
    if (question == null || query.getHeader().getOpcode() != Opcode.QUERY) {
      reply.getHeader().setRcode(Rcode.FORMERR);
      return reply;
    }
    reply.addRecord(question, Section.QUESTION);
    if (query.getOPT() != null) {
      reply.addRecord(new OPTRecord(MAX_UDP, 0, 0), Section.ADDITIONAL);
    }
    Name name = question.getName();
    if (failing.contains(name)) {
      reply.getHeader().setRcode(Rcode.SERVFAIL);
      return reply;
    }
    int type = question.getType();
    List<Name> seen = new ArrayList<>();
    while (!seen.contains(name) && seen.size() < 8) {
      seen.add(name);
      List<Record> here = zone.getOrDefault(name, List.of());
      List<Record> wanted = here.stream().filter(r -> r.getType() == type).toList();
      if (!wanted.isEmpty()) {
        wanted.forEach(r -> reply.addRecord(r, Section.ANSWER));
        return reply;
      }
      Record cname = here.stream().filter(r -> r.getType() == Type.CNAME).findFirst().orElse(null);
      if (cname == null || type == Type.CNAME) {
        if (!exists(name)) {
          reply.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        return reply;
      }
      reply.addRecord(cname, Section.ANSWER);
      name = ((CNAMERecord) cname).getTarget();
    }
    return reply;
  }

  /** Whether {@code name} owns records or has names below it (an empty non-terminal). */
  private boolean exists(Name name) {
    return zone.keySet().stream().anyMatch(n -> n.subdomain(name));
  }

  private static Name absolute(String name) {
    try {
      return Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("not a domain name: " + name, e);
    }
  }

  @Override
  public void close() {
    udp.close();
    try {
      tcp.close();
    } catch (IOException e) {
      // already closed
    }
    for (Socket s : connections) {
      try {
        s.close();
      } catch (IOException e) {
        // already closed
      }
    }
    threads.shutdownNow();
  }
}
