package dev.golive.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who or what ran an audit, when, and on what.
 *
 * @param runBy the user who ran it (the login name for the command line, the account on a server)
 * @param host the machine it ran on
 * @param origin what started it
 * @param version golive's version
 * @param started when the audit began
 * @param finished when it ended
 * @param checklistDigest {@code sha256:} over the checklists' bytes, see {@link #digest}
 * @param targets per target name, what it pointed at (URLs with their passwords masked)
 * @param slot the schedule slot a scheduled audit ran for, or {@code null}: a project has at most
 *     one audit per slot
 */
public record RunInfo(
    String runBy,
    String host,
    Origin origin,
    String version,
    Instant started,
    Instant finished,
    String checklistDigest,
    Map<String, String> targets,
    Instant slot) {

  /** What started an audit. */
  public enum Origin {
    CLI("cli"),
    SERVER("server"),
    SCHEDULE("schedule");

    private final String id;

    Origin(String id) {
      this.id = id;
    }

    /** The name kept in the store. */
    public String id() {
      return id;
    }

    public static Origin of(String id) {
      for (Origin o : values()) {
        if (o.id.equals(id)) {
          return o;
        }
      }
      throw new IllegalArgumentException("unknown origin '" + id + "'");
    }
  }

  public RunInfo {
    targets =
        targets == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    if (started == null || finished == null) {
      throw new IllegalArgumentException("an audit has a start and an end");
    }
  }

  /** A run for no schedule slot. */
  public RunInfo(
      String runBy,
      String host,
      Origin origin,
      String version,
      Instant started,
      Instant finished,
      String checklistDigest,
      Map<String, String> targets) {
    this(runBy, host, origin, version, started, finished, checklistDigest, targets, null);
  }

  /** This run, for schedule slot {@code at}. */
  public RunInfo forSlot(Instant at) {
    return new RunInfo(
        runBy, host, origin, version, started, finished, checklistDigest, targets, at);
  }

  /** A run from the command line, by this user on this machine. */
  public static RunInfo cli(
      String version,
      Instant started,
      Instant finished,
      String checklistDigest,
      Map<String, String> targets) {
    return new RunInfo(
        System.getProperty("user.name", "unknown"),
        localHost(),
        Origin.CLI,
        version,
        started,
        finished,
        checklistDigest,
        targets);
  }

  /** This machine's name, or {@code localhost} when it has none. */
  public static String localHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /**
   * {@code sha256:HEX} over the checklists' bytes in the order given, each preceded by its length:
   * the same files give the same digest, a changed byte another.
   */
  public static String digest(List<byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (byte[] f : files) {
        sha.update(Long.toString(f.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(f);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest()).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
