package dev.golive.checks.seo;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.List;

/** robots.txt is there, is a robots.txt, and lets crawlers in. */
@CheckInfo(
    id = "seo.robots",
    needs = TargetKind.WEB,
    title = "robots.txt is served as text and lets crawlers in",
    severity = Priority.MEDIUM,
    description =
        "Requests /robots.txt, follows up to 5 redirects as crawlers do, and reads it as RFC 9309"
            + " says. Fails when it is missing (4xx), failing (5xx, which crawlers treat as"
            + " 'disallow everything'), an HTML page (a catch-all route answering it), or has no"
            + " valid line at all, and when the rules for all user agents (User-agent: *) are"
            + " 'Disallow: /' with no Allow and no other group lets its agents in, unless"
            + " allow-disallow-all is set, as it may be for a staging target. Warns when only named"
            + " agents may crawl, when it is not served as text/plain, or when it has lines"
            + " crawlers ignore.")
public record RobotsCheck(
    @Param(
            description =
                "Accept 'Disallow: /' for all agents, for a target that must stay out of search"
                    + " engines",
            defaultValue = "false")
        boolean allowDisallowAll)
    implements Check<RobotsEvidence> {

  @Override
  public RobotsEvidence collect(Probe probe) throws IOException, InterruptedException {
    return RobotsEvidence.read(probe);
  }

  @Override
  public Judgement evaluate(RobotsEvidence e) {
    int status = e.status();
    if (status >= 300 && status < 400) {
      return Judgement.fail(e.url() + " still redirects after " + e.redirects() + " hops");
    }
    if (status >= 500) {
      return Judgement.fail(
          e.url() + " answers " + status + ", which crawlers read as 'disallow everything'");
    }
    if (status < 200 || status >= 300) {
      return Judgement.fail(e.url() + " answers " + status + ": the site has no robots.txt");
    }
    if (e.html()) {
      return Judgement.fail(
          e.url()
              + " answers an HTML page"
              + (e.mediaType().isEmpty() ? "" : " (" + e.mediaType() + ")")
              + ", not a robots.txt file");
    }
    RobotsTxt robots = e.robots();
    boolean nothingValid = robots.groups().isEmpty() && robots.sitemaps().isEmpty();
    if (nothingValid && !robots.problems().isEmpty()) {
      return Judgement.fail(
          e.url() + " does not parse as robots.txt (" + robots.problems().getFirst() + ")");
    }
    boolean blocked = robots.namesEveryone() && robots.forAll().blocksEverything();
    List<String> admitted = robots.admitted();
    if (blocked && !allowDisallowAll) {
      if (admitted.isEmpty()) {
        return Judgement.fail(
            e.url() + " disallows everything for all user agents (User-agent: * / Disallow: /)");
      }
      return Judgement.warn(
          e.url()
              + " disallows everything for all user agents but "
              + Words.and(admitted.stream().limit(5).toList())
              + (admitted.size() > 5 ? " and others" : ""));
    }
    if (!e.mediaType().equals("text/plain")) {
      return Judgement.warn(
          e.url()
              + " is served as "
              + (e.mediaType().isEmpty() ? "no content type" : e.mediaType())
              + " rather than text/plain");
    }
    if (!robots.problems().isEmpty()) {
      return Judgement.warn(
          e.url() + " has lines crawlers ignore: " + robots.problems().getFirst());
    }
    if (blocked) {
      return Judgement.pass(
          e.url() + " disallows everything for all user agents, as allow-disallow-all accepts");
    }
    return Judgement.pass(e.url() + " lets crawlers in (" + summary(robots) + ")");
  }

  private static String summary(RobotsTxt r) {
    int groups = r.groups().size();
    int sitemaps = r.sitemaps().size();
    return groups
        + (groups == 1 ? " group" : " groups")
        + ", "
        + sitemaps
        + (sitemaps == 1 ? " sitemap" : " sitemaps");
  }
}
