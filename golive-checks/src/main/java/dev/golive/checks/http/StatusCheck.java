package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.List;

/** The site answers a page with success once its redirects are followed. */
@CheckInfo(
    id = "http.status",
    needs = TargetKind.WEB,
    title = "The page answers with a success status",
    severity = Priority.CRITICAL,
    description =
        "Requests the path, follows up to max-hops redirects by hand (ten, as MDN HTTP"
            + " Observatory does), and passes when the final answer is 2xx. A redirect loop, too"
            + " many hops, or a 4xx/5xx answer fails.")
public record StatusCheck(
    @Param(description = "Path to request, relative to the site", defaultValue = "/") String path,
    @Param(description = "Redirects to follow at most", defaultValue = "10") int maxHops)
    implements Check<StatusCheck.Chain> {

  /**
   * The answers met on the way.
   *
   * @param hops each URL and its status, in order
   */
  public record Chain(List<Hop> hops) {}

  /** One request and its status. */
  public record Hop(String url, int status, String location) {}

  public StatusCheck {
    if (maxHops < 0 || maxHops > 20) {
      throw new IllegalArgumentException("'max-hops' must be between 0 and 20");
    }
  }

  @Override
  public Chain collect(Probe probe) throws IOException, InterruptedException {
    List<Hop> hops =
        probe.follow(probe.target().web().resolve(path), maxHops).stream()
            .map(r -> new Hop(r.url().toString(), r.status(), r.header("location")))
            .toList();
    return new Chain(hops);
  }

  @Override
  public Judgement evaluate(Chain chain) {
    Hop last = chain.hops().getLast();
    if (last.status() >= 200 && last.status() < 300) {
      return Judgement.pass(
          last.url() + " answers " + last.status() + hopsNote(chain.hops().size() - 1));
    }
    if (last.status() >= 300 && last.status() < 400) {
      return Judgement.fail(
          last.url()
              + " still redirects after "
              + (chain.hops().size() - 1)
              + " hops (a loop, or more than "
              + maxHops
              + ")");
    }
    return Judgement.fail(last.url() + " answers " + last.status());
  }

  private static String hopsNote(int redirects) {
    return redirects == 0 ? "" : " after " + redirects + " redirect" + (redirects > 1 ? "s" : "");
  }
}
