package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.golive.core.report.Messages;
import dev.golive.testkit.RawServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-mail channel against GreenMail, a real SMTP server in this JVM on 127.0.0.1. */
@Timeout(60)
class EmailTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
              new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
          .withConfiguration(
              GreenMailConfiguration.aConfig().withUser("golive@shop.test", "golive", "s3cret"))
          .withPerMethodLifecycle(true);

  private static final Map<String, String> ENV =
      Map.of("SMTP_USER", "golive", "SMTP_PASSWORD", "s3cret", "WRONG_PASSWORD", "guess");

  private static ChannelConfig.Email mail(Messages.Lang lang, int port, String password) {
    return new ChannelConfig.Email(
        "mail",
        Samples.ALL,
        lang,
        "127.0.0.1",
        port,
        ChannelConfig.Security.NONE,
        new Secret("${SMTP_USER}"),
        new Secret("${" + password + "}"),
        "golive <golive@shop.test>",
        List.of("ops@shop.test", "lead@shop.test"));
  }

  private static Delivery send(ChannelConfig.Email mail, RetryPolicy retry, Event event) {
    try (Dispatcher d = new Dispatcher(new MemoryLedger(), ENV, Clock.systemUTC())) {
      return d.dispatch(new NotifyConfig(List.of(mail), retry), List.of(event)).get(0);
    }
  }

  private static int port() {
    return SMTP.getSmtp().getPort();
  }

  @Test
  void sendsPlainTextWithAnHtmlAlternativeToEveryRecipient() throws Exception {
    Delivery d =
        send(
            mail(Messages.Lang.RU, port(), "SMTP_PASSWORD"), Samples.FAST, Samples.contradiction());

    assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
    assertThat(d.reason())
        .startsWith("SMTP 127.0.0.1:" + port() + " took it for 2 recipients: 250");
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per mailbox
    MimeMessage m = received[0];
    assertThat(m.getSubject()).isEqualTo("shop: отмеченный пункт опровергнут");
    assertThat(Arrays.stream(m.getFrom()).map(Address::toString))
        .containsExactly("golive <golive@shop.test>");
    assertThat(Arrays.stream(m.getAllRecipients()).map(Address::toString))
        .containsExactly("ops@shop.test", "lead@shop.test");
    assertThat(m.getMessageID()).isEqualTo("<" + d.id() + "@golive.notify>");
    assertThat(m.getHeader("X-Golive-Delivery")).containsExactly(d.id());
    assertThat(m.getHeader("X-Golive-Event")).containsExactly("new-contradiction");

    assertThat(m.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) m.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    BodyPart text = parts.getBodyPart(0);
    BodyPart html = parts.getBodyPart(1);
    assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    assertThat((String) text.getContent())
        .startsWith("shop: отмеченный пункт опровергнут\n\n«HSTS is enabled <max-age> & preload»")
        .contains("Проверка: http.hsts", "Раздел: Security / TLS");
    assertThat(html.getContentType()).startsWith("text/html");
    assertThat((String) html.getContent())
        .contains(
            "<html lang=\"ru\">",
            "<h2>shop: отмеченный пункт опровергнут</h2>",
            "«HSTS is enabled &lt;max-age&gt; &amp; preload»",
            "<th align=\"left\" valign=\"top\">Проверка</th><td>http.hsts</td>");
  }

  @Test
  void uzbekSubject() throws Exception {
    Delivery d =
        send(mail(Messages.Lang.UZ, port(), "SMTP_PASSWORD"), Samples.FAST, Samples.waiver(3));

    assertThat(d.sent()).isTrue();
    assertThat(SMTP.getReceivedMessages()[0].getSubject())
        .isEqualTo("shop: «Backups are restored monthly» uchun istisno 3 kundan keyin tugaydi");
  }

  @Test
  void aRefusedLoginIsAClearPermanentFailure() {
    Delivery d =
        send(
            mail(Messages.Lang.EN, port(), "WRONG_PASSWORD"),
            Samples.FAST,
            Samples.verdictChanged());

    assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
    assertThat(d.attempts())
        .singleElement()
        .satisfies(a -> assertThat(a.result()).isEqualTo(Attempt.Result.PERMANENT));
    assertThat(d.reason())
        .startsWith("SMTP 127.0.0.1:" + port() + " refused the login of golive")
        .endsWith("; check 'user' and 'password' of channel mail")
        .doesNotContain("guess");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aServerThatIsNotThereIsTriedAgain() {
    RawServer gone = RawServer.plain(RawServer.reset());
    int port = gone.port();
    gone.close();

    Delivery d =
        send(mail(Messages.Lang.EN, port, "SMTP_PASSWORD"), Samples.FAST, Samples.verdictChanged());

    assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
    assertThat(d.attempts())
        .hasSize(4)
        .allSatisfy(
            a ->
                assertThat(a.detail())
                    .isEqualTo(
                        "could not connect to SMTP 127.0.0.1:" + port + ": connection refused"));
  }

  @Test
  void aServerThatTricklesItsGreetingIsCutOffAtTheTimeout() {
    RetryPolicy shortTries =
        new RetryPolicy(
            2,
            Duration.ofMillis(10),
            Duration.ofMillis(10),
            Duration.ofMillis(500),
            Duration.ofSeconds(5));
    try (RawServer trickle =
        RawServer.plain(
            s -> {
              RawServer.write(s, "220-");
              while (true) {
                // a byte at a time, well inside any read timeout, never a whole line
                RawServer.write(s, "x");
                Thread.sleep(50);
              }
            })) {
      Delivery d =
          send(
              mail(Messages.Lang.EN, trickle.port(), "SMTP_PASSWORD"),
              shortTries,
              Samples.verdictChanged());

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.attempts())
          .hasSize(2)
          .allSatisfy(
              a ->
                  assertThat(a.detail())
                      .isEqualTo(
                          "no complete exchange with SMTP 127.0.0.1:"
                              + trickle.port()
                              + " within 500 ms"));
    }
  }

  private static ChannelConfig.Email secured(ChannelConfig.Security security, int port) {
    return new ChannelConfig.Email(
        "mail",
        Samples.ALL,
        Messages.Lang.EN,
        "127.0.0.1",
        port,
        security,
        null,
        null,
        "golive@shop.test",
        List.of("ops@shop.test"));
  }

  @Test
  void starttlsNeverFallsBackToPlainText() {
    Delivery d =
        send(
            secured(ChannelConfig.Security.STARTTLS, port()),
            Samples.FAST,
            Samples.verdictChanged());

    assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
    assertThat(d.attempts())
        .singleElement()
        .satisfies(a -> assertThat(a.result()).isEqualTo(Attempt.Result.PERMANENT));
    assertThat(d.reason()).startsWith("SMTP 127.0.0.1:" + port() + ": ");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void tlsChecksTheServersCertificate() {
    GreenMail smtps =
        new GreenMail(new ServerSetup(3465, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
    smtps.start();
    try {
      int port = smtps.getSmtps().getPort();
      Delivery d =
          send(secured(ChannelConfig.Security.TLS, port), Samples.FAST, Samples.verdictChanged());

      // GreenMail's own certificate is not one this JVM trusts
      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.attempts())
          .singleElement()
          .satisfies(a -> assertThat(a.result()).isEqualTo(Attempt.Result.PERMANENT));
      assertThat(d.reason()).startsWith("TLS with SMTP 127.0.0.1:" + port + " failed: ");
      assertThat(smtps.getReceivedMessages()).isEmpty();
    } finally {
      smtps.stop();
    }
  }
}
