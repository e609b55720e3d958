package dev.golive.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A server on 127.0.0.1 that does to each connection whatever it is told, for targets that
 * misbehave: stall, trickle, reset, send without end. It stops when closed, whatever the
 * connections are doing.
 */
public final class RawServer implements AutoCloseable {
  /** What happens to one accepted connection. */
  @FunctionalInterface
  public interface Behaviour {
    void serve(Socket socket) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final String scheme;

  private RawServer(ServerSocket socket, String scheme, Behaviour behaviour) {
    this.socket = socket;
    this.scheme = scheme;
    threads.submit(
        () -> {
          while (!socket.isClosed()) {
            try {
              Socket s = socket.accept();
              threads.submit(
                  () -> {
                    try (s) {
                      behaviour.serve(s);
                    } catch (IOException | InterruptedException e) {
                      // the client went away or the server closed: nothing to report
                    }
                    return null;
                  });
            } catch (IOException e) {
              return null;
            }
          }
          return null;
        });
  }

  public static RawServer plain(Behaviour behaviour) {
    try {
      return new RawServer(
          new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), "http", behaviour);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
    }
  }

  /** TLS with {@code cert}, offering only {@code protocols} and {@code ciphers} when given. */
  public static RawServer tls(
      Certificates.Issued cert, String[] protocols, String[] ciphers, Behaviour behaviour) {
    try {
      SSLContext context = cert.serverContext();
      SSLServerSocket s =
          (SSLServerSocket)
              context
                  .getServerSocketFactory()
                  .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
      if (protocols != null) {
        s.setEnabledProtocols(protocols);
      }
      if (ciphers != null) {
        s.setEnabledCipherSuites(ciphers);
      }
      return new RawServer(s, "https", behaviour);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  public URI url() {
    return URI.create(scheme + "://127.0.0.1:" + port() + "/");
  }

  /** Reads the request head, up to the blank line. */
  public static String readRequest(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    return head.toString();
  }

  /** Writes text as ASCII bytes and flushes. */
  public static void write(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Answers the request, then says nothing more until the client gives up. */
  public static Behaviour stall() {
    return s -> {
      readRequest(s);
      Thread.sleep(Long.MAX_VALUE);
    };
  }

  /** Sends headers, then a body one byte a second. */
  public static Behaviour trickle() {
    return s -> {
      readRequest(s);
      write(s, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
      while (true) {
        write(s, "x");
        Thread.sleep(1000);
      }
    };
  }

  /** Sends a body without end as fast as the client reads it. */
  public static Behaviour endless() {
    return s -> {
      readRequest(s);
      write(s, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      OutputStream out = s.getOutputStream();
      while (true) {
        out.write(chunk);
      }
    };
  }

  /** Resets the connection as soon as the request arrives. */
  public static Behaviour reset() {
    return s -> {
      readRequest(s);
      s.setSoLinger(true, 0);
      s.close();
    };
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a listening socket that is already closed is fine
    }
    threads.shutdownNow();
  }
}
