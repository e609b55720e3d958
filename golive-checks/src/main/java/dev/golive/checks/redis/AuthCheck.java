package dev.golive.checks.redis;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Redis refuses clients that have not logged in, and the URL's credentials work. */
@CheckInfo(
    id = "redis.auth",
    needs = TargetKind.REDIS,
    title = "Redis refuses commands from clients that have not logged in",
    severity = Priority.CRITICAL,
    description =
        "Connects to the Redis URL without credentials and sends PING and INFO server. Passes"
            + " when both are refused for want of a login (NOAUTH, or NOPERM from a default user"
            + " with no rights). Fails when INFO is answered, or when the server refuses only"
            + " because protected mode turns away remote clients (DENIED: it has no password at"
            + " all); warns when PING alone is answered. When the URL carries a user and password"
            + " (write it as ${NAME} to read it from the environment), they are tried too: a"
            + " rejected login is an error that says so, since the other redis checks need it.")
public record AuthCheck() implements Check<AuthCheck.Evidence> {
  private static final Set<String> AUTH_REFUSALS = Set.of("NOAUTH", "NOPERM");

  /**
   * How the server treated a client without a login, and the URL's login.
   *
   * @param url the Redis URL, password masked
   * @param unauthenticated each command sent without logging in and what came back
   * @param credentialsGiven whether the URL carries a password
   * @param login {@code accepted}, the refusal of the URL's login, or {@code null} without one
   */
  public record Evidence(
      String url, List<Answer> unauthenticated, boolean credentialsGiven, String login) {
    public Evidence {
      unauthenticated = List.copyOf(unauthenticated);
    }
  }

  /**
   * One command sent without logging in.
   *
   * @param command what was sent
   * @param answered whether the server carried it out
   * @param reply the error text when refused; a short summary when answered
   */
  public record Answer(String command, boolean answered, String reply) {
    /**
     * The refusal's code ({@code NOAUTH}, {@code NOPERM}, {@code DENIED}...); empty if answered.
     */
    public String code() {
      if (answered) {
        return "";
      }
      int sp = reply.indexOf(' ');
      return sp < 0 ? reply : reply.substring(0, sp);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    RedisFacts f = RedisFacts.of(probe);
    return new Evidence(f.url(), f.unauthenticated(), f.credentialsGiven(), f.login());
  }

  @Override
  public Judgement evaluate(Evidence e) {
    Answer ping = find(e, "PING");
    Answer info = find(e, "INFO server");
    if (info != null && info.answered()) {
      return Judgement.fail(
          e.url()
              + " answers INFO to a client that has not logged in: anyone who reaches it can"
              + " read and change its data (set requirepass or an ACL user with a password)");
    }
    if (ping == null) {
      return Judgement.error(e.url() + ": no answer to PING was recorded");
    }
    if (ping.code().equals("DENIED")) {
      return Judgement.fail(
          e.url()
              + " has no password: it turns this client away only because protected mode refuses"
              + " remote clients (DENIED), and any client on its own host gets in");
    }
    if (ping.answered()) {
      return Judgement.warn(
          e.url()
              + " answers PING to a client that has not logged in, though INFO is refused ("
              + (info == null ? "not asked" : info.reply())
              + "): check what else its default user may run");
    }
    if (!AUTH_REFUSALS.contains(ping.code())) {
      return Judgement.error(
          e.url()
              + " answered PING with an error that says nothing about logging in: "
              + ping.reply());
    }
    if (e.credentialsGiven() && !RedisFacts.ACCEPTED.equals(e.login())) {
      return Judgement.error(
          e.url()
              + " refuses clients without a login, but also rejects the user and password in the"
              + " URL ("
              + e.login()
              + "): check them, or the variable the password is read from");
    }
    return Judgement.pass(
        e.url()
            + " refuses commands from clients that have not logged in ("
            + ping.reply()
            + ")"
            + (e.credentialsGiven() ? " and accepts the URL's login" : ""));
  }

  private static Answer find(Evidence e, String command) {
    return e.unauthenticated().stream()
        .filter(a -> a.command().equals(command))
        .findFirst()
        .orElse(null);
  }
}
