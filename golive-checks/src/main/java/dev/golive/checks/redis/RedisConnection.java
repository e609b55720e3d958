package dev.golive.checks.redis;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.Trust;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One connection to a Redis server speaking RESP2, the protocol every Redis answers by default:
 * commands go out as arrays of bulk strings, replies come back typed. Every read is bounded by the
 * probe's deadline and replies by size, so a server that stalls or floods cannot hold a check.
 */
final class RedisConnection implements Closeable {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_BULK = 8 << 20;
  private static final int MAX_ITEMS = 100_000;
  private static final int MAX_DEPTH = 8;

  /** A reply: a status ({@code +OK}), an error, an integer, a bulk string or an array. */
  sealed interface Reply {
    /** Whether the server refused the command. */
    default boolean isError() {
      return this instanceof Failure;
    }

    /** The reply as one line of text: errors without their {@code -}, nil as {@code (nil)}. */
    String text();
  }

  record Status(String text) implements Reply {}

  record Failure(String text) implements Reply {
    /** The error's code, its first word: {@code NOAUTH}, {@code WRONGPASS}, {@code ERR}... */
    String code() {
      int sp = text.indexOf(' ');
      return sp < 0 ? text : text.substring(0, sp);
    }
  }

  record Int(long value) implements Reply {
    @Override
    public String text() {
      return Long.toString(value);
    }
  }

  /** A bulk string; {@code text} is {@code null} for nil. */
  record Bulk(String text) implements Reply {}

  /** An array; {@code items} is empty for a nil array. */
  record Multi(List<Reply> items) implements Reply {
    @Override
    public String text() {
      return items.stream().map(Reply::text).toList().toString();
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final String where;
  private final long deadlineNanos;

  private RedisConnection(Socket socket, String where, long deadlineNanos) throws IOException {
    this.socket = socket;
    this.where = where;
    this.deadlineNanos = deadlineNanos;
    this.in = new BufferedInputStream(new Bounded(socket.getInputStream()));
    this.out = socket.getOutputStream();
  }

  /** Connects to {@code url}'s server, over TLS trusting what the probe trusts for rediss. */
  static RedisConnection open(RedisUrl url, Probe probe) throws IOException {
    long deadline = System.nanoTime() + probe.remaining().toNanos();
    String where = url.toString();
    Socket plain = new Socket();
    try {
      InetAddress address = InetAddress.getByName(url.host());
      plain.connect(new InetSocketAddress(address, url.port()), millisLeft(deadline, where));
      plain.setSoTimeout(millisLeft(deadline, where));
      Socket s = plain;
      if (url.tls()) {
        SSLSocket tls =
            (SSLSocket)
                Trust.context(probe.trust())
                    .getSocketFactory()
                    .createSocket(plain, url.host(), url.port(), true);
        SSLParameters params = tls.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(params);
        tls.startHandshake();
        s = tls;
      }
      return new RedisConnection(s, where, deadline);
    } catch (UnknownHostException e) {
      plain.close();
      throw new ProbeException(where + ": cannot resolve the host " + url.host(), e);
    } catch (ConnectException | NoRouteToHostException e) {
      plain.close();
      throw new ProbeException(
          where + ": nothing listens at " + url.address() + " (" + e.getMessage() + ")", e);
    } catch (SocketTimeoutException e) {
      plain.close();
      throw new ProbeException(where + ": no answer from " + url.address() + " in time", e);
    } catch (SSLException e) {
      plain.close();
      throw new ProbeException(
          where + ": the TLS handshake with " + url.address() + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      plain.close();
      throw e instanceof ProbeException p
          ? p
          : new ProbeException(where + ": " + e.getMessage(), e);
    }
  }

  /** The address the connection reached, without its port. */
  String remoteAddress() {
    return socket.getInetAddress().getHostAddress();
  }

  /** Sends one command and reads its reply. */
  Reply call(String... args) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
    for (String a : args) {
      byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
      b.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
      b.writeBytes(bytes);
      b.writeBytes(new byte[] {'\r', '\n'});
    }
    try {
      out.write(b.toByteArray());
      out.flush();
      return read(0);
    } catch (SocketTimeoutException e) {
      throw new ProbeException(where + " did not answer " + args[0] + " in time", e);
    } catch (EOFException e) {
      throw new ProbeException(where + " closed the connection instead of answering " + args[0], e);
    } catch (ProbeException e) {
      throw e;
    } catch (IOException e) {
      throw new ProbeException(where + ": " + args[0] + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private Reply read(int depth) throws IOException {
    int type = in.read();
    if (type < 0) {
      throw new EOFException();
    }
    String line = line();
    return switch (type) {
      case '+' -> new Status(line);
      case '-' -> new Failure(line);
      case ':' -> new Int(number(line));
      case '$' -> {
        long n = number(line);
        if (n < 0) {
          yield new Bulk(null);
        }
        if (n > MAX_BULK) {
          throw new ProbeException(where + " sent a reply of " + n + " bytes, too large to read");
        }
        byte[] data = in.readNBytes((int) n + 2);
        if (data.length < n + 2) {
          throw new EOFException();
        }
        yield new Bulk(new String(data, 0, (int) n, StandardCharsets.UTF_8));
      }
      case '*' -> {
        long n = number(line);
        if (n > MAX_ITEMS || depth >= MAX_DEPTH) {
          throw new ProbeException(where + " sent a reply too large or too deep to read");
        }
        List<Reply> items = new ArrayList<>();
        for (long i = 0; i < n; i++) {
          items.add(read(depth + 1));
        }
        yield new Multi(List.copyOf(items));
      }
      default ->
          throw new ProbeException(
              where
                  + " does not speak the Redis protocol (its reply starts with '"
                  + printable(type)
                  + "')");
    };
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException();
      }
      if (c == '\n') {
        break;
      }
      if (b.size() >= MAX_LINE) {
        throw new ProbeException(where + " sent a reply line too long to read");
      }
      b.write(c);
    }
    String s = b.toString(StandardCharsets.UTF_8);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private long number(String line) throws ProbeException {
    try {
      return Long.parseLong(line);
    } catch (NumberFormatException e) {
      throw new ProbeException(where + " sent '" + line + "' where a number belongs", e);
    }
  }

  private static String printable(int c) {
    return c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c);
  }

  private static int millisLeft(long deadline, String where) throws ProbeException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new ProbeException(where + ": the deadline passed before Redis answered");
    }
    return (int) Math.min(Integer.MAX_VALUE, left);
  }

  /** The socket's input, each read waiting no longer than the time left before the deadline. */
  private final class Bounded extends FilterInputStream {
    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      socket.setSoTimeout(millisLeft(deadlineNanos, where));
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      socket.setSoTimeout(millisLeft(deadlineNanos, where));
      return super.read(b, off, len);
    }
  }
}
