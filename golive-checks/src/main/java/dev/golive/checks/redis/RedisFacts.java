package dev.golive.checks.redis;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.redis.AuthCheck.Answer;
import dev.golive.checks.redis.RedisConnection.Failure;
import dev.golive.checks.redis.RedisConnection.Multi;
import dev.golive.checks.redis.RedisConnection.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one visit to a target's Redis saw, shared by its redis checks: how the server answers a
 * client that has not logged in, whether the credentials in the URL work, and the settings and
 * persistence state read with them. Nothing secret is kept: the URL is masked, {@code requirepass}
 * is never asked for, and replies are kept as their error text or a short summary.
 *
 * @param url the Redis URL, password masked
 * @param address the IP address the connection reached
 * @param unauthenticated what {@code PING} and {@code INFO server} got without logging in
 * @param credentialsGiven whether the URL carries a password
 * @param login {@code accepted}, the server's answer to a rejected {@code AUTH}, or {@code null}
 *     when the URL has no password
 * @param config the settings {@code CONFIG GET} gave, by name
 * @param configRefused why {@code CONFIG GET} gave nothing (renamed, no permission...), or {@code
 *     null}
 * @param info fields of {@code INFO persistence} and {@code INFO server}
 * @param infoRefused why {@code INFO} gave nothing, or {@code null}
 */
record RedisFacts(
    String url,
    String address,
    List<Answer> unauthenticated,
    boolean credentialsGiven,
    String login,
    Map<String, String> config,
    String configRefused,
    Map<String, String> info,
    String infoRefused) {

  static final String ACCEPTED = "accepted";

  /** The settings read; never {@code requirepass} or anything else that holds a secret. */
  static final List<String> SETTINGS =
      List.of("bind", "protected-mode", "appendonly", "appendfsync", "save");

  private static final Set<String> SERVER_FIELDS =
      Set.of("redis_version", "server_time_usec", "tcp_port");

  RedisFacts {
    unauthenticated = List.copyOf(unauthenticated);
    config = Collections.unmodifiableMap(new TreeMap<>(config));
    info = Collections.unmodifiableMap(new TreeMap<>(info));
  }

  /** The visit to the target's Redis, made once per audit for all redis checks. */
  static RedisFacts of(Probe probe) throws IOException, InterruptedException {
    String written = probe.target().resources().redis();
    RedisUrl url = RedisUrl.parse(written, System.getenv());
    return probe.shared("redis " + url, () -> visit(url, probe));
  }

  /** Talks to the server at {@code url}: once without logging in, once with the URL's login. */
  static RedisFacts visit(RedisUrl url, Probe probe) throws IOException {
    List<Answer> unauthenticated = new ArrayList<>();
    try (RedisConnection anonymous = RedisConnection.open(url, probe)) {
      String address = anonymous.remoteAddress();
      Reply ping;
      try {
        ping = anonymous.call("PING");
      } catch (ProbeException e) {
        throw url.tls()
            ? e
            : new ProbeException(
                e.getMessage() + " (a server that speaks only TLS does that: try rediss://)", e);
      }
      unauthenticated.add(answer("PING", ping));
      boolean denied = ping instanceof Failure f && f.code().equals("DENIED");
      if (!denied) {
        // protected mode closes the connection after its refusal; otherwise INFO is asked too
        Reply info = anonymous.call("INFO", "server");
        unauthenticated.add(answer("INFO server", info));
      }

      String login = null;
      RedisConnection authenticated = null;
      if (url.hasPassword()) {
        authenticated = RedisConnection.open(url, probe);
        Reply auth =
            url.user() == null
                ? authenticated.call("AUTH", url.password())
                : authenticated.call("AUTH", url.user(), url.password());
        if (auth.isError()) {
          login = auth.text();
          authenticated.close();
          authenticated = null;
        } else {
          login = ACCEPTED;
        }
      }
      try {
        RedisConnection session = authenticated != null ? authenticated : anonymous;
        Map<String, String> config = new TreeMap<>();
        Map<String, String> info = new TreeMap<>();
        String configRefused = null;
        String infoRefused = null;
        if (authenticated == null && denied) {
          configRefused = ping.text();
          infoRefused = ping.text();
        } else {
          for (String name : SETTINGS) {
            Reply r = session.call("CONFIG", "GET", name);
            if (r.isError()) {
              configRefused = r.text();
              break;
            }
            if (r instanceof Multi m && m.items().size() >= 2) {
              config.put(name, m.items().get(1).text());
            }
          }
          Reply persistence = session.call("INFO", "persistence");
          if (persistence.isError()) {
            infoRefused = persistence.text();
          } else {
            info.putAll(fields(persistence.text(), null));
            Reply server = session.call("INFO", "server");
            if (!server.isError()) {
              info.putAll(fields(server.text(), SERVER_FIELDS));
            }
          }
        }
        return new RedisFacts(
            url.toString(),
            address,
            unauthenticated,
            url.hasPassword(),
            login,
            config,
            configRefused,
            info,
            infoRefused);
      } finally {
        if (authenticated != null) {
          authenticated.close();
        }
      }
    }
  }

  /** Whether a client that has not logged in may run commands: {@code null} when unclear. */
  Boolean openWithoutLogin() {
    boolean refusedForAuth = false;
    for (Answer a : unauthenticated) {
      if (a.answered() || a.code().equals("DENIED")) {
        return true;
      }
      if (a.code().equals("NOAUTH") || a.code().equals("NOPERM")) {
        refusedForAuth = true;
      }
    }
    return refusedForAuth ? false : null;
  }

  /** What to do about {@code refusal}, a server's answer to CONFIG or INFO. */
  static String remedy(String refusal) {
    if (refusal != null && (refusal.startsWith("NOAUTH") || refusal.startsWith("DENIED"))) {
      return "give the password in the Redis URL, as redis://:${REDIS_PASSWORD}@host:6379";
    }
    return "give a user in the Redis URL that may run CONFIG GET and INFO";
  }

  /** The {@code key:value} lines of an INFO reply, only {@code keep} when given. */
  static Map<String, String> fields(String info, Set<String> keep) {
    Map<String, String> out = new TreeMap<>();
    if (info == null) {
      return out;
    }
    for (String line : info.lines().toList()) {
      int c = line.indexOf(':');
      if (c > 0 && !line.startsWith("#")) {
        String key = line.substring(0, c).trim();
        if (keep == null || keep.contains(key)) {
          out.put(key, line.substring(c + 1).trim());
        }
      }
    }
    return out;
  }

  private static Answer answer(String command, Reply r) {
    if (r.isError()) {
      return new Answer(command, false, r.text());
    }
    String text = r.text() == null ? "(nil)" : r.text();
    String summary =
        text.length() <= 40 && !text.contains("\n")
            ? text
            : "answered with " + text.length() + " characters";
    return new Answer(command, true, summary);
  }
}
