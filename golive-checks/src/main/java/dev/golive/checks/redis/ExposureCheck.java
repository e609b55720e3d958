package dev.golive.checks.redis;

import dev.golive.checks.Addresses;
import dev.golive.checks.Addresses.Kind;
import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Redis listens only on loopback or private addresses, or keeps strangers out. */
@CheckInfo(
    id = "redis.exposure",
    needs = TargetKind.REDIS,
    title = "Redis listens only on private addresses, with protected mode on",
    severity = Priority.CRITICAL,
    description =
        "Logs in with the Redis URL and reads CONFIG GET bind and protected-mode; whether clients"
            + " get in without a password comes from the same visit as redis.auth. Passes when"
            + " every bind address is loopback or private (RFC 1918, RFC 4193, link-local) and"
            + " golive reached it at such an address. Fails when it listens on every interface"
            + " (bind *, 0.0.0.0, ::, or no bind) or on a public address with protected mode off"
            + " and no password; warns when only the password, or only protected mode, keeps"
            + " remote clients out, and when it takes clients without a password on a private"
            + " network with protected mode off. When CONFIG is refused, a server that answered"
            + " at a public address is still judged by that; otherwise it is an error.")
public record ExposureCheck() implements Check<ExposureCheck.Evidence> {

  /**
   * Where one Redis server listens and what guards it.
   *
   * @param url the Redis URL, password masked
   * @param address the IP address golive reached it at
   * @param bind the {@code bind} setting as CONFIG GET gives it; {@code null} when unknown
   * @param protectedMode {@code yes} or {@code no}; {@code null} when unknown
   * @param configRefused why CONFIG gave nothing, or {@code null}
   * @param openWithoutLogin whether clients that have not logged in may run commands; {@code null}
   *     when unclear
   */
  public record Evidence(
      String url,
      String address,
      String bind,
      String protectedMode,
      String configRefused,
      Boolean openWithoutLogin) {}

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    RedisFacts f = RedisFacts.of(probe);
    String protectedMode = f.config().get("protected-mode");
    boolean denied = f.unauthenticated().stream().anyMatch(a -> a.code().equals("DENIED"));
    if (protectedMode == null && denied) {
      protectedMode = "yes"; // only protected mode answers DENIED
    }
    return new Evidence(
        f.url(),
        f.address(),
        f.config().get("bind"),
        protectedMode,
        f.configRefused(),
        f.openWithoutLogin());
  }

  @Override
  public Judgement evaluate(Evidence e) {
    boolean reachedPublic = Addresses.of(e.address()) == Kind.PUBLIC;
    boolean protectedOn = "yes".equalsIgnoreCase(e.protectedMode());
    if (e.bind() == null) {
      if (reachedPublic) {
        return exposed(e, "the public address " + e.address() + " it answered at", protectedOn);
      }
      return Judgement.error(
          e.url()
              + (e.configRefused() != null
                  ? " refuses CONFIG (" + e.configRefused() + ")"
                  : " does not report bind through CONFIG GET")
              + ", so the addresses it listens on cannot be read (golive reached it at "
              + e.address()
              + "); "
              + RedisFacts.remedy(e.configRefused()));
    }
    List<String> all = new ArrayList<>();
    List<String> publics = new ArrayList<>();
    List<String> privates = new ArrayList<>();
    String[] tokens = e.bind().isBlank() ? new String[] {"*"} : e.bind().trim().split("\\s+");
    for (String t : tokens) {
      switch (Addresses.of(t)) {
        case ALL -> all.add(t);
        case PUBLIC -> publics.add(t);
        case PRIVATE -> privates.add(t);
        case LOOPBACK -> {}
      }
    }
    String shownBind = e.bind().isBlank() ? "no bind" : "bind " + e.bind();
    if (!all.isEmpty()) {
      return exposed(e, "every interface (" + shownBind + ")", protectedOn);
    }
    if (!publics.isEmpty()) {
      return exposed(e, "the public address " + String.join(" ", publics), protectedOn);
    }
    if (reachedPublic) {
      return exposed(e, "the public address " + e.address() + " it answered at", protectedOn);
    }
    String pm = e.protectedMode() == null ? "" : ", protected mode " + e.protectedMode();
    if (!privates.isEmpty() && Boolean.TRUE.equals(e.openWithoutLogin()) && !protectedOn) {
      return Judgement.warn(
          e.url()
              + " listens on the private address "
              + String.join(" ", privates)
              + " with no password and protected mode off: any host on that network gets in");
    }
    return Judgement.pass(
        e.url()
            + " listens only on "
            + (privates.isEmpty() ? "loopback" : "loopback and private")
            + " addresses ("
            + shownBind
            + pm
            + ")");
  }

  private static Judgement exposed(Evidence e, String where, boolean protectedOn) {
    Boolean open = e.openWithoutLogin();
    if (open == null) {
      return Judgement.error(
          e.url() + " listens on " + where + ", and whether it asks for a password is unclear");
    }
    if (open && !protectedOn) {
      return Judgement.fail(
          e.url()
              + " listens on "
              + where
              + (e.protectedMode() == null ? "" : " with protected mode off")
              + " and no password: anyone who reaches it can read and change its data");
    }
    if (open) {
      return Judgement.warn(
          e.url()
              + " listens on "
              + where
              + " without a password; only protected mode turns clients on other hosts away");
    }
    return Judgement.warn(
        e.url()
            + " listens on "
            + where
            + "; only its password keeps clients out"
            + (protectedOn || e.protectedMode() == null ? "" : " (protected mode is off)"));
  }
}
