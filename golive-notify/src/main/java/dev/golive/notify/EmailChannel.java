package dev.golive.notify;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * E-mail through an SMTP server: plain text with an HTML alternative, the delivery's id as the
 * Message-ID (so a message tried twice is one message to mail clients). SMTP replies in 4xx are
 * worth another try, 5xx and a refused login are not. A watchdog closes the connection at the try's
 * timeout, whatever the server is doing.
 */
final class EmailChannel implements Channel {
  private final ChannelConfig.Email config;
  private final Map<String, String> env;
  private final Words words;

  EmailChannel(ChannelConfig.Email config, Map<String, String> env) {
    this.config = config;
    this.env = env;
    this.words = Words.of(config.language());
  }

  @Override
  public ChannelConfig config() {
    return config;
  }

  /** A message whose Message-ID is given rather than made up at each save. */
  private static final class IdMessage extends MimeMessage {
    private final String id;

    IdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }

  /** {@code m} as a small HTML page: heading, summary, a table of facts, link and note. */
  static String html(Message m, String lang) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang)
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(m.title()))
        .append("</title></head>\n<body style=\"font-family:sans-serif\">\n<h2>")
        .append(escape(m.title()))
        .append("</h2>\n<p>")
        .append(escape(m.summary()))
        .append("</p>\n");
    if (!m.facts().isEmpty()) {
      b.append("<table cellpadding=\"4\">\n");
      for (Message.Fact f : m.facts()) {
        b.append("<tr><th align=\"left\" valign=\"top\">")
            .append(escape(f.label()))
            .append("</th><td>")
            .append(escape(f.value()))
            .append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    if (m.link() != null) {
      b.append("<p><a href=\"")
          .append(escape(m.link()))
          .append("\">")
          .append(escape(m.linkText()))
          .append("</a></p>\n");
    }
    if (m.note() != null) {
      b.append("<p><em>").append(escape(m.note())).append("</em></p>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** The message of one delivery, ready to send. */
  MimeMessage message(Session session, Outgoing out, Instant at) throws MessagingException {
    Message m = words.render(out.event(), out.test());
    MimeMessage msg = new IdMessage(session, "<" + out.deliveryId() + "@golive.notify>");
    msg.setFrom(new InternetAddress(config.from(), true));
    Address[] to = new Address[config.to().size()];
    for (int i = 0; i < to.length; i++) {
      to[i] = new InternetAddress(config.to().get(i), true);
    }
    msg.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
    msg.setSubject(Message.cut(m.title(), 200), StandardCharsets.UTF_8.name());
    msg.setSentDate(Date.from(at));
    msg.setHeader("X-Golive-Event", out.event().kind().id());
    msg.setHeader("X-Golive-Delivery", out.deliveryId());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(m.plain(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setText(html(m, config.language().code()), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    msg.setContent(alternative);
    msg.saveChanges();
    return msg;
  }

  @Override
  public Attempt.Outcome attempt(Outgoing out, Instant at, Duration timeout)
      throws InterruptedException {
    String user = null;
    String password = null;
    try {
      if (config.user() != null) {
        user = config.user().reveal(env, "'user' of channel " + config.name());
      }
      if (config.password() != null) {
        password = config.password().reveal(env, "'password' of channel " + config.name());
      }
    } catch (Secret.UnsetVariableException e) {
      return Attempt.Outcome.fail(e.getMessage());
    }
    TrackedSockets sockets = new TrackedSockets();
    Session session = Session.getInstance(properties(sockets, user != null, timeout));
    String server = config.host() + ":" + config.port();
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread watchdog =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    Thread.sleep(timeout);
                    timedOut.set(true);
                    sockets.closeAll();
                  } catch (InterruptedException e) {
                    // the try ended in time
                  }
                });
    Transport transport = null;
    try {
      transport = session.getTransport("smtp");
      MimeMessage msg = message(session, out, at);
      transport.connect(config.host(), config.port(), user, password);
      transport.sendMessage(msg, msg.getAllRecipients());
      int code = 250;
      String reply = "accepted";
      if (transport instanceof SMTPTransport t && t.getLastServerResponse() != null) {
        code = t.getLastReturnCode();
        reply = t.getLastServerResponse().strip();
      }
      return Attempt.Outcome.ok(
          code,
          "SMTP "
              + server
              + " took it for "
              + config.to().size()
              + (config.to().size() == 1 ? " recipient: " : " recipients: ")
              + Message.cut(reply, 120));
    } catch (MessagingException e) {
      if (timedOut.get()) {
        return Attempt.Outcome.retry(
            "no complete exchange with SMTP " + server + " within " + Durations.show(timeout));
      }
      return failure(e, server, user);
    } finally {
      // the message is sent or not by now: a QUIT that fails changes nothing
      closeQuietly(transport);
      watchdog.interrupt();
      sockets.closeAll();
    }
  }

  private static void closeQuietly(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // see above
      }
    }
  }

  private Properties properties(TrackedSockets sockets, boolean auth, Duration timeout) {
    Properties p = new Properties();
    String ms = Long.toString(Math.max(1, timeout.toMillis()));
    p.put("mail.smtp.host", config.host());
    p.put("mail.smtp.port", Integer.toString(config.port()));
    p.put("mail.smtp.connectiontimeout", ms);
    p.put("mail.smtp.timeout", ms);
    p.put("mail.smtp.auth", Boolean.toString(auth));
    p.put("mail.smtp.ssl.checkserveridentity", "true");
    p.put("mail.smtp.socketFactory", sockets.plain());
    p.put("mail.smtp.ssl.socketFactory", sockets.tls());
    switch (config.security()) {
      case NONE -> {}
      case STARTTLS -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
      }
      case TLS -> p.put("mail.smtp.ssl.enable", "true");
    }
    return p;
  }

  /** A failed exchange in one line, and whether another try may mend it. */
  private Attempt.Outcome failure(MessagingException e, String server, String user) {
    if (e instanceof AuthenticationFailedException) {
      return Attempt.Outcome.fail(
          535,
          "SMTP "
              + server
              + " refused the login of "
              + user
              + reply(e.getMessage())
              + "; check 'user' and 'password' of channel "
              + config.name());
    }
    int code = replyCode(e);
    if (code > 0) {
      String detail = "SMTP " + server + " answered " + reply(e, code);
      return code >= 400 && code < 500
          ? Attempt.Outcome.retry(code, detail, null)
          : Attempt.Outcome.fail(code, detail);
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof SSLException) {
        return Attempt.Outcome.fail("TLS with SMTP " + server + " failed: " + c.getMessage());
      }
      if (c instanceof ConnectException) {
        return Attempt.Outcome.retry(
            "could not connect to SMTP " + server + ": connection refused");
      }
      if (c instanceof UnknownHostException) {
        return Attempt.Outcome.retry("unknown host " + config.host());
      }
      if (c instanceof SocketTimeoutException) {
        return Attempt.Outcome.retry("SMTP " + server + " did not answer in time");
      }
      if (c instanceof IOException io) {
        return Attempt.Outcome.retry("SMTP " + server + ": " + io.getMessage());
      }
    }
    // a server without STARTTLS when it is required, or one that breaks the protocol
    return Attempt.Outcome.fail("SMTP " + server + ": " + oneLine(e.getMessage()));
  }

  /** The SMTP reply code an exception carries, or 0. */
  private static int replyCode(MessagingException e) {
    for (Exception x = e; x != null; x = next(x)) {
      if (x instanceof SMTPSendFailedException s) {
        return s.getReturnCode();
      }
      if (x instanceof SMTPAddressFailedException s) {
        return s.getReturnCode();
      }
      if (x instanceof SMTPSenderFailedException s) {
        return s.getReturnCode();
      }
    }
    return 0;
  }

  private static Exception next(Exception x) {
    return x instanceof MessagingException m ? m.getNextException() : null;
  }

  private static String reply(MessagingException e, int code) {
    String m = e.getMessage();
    for (Exception x = e; x != null; x = next(x)) {
      if (x.getMessage() != null && x.getMessage().strip().startsWith(Integer.toString(code))) {
        m = x.getMessage();
        break;
      }
    }
    return oneLine(m);
  }

  private static String reply(String message) {
    String m = oneLine(message);
    return m.isEmpty() ? "" : ": " + m;
  }

  private static String oneLine(String s) {
    return s == null ? "" : Message.cut(s.replaceAll("\\s+", " ").strip(), 200);
  }
}
