package dev.golive.testkit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real {@code redis-server} on 127.0.0.1 and a free port, configured by the lines a test gives as
 * they would be written in {@code redis.conf} ({@code "requirepass s3cret"}, {@code "appendonly
 * yes"}, {@code "save \"\""}, {@code "user app on >pw ~* +@all"}). Everything else is Redis's own
 * default, so a server started with no lines is a stock one. The binary comes from the
 * embedded-redis artifact (which carries builds for Linux and macOS), else from {@code
 * redis-server} on the PATH; when neither runs, {@link #start} throws, so a test that needs Redis
 * fails rather than passing without it.
 */
public final class Redis implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(20);
  private static final String HOST = "127.0.0.1";

  private final Process process;
  private final Path dir;
  private final int port;
  private final boolean tls;
  private final SSLContext client;
  private final Thread reaper;

  private Redis(Process process, Path dir, int port, boolean tls, SSLContext client) {
    this.process = process;
    this.dir = dir;
    this.port = port;
    this.tls = tls;
    this.client = client;
    this.reaper = new Thread(process::destroyForcibly, "redis-reaper-" + port);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /** A plain server configured by {@code config}, one {@code redis.conf} line each. */
  public static Redis start(String... config) {
    return launch(null, List.of(config));
  }

  /**
   * A server that speaks only TLS, presenting {@code cert} (clients are not asked for one), with
   * the extra {@code config} lines.
   */
  public static Redis tls(Certificates.Issued cert, String... config) {
    return launch(cert, List.of(config));
  }

  /** The port the server listens on, TLS or not. */
  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:PORT}, or {@code rediss://} for a TLS server. */
  public String url() {
    return (tls ? "rediss" : "redis") + "://" + HOST + ":" + port;
  }

  /** The URL with {@code user} (may be empty) and {@code password} in it. */
  public String url(String user, String password) {
    return (tls ? "rediss" : "redis") + "://" + user + ":" + password + "@" + HOST + ":" + port;
  }

  /** The server's working folder, where its RDB and AOF files go. */
  public Path dir() {
    return dir;
  }

  /** What the server logged so far. */
  public String log() {
    try {
      return Files.readString(dir.resolve("redis.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * Sends one command without logging in and answers the reply as text: a status or bulk string as
   * it is, an error with its {@code -}, an integer in decimal, an array one element a line.
   */
  public String call(String... command) {
    return callAs(null, null, command);
  }

  /** {@link #call} after {@code AUTH user password}, or {@code AUTH password} when user is null. */
  public String callAs(String user, String password, String... command) {
    try (Socket s = connect()) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      InputStream in = new BufferedInputStream(s.getInputStream());
      if (password != null) {
        String ok =
            user == null
                ? send(out, in, List.of("AUTH", password))
                : send(out, in, List.of("AUTH", user, password));
        if (!ok.equals("OK")) {
          throw new IllegalStateException("AUTH on " + url() + " answered " + ok);
        }
      }
      return send(out, in, List.of(command));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot talk to " + url(), e);
    }
  }

  /**
   * Stops the server at once, without the save a polite shutdown would try, and removes its files.
   */
  @Override
  public void close() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
    delete(dir);
  }

  private Socket connect() throws IOException {
    Socket s = tls ? client.getSocketFactory().createSocket() : new Socket();
    s.connect(new InetSocketAddress(loopback(), port), 5000);
    return s;
  }

  private static String send(OutputStream out, InputStream in, List<String> args)
      throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("*" + args.size() + "\r\n").getBytes(StandardCharsets.UTF_8));
    for (String a : args) {
      byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
      b.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
      b.writeBytes(bytes);
      b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(b.toByteArray());
    out.flush();
    return read(in);
  }

  private static String read(InputStream in) throws IOException {
    int type = in.read();
    String line = line(in);
    return switch (type) {
      case '+', ':' -> line;
      case '-' -> "-" + line;
      case '$' -> {
        int n = Integer.parseInt(line);
        if (n < 0) {
          yield "(nil)";
        }
        byte[] data = in.readNBytes(n + 2);
        yield new String(data, 0, n, StandardCharsets.UTF_8);
      }
      case '*' -> {
        int n = Integer.parseInt(line);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          items.add(read(in));
        }
        yield String.join("\n", items);
      }
      case -1 -> throw new IOException("the server closed the connection");
      default -> throw new IOException("unexpected reply type '" + (char) type + "'");
    };
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("the server closed the connection");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private static Redis launch(Certificates.Issued cert, List<String> config) {
    Path binary = Binary.PATH;
    String last = "";
    for (int attempt = 0; attempt < 5; attempt++) {
      Path dir;
      try {
        dir = Files.createTempDirectory("golive-redis");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a folder for redis-server", e);
      }
      int port = freePort();
      List<String> lines = new ArrayList<>();
      lines.add("bind " + HOST);
      lines.add("dir " + quote(dir.toString()));
      lines.add("daemonize no");
      SSLContext client = null;
      if (cert == null) {
        lines.add("port " + port);
      } else {
        lines.add("port 0");
        lines.add("tls-port " + port);
        lines.add("tls-cert-file " + quote(cert.writeChainPem(dir.resolve("cert.pem")).toString()));
        lines.add("tls-key-file " + quote(cert.writeKeyPem(dir.resolve("key.pem")).toString()));
        lines.add("tls-auth-clients no");
        client = trusting(cert);
      }
      lines.addAll(config);
      Process p;
      try {
        Path conf = Files.write(dir.resolve("redis.conf"), lines, StandardCharsets.UTF_8);
        p =
            new ProcessBuilder(binary.toString(), conf.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
      } catch (IOException e) {
        delete(dir);
        throw new IllegalStateException("cannot run " + binary + ": " + e.getMessage(), e);
      }
      Redis redis = new Redis(p, dir, port, cert != null, client);
      if (redis.awaitReady()) {
        return redis;
      }
      last = redis.log();
      redis.close();
      if (!last.contains("Address already in use")) {
        break;
      }
    }
    throw new IllegalStateException(
        "redis-server " + binary + " did not start with " + config + ":\n" + last);
  }

  private boolean awaitReady() {
    long end = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < end) {
      if (log().contains("Ready to accept connections")) {
        return true;
      }
      if (!process.isAlive()) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, loopback())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    }
  }

  private static SSLContext trusting(Certificates.Issued cert) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      int i = 0;
      for (X509Certificate c : cert.chain()) {
        store.setCertificateEntry("c" + i++, c);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a leftover temporary folder is not worth failing a test for
    }
  }

  /** The redis-server binary, found once per JVM. */
  private static final class Binary {
    static final Path PATH = find();

    private static Path find() {
      String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
      String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
      String resource = bundled(os, arch);
      if (resource != null) {
        try (InputStream in = Redis.class.getResourceAsStream("/" + resource)) {
          if (in != null) {
            Path file = Files.createTempFile("golive-redis-server", "");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            if (!file.toFile().setExecutable(true)) {
              throw new IllegalStateException("cannot make " + file + " executable");
            }
            file.toFile().deleteOnExit();
            if (runs(file)) {
              return file;
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot unpack " + resource, e);
        }
      }
      String path = System.getenv("PATH");
      for (String d : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(d, "redis-server");
        if (Files.isExecutable(candidate) && runs(candidate)) {
          return candidate;
        }
      }
      throw new IllegalStateException(
          "no redis-server runs here ("
              + os
              + " "
              + arch
              + "): the embedded-redis artifact has none that starts, and none is on the PATH;"
              + " install one (Debian: apt-get install redis-server)");
    }

    private static String bundled(String os, String arch) {
      boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
      boolean arm = arch.equals("aarch64") || arch.equals("arm64");
      if (os.contains("linux")) {
        return x64
            ? "redis-server-6.2.6-v5-linux-amd64"
            : arm ? "redis-server-6.2.7-linux-arm64" : null;
      }
      if (os.contains("mac")) {
        return x64
            ? "redis-server-6.2.6-v5-darwin-amd64"
            : arm ? "redis-server-6.2.6-v5-darwin-arm64" : null;
      }
      return null;
    }

    private static boolean runs(Path binary) {
      try {
        Process p =
            new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 && out.contains("Redis server");
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
