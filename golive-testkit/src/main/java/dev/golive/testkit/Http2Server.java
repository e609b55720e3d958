package dev.golive.testkit;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An HTTPS server on 127.0.0.1 that speaks HTTP/2 to clients that ask for it (ALPN) and HTTP/1.1 to
 * the others, as production servers do: what the JDK's own servers cannot show, many requests on
 * one connection. Every answer may leave a fixed time after its request came in, without holding a
 * thread meanwhile. It notes the most requests it had in flight at once and the protocols asked.
 *
 * <p>Needs Jetty on the class path (an optional dependency of the kit).
 */
public final class Http2Server implements AutoCloseable {
  /** A request as the answering function sees it: header names in lower case. */
  public record Asked(
      String method, String path, Map<String, String> headers, SocketAddress from) {}

  /** An answer: status, headers in order, body. */
  public record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    public static Answer of(int status, String body) {
      return new Answer(status, List.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    public Answer header(String name, String value) {
      List<Map.Entry<String, String>> more = new ArrayList<>(headers);
      more.add(Map.entry(name, value));
      return new Answer(status, List.copyOf(more), body);
    }
  }

  /** Answers requests. */
  public interface Answering {
    Answer answer(Asked asked);
  }

  private final Server server;
  private final ServerConnector connector;
  private final ScheduledExecutorService timer;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private final Map<String, AtomicInteger> protocols =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Http2Server(Certificates.Issued cert, long delayMs, Answering answering) {
    QueuedThreadPool pool = new QueuedThreadPool(16, 2);
    pool.setName("h2-server");
    pool.setDaemon(true);
    server = new Server(pool);
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "h2-server-delay");
              t.setDaemon(true);
              return t;
            });
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniHostCheck(false); // clients reach it by 127.0.0.1 as well as by name
    http.addCustomizer(secure);
    HttpConnectionFactory h1 = new HttpConnectionFactory(http);
    HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(http);
    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
    alpn.setDefaultProtocol(h1.getProtocol());
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setSslContext(cert.serverContext());
    connector =
        new ServerConnector(
            server, 1, 1, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, h1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract.NonBlocking() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            note(inFlight.incrementAndGet());
            protocols
                .computeIfAbsent(
                    request.getConnectionMetaData().getHttpVersion().asString(),
                    k -> new AtomicInteger())
                .incrementAndGet();
            Map<String, String> headers = new LinkedHashMap<>();
            for (HttpField f : request.getHeaders()) {
              headers.putIfAbsent(f.getName().toLowerCase(Locale.ROOT), f.getValue());
            }
            Asked asked =
                new Asked(
                    request.getMethod(),
                    request.getHttpURI().getPath(),
                    headers,
                    request.getConnectionMetaData().getRemoteSocketAddress());
            Runnable reply = () -> send(answering.answer(asked), response, callback);
            if (delayMs > 0) {
              timer.schedule(reply, delayMs, TimeUnit.MILLISECONDS);
            } else {
              reply.run();
            }
            return true;
          }
        });
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new IllegalStateException("cannot start an HTTP/2 server on 127.0.0.1: " + e, e);
    }
  }

  /** A server answering with {@code answering}, each answer leaving {@code delayMs} late. */
  public static Http2Server https(Certificates.Issued cert, long delayMs, Answering answering) {
    return new Http2Server(cert, delayMs, answering);
  }

  private void send(Answer a, Response response, Callback callback) {
    try {
      response.setStatus(a.status());
      a.headers().forEach(h -> response.getHeaders().add(h.getKey(), h.getValue()));
      response.getHeaders().put("Content-Length", String.valueOf(a.body().length));
      response.write(true, ByteBuffer.wrap(a.body()), callback);
    } catch (RuntimeException e) {
      callback.failed(e);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void note(int now) {
    mostInFlight.accumulateAndGet(now, Math::max);
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** {@code https://127.0.0.1:PORT/}. */
  public URI url() {
    return URI.create("https://127.0.0.1:" + port() + "/");
  }

  public InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", port());
  }

  /** The most requests that were in flight at once. */
  public int mostInFlight() {
    return mostInFlight.get();
  }

  /** How many requests came over {@code protocol}: {@code HTTP/2.0} or {@code HTTP/1.1}. */
  public int requestsOver(String protocol) {
    AtomicInteger n = protocols.get(protocol);
    return n == null ? 0 : n.get();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping a test server: nothing more to do
    } finally {
      timer.shutdownNow();
    }
  }
}
