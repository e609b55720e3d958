package dev.golive.notify;

import dev.golive.core.report.Messages;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One configured channel: where messages go, in which language, for which kinds of event. Secrets
 * are {@link Secret}s, so a config printed or logged never shows them.
 */
public sealed interface ChannelConfig {
  /** The channel's name in the config; unique per project, kept in the ledger. */
  String name();

  /** The kinds of event it is sent. */
  Set<Event.Kind> events();

  /** The language of its messages. */
  Messages.Lang language();

  /** {@code webhook}, {@code slack}, {@code telegram} or {@code email}. */
  String type();

  /** One line that says where messages go, secrets hidden. */
  String describe();

  default boolean accepts(Event event) {
    return events().contains(event.kind());
  }

  /**
   * A generic webhook: the event as JSON, signed with HMAC-SHA256.
   *
   * @param secret the shared key the signature is made with
   */
  record Webhook(
      String name, Set<Event.Kind> events, Messages.Lang language, Secret url, Secret secret)
      implements ChannelConfig {
    public Webhook {
      events = Set.copyOf(events);
    }

    @Override
    public String type() {
      return "webhook";
    }

    @Override
    public String describe() {
      return "webhook " + url + " (signed)";
    }
  }

  /** A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat and the like). */
  record Slack(String name, Set<Event.Kind> events, Messages.Lang language, Secret url)
      implements ChannelConfig {
    public Slack {
      events = Set.copyOf(events);
    }

    @Override
    public String type() {
      return "slack";
    }

    @Override
    public String describe() {
      return "slack " + url;
    }
  }

  /**
   * A Telegram bot writing to one chat.
   *
   * @param chat the chat's id ({@code -1001234567890}) or a channel's {@code @name}
   * @param api the Bot API's base URL, {@link #TELEGRAM_API} unless a proxy or test server stands
   *     in
   */
  record Telegram(
      String name,
      Set<Event.Kind> events,
      Messages.Lang language,
      Secret token,
      Secret chat,
      URI api)
      implements ChannelConfig {
    public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");

    public Telegram {
      events = Set.copyOf(events);
    }

    @Override
    public String type() {
      return "telegram";
    }

    @Override
    public String describe() {
      // a chat id is an address, not a secret
      return "telegram chat "
          + chat.written()
          + (api.equals(TELEGRAM_API) ? "" : " via " + api)
          + ", token "
          + token;
    }
  }

  /** How an SMTP connection is protected. */
  enum Security {
    /** Plain SMTP: only for a relay on the same host or network. */
    NONE,
    /** Plain SMTP upgraded with STARTTLS, which must succeed (port 587). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, port 465). */
    TLS;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * E-mail through an SMTP server, as plain text with an HTML alternative.
   *
   * @param user the login, or {@code null} for a server that wants none
   * @param password the password, or {@code null} without a user
   */
  record Email(
      String name,
      Set<Event.Kind> events,
      Messages.Lang language,
      String host,
      int port,
      Security security,
      Secret user,
      Secret password,
      String from,
      List<String> to)
      implements ChannelConfig {
    public Email {
      events = Set.copyOf(events);
      to = List.copyOf(to);
    }

    @Override
    public String type() {
      return "email";
    }

    @Override
    public String describe() {
      return "email via "
          + host
          + ":"
          + port
          + " ("
          + security.id()
          + (user == null ? "" : ", as " + user.written())
          + ") from "
          + from
          + " to "
          + String.join(", ", to);
    }
  }
}
