package dev.golive.checks.redis;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Redis writes its data to disk (AOF or RDB snapshots) and its last save worked. */
@CheckInfo(
    id = "redis.persistence",
    needs = TargetKind.REDIS,
    title = "Redis persists its data to disk and its last save succeeded",
    severity = Priority.HIGH,
    description =
        "Logs in with the Redis URL and reads CONFIG GET appendonly, appendfsync and save, and"
            + " INFO persistence. Passes when AOF (appendonly yes) or RDB snapshots (save points)"
            + " are on, as require asks (any, aof or rdb), and neither the last background save"
            + " (rdb_last_bgsave_status), the last AOF write nor the last AOF rewrite failed; the"
            + " message reports those statuses and how long ago the last save was. Fails when"
            + " what require asks for is off or a save failed. When CONFIG is renamed or not"
            + " permitted, INFO persistence still tells whether AOF is on; whether save points are"
            + " set then cannot be read, which is an error unless AOF already settles it.")
public record PersistenceCheck(
    @Param(
            description = "What must be on: any (AOF or RDB), aof, or rdb",
            defaultValue = "any",
            example = "aof")
        String require)
    implements Check<PersistenceCheck.Evidence> {

  private static final List<String> FIELDS =
      List.of(
          "aof_enabled",
          "aof_last_bgrewrite_status",
          "aof_last_write_status",
          "aof_rewrite_in_progress",
          "loading",
          "rdb_bgsave_in_progress",
          "rdb_changes_since_last_save",
          "rdb_last_bgsave_status",
          "rdb_last_bgsave_time_sec",
          "rdb_last_save_time",
          "redis_version",
          "server_time_usec");

  /**
   * The persistence settings and state of one Redis server.
   *
   * @param url the Redis URL, password masked
   * @param appendonly {@code yes} or {@code no}; {@code null} when CONFIG gave nothing
   * @param appendfsync {@code always}, {@code everysec} or {@code no}; {@code null} when unknown
   * @param save the RDB save points ({@code "3600 1 300 100"}), empty when off, {@code null} when
   *     unknown
   * @param configRefused why CONFIG gave nothing, or {@code null}
   * @param info the INFO persistence fields golive reads, and the server's clock and version
   * @param infoRefused why INFO gave nothing, or {@code null}
   */
  public record Evidence(
      String url,
      String appendonly,
      String appendfsync,
      String save,
      String configRefused,
      Map<String, String> info,
      String infoRefused) {
    public Evidence {
      info = Collections.unmodifiableMap(new TreeMap<>(info));
    }
  }

  public PersistenceCheck {
    require = require == null ? "any" : require.trim().toLowerCase(Locale.ROOT);
    if (!List.of("any", "aof", "rdb").contains(require)) {
      throw new IllegalArgumentException(
          "'require' must be any, aof or rdb, not '" + require + "'");
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    RedisFacts f = RedisFacts.of(probe);
    Map<String, String> info = new TreeMap<>();
    for (String k : FIELDS) {
      if (f.info().containsKey(k)) {
        info.put(k, f.info().get(k));
      }
    }
    return new Evidence(
        f.url(),
        f.config().get("appendonly"),
        f.config().get("appendfsync"),
        f.config().get("save"),
        f.configRefused(),
        info,
        f.infoRefused());
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.configRefused() != null && e.infoRefused() != null) {
      return Judgement.error(
          e.url()
              + " refuses CONFIG ("
              + e.configRefused()
              + ") and INFO ("
              + e.infoRefused()
              + "), so its persistence cannot be read: "
              + RedisFacts.remedy(e.configRefused()));
    }
    Boolean aof = aof(e);
    Boolean rdb = e.save() == null ? null : !e.save().isBlank();

    switch (require) {
      case "aof" -> {
        if (aof == null) {
          return Judgement.error(unknown(e, "AOF"));
        }
        if (!aof) {
          return Judgement.fail(
              e.url() + " has AOF off (appendonly no)" + alsoRdb(rdb, e) + ", and AOF is required");
        }
      }
      case "rdb" -> {
        if (rdb == null) {
          return Judgement.error(unknown(e, "RDB snapshotting"));
        }
        if (!rdb) {
          return Judgement.fail(
              e.url() + " takes no RDB snapshots (save \"\"), and RDB is required");
        }
      }
      default -> {
        if (!Boolean.TRUE.equals(aof) && !Boolean.TRUE.equals(rdb)) {
          if (aof == null || rdb == null) {
            return Judgement.error(
                unknown(e, aof == null ? "AOF" : "RDB snapshotting")
                    + " (AOF is "
                    + (aof == null ? "unknown" : "off")
                    + ")");
          }
          return Judgement.fail(
              e.url()
                  + " keeps its data only in memory (appendonly no, save \"\"): a restart loses"
                  + " it all");
        }
      }
    }

    List<String> failed = new ArrayList<>();
    if ("err".equals(e.info().get("rdb_last_bgsave_status"))) {
      failed.add("the last RDB background save failed (rdb_last_bgsave_status:err)");
    }
    if (Boolean.TRUE.equals(aof) && "err".equals(e.info().get("aof_last_write_status"))) {
      failed.add("the last AOF write failed (aof_last_write_status:err)");
    }
    if (Boolean.TRUE.equals(aof) && "err".equals(e.info().get("aof_last_bgrewrite_status"))) {
      failed.add("the last AOF rewrite failed (aof_last_bgrewrite_status:err)");
    }
    String how = persistsWith(aof, rdb, e);
    if (!failed.isEmpty()) {
      return Judgement.fail(
          e.url() + " persists with " + how + ", but " + String.join(" and ", failed));
    }
    return Judgement.pass(e.url() + " persists with " + how + status(e));
  }

  private static String unknown(Evidence e, String what) {
    if (e.configRefused() == null) {
      return e.url() + " does not say through CONFIG GET whether " + what + " is on";
    }
    return e.url()
        + " refuses CONFIG ("
        + e.configRefused()
        + "), so whether "
        + what
        + " is on cannot be read; "
        + RedisFacts.remedy(e.configRefused());
  }

  private static Boolean aof(Evidence e) {
    if (e.appendonly() != null) {
      return e.appendonly().equalsIgnoreCase("yes");
    }
    String enabled = e.info().get("aof_enabled");
    return enabled == null ? null : enabled.equals("1");
  }

  private static String alsoRdb(Boolean rdb, Evidence e) {
    if (rdb == null) {
      return "";
    }
    return rdb ? " (RDB snapshots are on: save " + e.save() + ")" : " and takes no RDB snapshots";
  }

  private static String persistsWith(Boolean aof, Boolean rdb, Evidence e) {
    List<String> ways = new ArrayList<>();
    if (Boolean.TRUE.equals(aof)) {
      ways.add("AOF" + (e.appendfsync() == null ? "" : " (appendfsync " + e.appendfsync() + ")"));
    }
    if (Boolean.TRUE.equals(rdb)) {
      ways.add("RDB snapshots (save " + e.save() + ")");
    }
    return String.join(" and ", ways);
  }

  /** The save statuses and the age of the last save, as far as INFO tells them. */
  private static String status(Evidence e) {
    Map<String, String> i = e.info();
    List<String> parts = new ArrayList<>();
    String lastSave = i.get("rdb_last_save_time");
    String now = i.get("server_time_usec");
    if (lastSave != null && now != null) {
      try {
        long age = Long.parseLong(now) / 1_000_000 - Long.parseLong(lastSave);
        parts.add("last save " + ago(Math.max(0, age)));
      } catch (NumberFormatException ignored) {
        // the age is left out
      }
    }
    if (i.containsKey("rdb_last_bgsave_status")) {
      parts.add("last background save " + i.get("rdb_last_bgsave_status"));
    }
    if ("1".equals(i.get("aof_enabled")) && i.containsKey("aof_last_bgrewrite_status")) {
      parts.add("last AOF rewrite " + i.get("aof_last_bgrewrite_status"));
    }
    return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
  }

  private static String ago(long seconds) {
    if (seconds < 120) {
      return seconds + " s ago";
    }
    if (seconds < 2 * 3600) {
      return seconds / 60 + " min ago";
    }
    if (seconds < 2 * 86400) {
      return seconds / 3600 + " h ago";
    }
    return seconds / 86400 + " days ago";
  }
}
