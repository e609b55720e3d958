package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.golive.core.report.Messages;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The notify: block as golive.yaml writes it: read, checked, and shown without its secrets. */
class NotifyConfigTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The value of notify: in {@code yaml}, as the YAML reader gives it. */
  private static Object block(String yaml) throws Exception {
    return YAML.readValue(yaml, Map.class).get("notify");
  }

  private static List<String> problems(String yaml) throws Exception {
    Object b = block(yaml);
    try {
      NotifyConfig.parse(b);
    } catch (NotifyConfigException e) {
      return e.problems();
    }
    throw new AssertionError("no problems in " + yaml);
  }

  @Test
  void readsEveryChannelType() throws Exception {
    NotifyConfig c =
        NotifyConfig.parse(
            block(
                """
                notify:
                  channels:
                    ops:
                      type: webhook
                      url: https://hooks.example.com/golive
                      secret: ${GOLIVE_WEBHOOK_SECRET}
                      events: [verdict-changed, regression]
                    team:
                      type: slack
                      url: ${SLACK_WEBHOOK_URL}
                      language: ru
                    tg:
                      type: telegram
                      token: ${TELEGRAM_BOT_TOKEN}
                      chat: -1001234567890
                      language: uz
                      api: http://127.0.0.1:8081/
                    mail:
                      type: email
                      host: smtp.example.com
                      user: golive@example.com
                      password: ${SMTP_PASSWORD}
                      from: golive <golive@example.com>
                      to: [ops@example.com, lead@example.com]
                  retry:
                    attempts: 3
                    backoff: 500ms
                    max-backoff: 10s
                    timeout: 5s
                    deadline: 1m
                """));

    assertThat(c.channels())
        .extracting(ChannelConfig::name)
        .containsExactly("ops", "team", "tg", "mail");
    ChannelConfig.Webhook ops = (ChannelConfig.Webhook) c.channel("ops");
    assertThat(ops.events())
        .isEqualTo(EnumSet.of(Event.Kind.VERDICT_CHANGED, Event.Kind.REGRESSION));
    assertThat(ops.language()).isEqualTo(Messages.Lang.EN);
    assertThat(ops.secret().variables()).containsExactly("GOLIVE_WEBHOOK_SECRET");
    assertThat(c.channel("team").events()).isEqualTo(Samples.ALL);
    assertThat(c.channel("team").language()).isEqualTo(Messages.Lang.RU);
    ChannelConfig.Telegram tg = (ChannelConfig.Telegram) c.channel("tg");
    assertThat(tg.chat().written()).isEqualTo("-1001234567890");
    assertThat(tg.api()).isEqualTo(URI.create("http://127.0.0.1:8081"));
    ChannelConfig.Email mail = (ChannelConfig.Email) c.channel("mail");
    assertThat(mail.port()).isEqualTo(587);
    assertThat(mail.security()).isEqualTo(ChannelConfig.Security.STARTTLS);
    assertThat(mail.to()).containsExactly("ops@example.com", "lead@example.com");
    assertThat(c.retry())
        .isEqualTo(
            new RetryPolicy(
                3,
                Duration.ofMillis(500),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofMinutes(1)));
    assertThat(c.channel("nope")).isNull();
  }

  @Test
  void defaults() throws Exception {
    NotifyConfig c =
        NotifyConfig.parse(
            block(
                """
                notify:
                  channels:
                    tg: {type: telegram, token: "${T}", chat: "@shop_ops"}
                    relay: {type: email, host: localhost, security: none, from: a@b.test, to: c@d.test}
                    smtps: {type: email, host: mail.test, port: 465, from: a@b.test, to: c@d.test}
                """));
    assertThat(((ChannelConfig.Telegram) c.channel("tg")).api())
        .isEqualTo(ChannelConfig.Telegram.TELEGRAM_API);
    ChannelConfig.Email relay = (ChannelConfig.Email) c.channel("relay");
    assertThat(relay.port()).isEqualTo(25);
    assertThat(relay.user()).isNull();
    assertThat(((ChannelConfig.Email) c.channel("smtps")).security())
        .isEqualTo(ChannelConfig.Security.TLS);
    assertThat(c.retry()).isEqualTo(RetryPolicy.DEFAULT);
    assertThat(NotifyConfig.parse(null)).isEqualTo(NotifyConfig.NONE);
  }

  @Test
  void everyProblemIsNamedAtOnce() throws Exception {
    assertThat(
            problems(
                """
                notify:
                  channel: {}
                  retry: {attempts: zero, deadline: soon, backof: 1s}
                """))
        .containsExactly(
            "notify: unknown key 'channel' (expected channels, retry)",
            "notify: 'channels' is missing: name each channel, as in 'ops: {type: slack, url: ...}'",
            "notify.retry: unknown key 'backof' (expected attempts, backoff, deadline, max-backoff, timeout)",
            "notify.retry.attempts: 'zero' is not a whole number",
            "notify.retry.deadline: 'soon' is not a duration such as 500ms, 10s, 2m or 1h");
    assertThat(
            problems(
                """
                notify:
                  channels:
                    a: {type: pager}
                    b: {type: slack, url: "ftp://x", langage: uz}
                    c: {type: telegram, chat: 1, language: fr, events: [launch]}
                    d: {type: email, host: smtp.test, password: "${P}", from: "not an address", to: []}
                    e f: {type: slack, url: "${U}"}
                """))
        .containsExactly(
            "notify.channels.a: unknown type 'pager' (expected webhook, slack, telegram or email)",
            "notify.channels.b: unknown key 'langage' (expected events, language, type, url)",
            "notify.channels.b.url: 'ftp://x/***' is not an http:// or https:// URL",
            "notify.channels.c.language: unknown language 'fr' (expected en, uz or ru)",
            "notify.channels.c.events: unknown event 'launch' (expected all or verdict-changed,"
                + " new-contradiction, regression, certificate-expiring, waiver-expiring)",
            "notify.channels.c: 'token' is missing: the bot's token from @BotFather, as ${NAME} of"
                + " an environment variable",
            "notify.channels.d: 'password' is given without 'user'",
            "notify.channels.d.from: 'not an address' is not an e-mail address",
            "notify.channels.d.to: names no address",
            "notify.channels.e f: a channel name is letters, digits, '.', '_' or '-', at most 64");
  }

  @Test
  void secretsMustComeFromTheEnvironment() throws Exception {
    assertThat(
            problems(
                """
                notify:
                  channels:
                    ops: {type: webhook, url: "https://h.test/", secret: hunter2}
                    tg: {type: telegram, token: "123:abc", chat: "1"}
                """))
        .containsExactly(
            "notify.channels.ops.secret: write it as ${NAME} and set that environment variable: a"
                + " secret does not belong in the file",
            "notify.channels.tg.token: write it as ${NAME} and set that environment variable: a"
                + " secret does not belong in the file")
        .noneMatch(p -> p.contains("hunter2") || p.contains("123:abc"));
  }

  @Test
  void describedAndPrintedWithoutSecrets() throws Exception {
    NotifyConfig c =
        NotifyConfig.parse(
            block(
                """
                notify:
                  channels:
                    ops: {type: webhook, url: "https://hooks.test/T0/B0/abcdef", secret: "${S}"}
                    team: {type: slack, url: "https://hooks.slack.com/services/${SLACK_PATH}"}
                    tg: {type: telegram, token: "${TG}", chat: "-100123"}
                    mail: {type: email, host: smtp.test, user: "${U}", password: "${P}", from: a@b.test, to: c@d.test}
                """));
    assertThat(c.channels())
        .extracting(ChannelConfig::describe)
        .containsExactly(
            "webhook https://hooks.test/*** (signed)",
            "slack https://hooks.slack.com/services/${SLACK_PATH}",
            "telegram chat -100123, token ${TG}",
            "email via smtp.test:587 (starttls, as ${U}) from a@b.test to c@d.test");
    assertThat(c.toString()).doesNotContain("abcdef");
  }

  @Test
  void aBlockThatIsNotAMapping() {
    assertThatThrownBy(() -> NotifyConfig.parse(List.of("slack")))
        .isInstanceOf(NotifyConfigException.class)
        .hasMessage("notify: should be a mapping with 'channels' (and 'retry')");
  }
}
