package dev.golive.notify;

import dev.golive.core.report.Messages;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notifications of one project: its channels and how hard each delivery tries. Read from a
 * {@code notify:} block of golive.yaml or from the server's project settings, given as the maps,
 * lists and scalars a YAML or JSON reader makes:
 *
 * <pre>
 * notify:
 *   channels:
 *     ops:
 *       type: webhook
 *       url: https://hooks.example.com/golive
 *       secret: ${GOLIVE_WEBHOOK_SECRET}
 *       events: [verdict-changed, regression]
 *     team:
 *       type: telegram
 *       token: ${TELEGRAM_BOT_TOKEN}
 *       chat: "-1001234567890"
 *       language: uz
 *   retry:
 *     attempts: 5
 *     deadline: 2m
 * </pre>
 */
public record NotifyConfig(List<ChannelConfig> channels, RetryPolicy retry) {
  /** No channels: nothing is sent. */
  public static final NotifyConfig NONE = new NotifyConfig(List.of(), RetryPolicy.DEFAULT);

  private static final Set<String> TOP_KEYS = Set.of("channels", "retry");
  private static final Set<String> COMMON_KEYS = Set.of("type", "language", "events");
  private static final Map<String, Set<String>> TYPE_KEYS =
      Map.of(
          "webhook", Set.of("url", "secret"),
          "slack", Set.of("url"),
          "telegram", Set.of("token", "chat", "api"),
          "email", Set.of("host", "port", "security", "user", "password", "from", "to"));
  private static final Set<String> RETRY_KEYS =
      Set.of("attempts", "backoff", "max-backoff", "timeout", "deadline");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  public NotifyConfig {
    channels = List.copyOf(channels);
  }

  /** The channel named {@code name}, or {@code null}. */
  public ChannelConfig channel(String name) {
    for (ChannelConfig c : channels) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Reads the value of a {@code notify:} block; {@code null} is no notifications.
   *
   * @throws NotifyConfigException with every problem found, each naming its setting
   */
  public static NotifyConfig parse(Object block) {
    if (block == null) {
      return NONE;
    }
    Reader r = new Reader();
    NotifyConfig config = r.read(block);
    if (!r.problems.isEmpty()) {
      throw new NotifyConfigException(r.problems);
    }
    return config;
  }

  /** Collects every problem instead of stopping at the first. */
  private static final class Reader {
    final List<String> problems = new ArrayList<>();

    NotifyConfig read(Object block) {
      if (!(block instanceof Map<?, ?> top)) {
        problem("notify", "should be a mapping with 'channels' (and 'retry')");
        return NONE;
      }
      unknownKeys("notify", top, TOP_KEYS);
      List<ChannelConfig> channels = new ArrayList<>();
      Object cs = top.get("channels");
      if (cs == null) {
        problem(
            "notify",
            "'channels' is missing: name each channel, as in 'ops: {type: slack, url: ...}'");
      } else if (!(cs instanceof Map<?, ?> m)) {
        problem("notify.channels", "should map channel names to channels");
      } else {
        m.forEach(
            (name, spec) -> {
              ChannelConfig c = channel(String.valueOf(name), spec);
              if (c != null) {
                channels.add(c);
              }
            });
      }
      RetryPolicy retry = retry(top.get("retry"));
      return new NotifyConfig(channels, retry);
    }

    private ChannelConfig channel(String name, Object spec) {
      String where = "notify.channels." + name;
      if (!NAME.matcher(name).matches()) {
        problem(where, "a channel name is letters, digits, '.', '_' or '-', at most 64");
        return null;
      }
      if (!(spec instanceof Map<?, ?> m)) {
        problem(where, "should be a mapping with 'type' and the type's settings");
        return null;
      }
      String type = text(where, m, "type");
      if (type == null) {
        problem(where, "'type' is missing (webhook, slack, telegram or email)");
        return null;
      }
      type = type.toLowerCase(Locale.ROOT);
      Set<String> own = TYPE_KEYS.get(type);
      if (own == null) {
        problem(where, "unknown type '" + type + "' (expected webhook, slack, telegram or email)");
        return null;
      }
      Set<String> keys = new TreeSet<>(COMMON_KEYS);
      keys.addAll(own);
      unknownKeys(where, m, keys);
      Messages.Lang lang = language(where, m.get("language"));
      Set<Event.Kind> events = events(where, m.get("events"));
      int before = problems.size();
      ChannelConfig c =
          switch (type) {
            case "webhook" ->
                new ChannelConfig.Webhook(
                    name,
                    events,
                    lang,
                    url(where, m, "url"),
                    hidden(where, m, "secret", "the shared key receivers verify signatures with"));
            case "slack" -> new ChannelConfig.Slack(name, events, lang, url(where, m, "url"));
            case "telegram" ->
                new ChannelConfig.Telegram(
                    name,
                    events,
                    lang,
                    hidden(where, m, "token", "the bot's token from @BotFather"),
                    secret(
                        where,
                        m,
                        "chat",
                        "the chat's id, as \"-1001234567890\", or a channel's @name"),
                    api(where, m));
            default -> email(where, name, events, lang, m);
          };
      return problems.size() == before ? c : null;
    }

    private ChannelConfig.Email email(
        String where, String name, Set<Event.Kind> events, Messages.Lang lang, Map<?, ?> m) {
      String host = text(where, m, "host");
      if (host == null || host.isBlank()) {
        problem(where, "'host' is missing: the SMTP server, as smtp.example.com");
      }
      ChannelConfig.Security security = ChannelConfig.Security.STARTTLS;
      Integer port = m.containsKey("port") ? integer(where + ".port", m.get("port")) : null;
      String s = text(where, m, "security");
      if (s != null) {
        try {
          security = ChannelConfig.Security.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problem(where + ".security", "'" + s + "' is not one of none, starttls, tls");
        }
      } else if (port != null && port == 465) {
        security = ChannelConfig.Security.TLS;
      }
      if (port == null) {
        port =
            switch (security) {
              case NONE -> 25;
              case STARTTLS -> 587;
              case TLS -> 465;
            };
      } else if (port < 1 || port > 65535) {
        problem(where + ".port", port + " is not a port");
      }
      Secret user = m.containsKey("user") ? secret(where, m, "user", "the login") : null;
      Secret password =
          m.containsKey("password") ? hidden(where, m, "password", "the password") : null;
      if (password != null && user == null) {
        problem(where, "'password' is given without 'user'");
      }
      String from = text(where, m, "from");
      if (from == null) {
        problem(where, "'from' is missing: the sender's address, as golive@example.com");
      } else {
        address(where + ".from", from);
      }
      List<String> to = new ArrayList<>();
      Object t = m.get("to");
      if (t == null) {
        problem(where, "'to' is missing: one address or a list of them");
      } else {
        for (Object a : t instanceof List<?> l ? l : List.of(t)) {
          String addr = a instanceof String || a instanceof Number ? a.toString() : null;
          if (addr == null) {
            problem(where + ".to", "should be addresses, not " + kind(a));
          } else if (address(where + ".to", addr)) {
            to.add(addr.trim());
          }
        }
        if (t instanceof List<?> l && l.isEmpty()) {
          problem(where + ".to", "names no address");
        }
      }
      return new ChannelConfig.Email(
          name,
          events,
          lang,
          host == null ? "" : host.trim(),
          port,
          security,
          user,
          password,
          from == null ? "" : from.trim(),
          to);
    }

    private boolean address(String where, String a) {
      try {
        new InternetAddress(a.trim(), true).validate();
        return true;
      } catch (AddressException e) {
        problem(where, "'" + a + "' is not an e-mail address");
        return false;
      }
    }

    private Messages.Lang language(String where, Object v) {
      if (v == null) {
        return Messages.Lang.EN;
      }
      try {
        return Messages.Lang.of(v.toString().trim());
      } catch (IllegalArgumentException e) {
        problem(where + ".language", e.getMessage());
        return Messages.Lang.EN;
      }
    }

    private Set<Event.Kind> events(String where, Object v) {
      Set<Event.Kind> all = EnumSet.allOf(Event.Kind.class);
      if (v == null || "all".equals(v)) {
        return all;
      }
      Set<Event.Kind> out = EnumSet.noneOf(Event.Kind.class);
      for (Object o : v instanceof List<?> l ? l : List.of(v)) {
        String id = String.valueOf(o).trim();
        Event.Kind k = Event.Kind.of(id);
        if (k == null && !id.equals("all")) {
          problem(
              where + ".events", "unknown event '" + id + "' (expected all or " + kinds() + ")");
        } else {
          out.addAll(k == null ? all : Set.of(k));
        }
      }
      return out;
    }

    private static String kinds() {
      List<String> ids = new ArrayList<>();
      for (Event.Kind k : Event.Kind.values()) {
        ids.add(k.id());
      }
      return String.join(", ", ids);
    }

    private Secret url(String where, Map<?, ?> m, String key) {
      Secret s = secret(where, m, key, "the URL to POST to, as ${WEBHOOK_URL} or https://...");
      if (s != null && !s.fromEnvironment()) {
        httpUrl(where + "." + key, s.written());
      }
      return s;
    }

    private URI api(String where, Map<?, ?> m) {
      String a = text(where, m, "api");
      if (a == null) {
        return ChannelConfig.Telegram.TELEGRAM_API;
      }
      URI u = httpUrl(where + ".api", a.trim());
      if (u == null) {
        return ChannelConfig.Telegram.TELEGRAM_API;
      }
      String s = u.toString();
      return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    private URI httpUrl(String where, String text) {
      try {
        URI u = new URI(text);
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
          return u;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      problem(where, "'" + new Secret(text) + "' is not an http:// or https:// URL");
      return null;
    }

    private Secret secret(String where, Map<?, ?> m, String key, String what) {
      Object v = m.get(key);
      if (v == null) {
        problem(where, "'" + key + "' is missing: " + what);
        return null;
      }
      if (!(v instanceof String || v instanceof Number) || v.toString().isBlank()) {
        problem(where + "." + key, "should be a value: " + what);
        return null;
      }
      return new Secret(v.toString().trim());
    }

    /** A secret that must come from the environment: a file of settings is often committed. */
    private Secret hidden(String where, Map<?, ?> m, String key, String what) {
      Secret s = secret(where, m, key, what + ", as ${NAME} of an environment variable");
      if (s != null && !s.fromEnvironment()) {
        problem(
            where + "." + key,
            "write it as ${NAME} and set that environment variable: a secret does not belong in"
                + " the file");
        return null;
      }
      return s;
    }

    private RetryPolicy retry(Object v) {
      RetryPolicy d = RetryPolicy.DEFAULT;
      if (v == null) {
        return d;
      }
      if (!(v instanceof Map<?, ?> m)) {
        problem(
            "notify.retry",
            "should be a mapping with " + String.join(", ", new TreeSet<>(RETRY_KEYS)));
        return d;
      }
      unknownKeys("notify.retry", m, RETRY_KEYS);
      Integer attempts =
          m.containsKey("attempts") ? integer("notify.retry.attempts", m.get("attempts")) : null;
      Duration backoff = duration("notify.retry.backoff", m.get("backoff"), d.backoff());
      Duration maxBackoff =
          duration("notify.retry.max-backoff", m.get("max-backoff"), d.maxBackoff());
      Duration timeout = duration("notify.retry.timeout", m.get("timeout"), d.timeout());
      Duration deadline = duration("notify.retry.deadline", m.get("deadline"), d.deadline());
      try {
        return new RetryPolicy(
            attempts == null ? d.attempts() : attempts,
            backoff,
            maxBackoff.compareTo(backoff) < 0 && !m.containsKey("max-backoff")
                ? backoff
                : maxBackoff,
            timeout,
            deadline);
      } catch (IllegalArgumentException e) {
        problem("notify.retry", e.getMessage());
        return d;
      }
    }

    private Duration duration(String where, Object v, Duration fallback) {
      if (v == null) {
        return fallback;
      }
      Matcher m = DURATION.matcher(v.toString().trim());
      if (!m.matches()) {
        problem(where, "'" + v + "' is not a duration such as 500ms, 10s, 2m or 1h");
        return fallback;
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    }

    private Integer integer(String where, Object v) {
      if (v instanceof Integer || v instanceof Long) {
        return ((Number) v).intValue();
      }
      try {
        return Integer.parseInt(String.valueOf(v).trim());
      } catch (NumberFormatException e) {
        problem(where, "'" + v + "' is not a whole number");
        return null;
      }
    }

    private String text(String where, Map<?, ?> m, String key) {
      Object v = m.get(key);
      if (v == null) {
        return null;
      }
      if (v instanceof Map || v instanceof List) {
        problem(where + "." + key, "should be a value, not " + kind(v));
        return null;
      }
      return v.toString();
    }

    private static String kind(Object v) {
      return v instanceof Map ? "a mapping" : v instanceof List ? "a list" : "'" + v + "'";
    }

    private void unknownKeys(String where, Map<?, ?> m, Set<String> known) {
      for (Object k : m.keySet()) {
        if (!known.contains(String.valueOf(k))) {
          problem(
              where,
              "unknown key '" + k + "' (expected " + String.join(", ", new TreeSet<>(known)) + ")");
        }
      }
    }

    private void problem(String where, String message) {
      problems.add(where + ": " + message);
    }
  }
}
