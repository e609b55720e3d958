package dev.golive.checks.seo;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The page names itself to search engines and fits phones. */
@CheckInfo(
    id = "seo.meta",
    needs = TargetKind.WEB,
    title = "The page has a title, a meta description and a viewport",
    severity = Priority.MEDIUM,
    description =
        "Requests the page (the home page by default), follows up to 5 redirects, and reads its"
            + " HTML as served, before any script runs, as crawlers that do not render do. Fails"
            + " when it lacks a non-empty <title>, a non-empty <meta name=\"description\">, or a"
            + " <meta name=\"viewport\">, or is not HTML. A page that does not answer 2xx is an"
            + " error: its head cannot be judged.")
public record MetaCheck(
    @Param(description = "Page to read, relative to the site", defaultValue = "/") String path)
    implements Check<PageEvidence> {

  public MetaCheck {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("'path' starts with '/', not '" + path + "'");
    }
  }

  @Override
  public PageEvidence collect(Probe probe) throws IOException, InterruptedException {
    return PageEvidence.read(probe, path, Set.of("description", "viewport"));
  }

  @Override
  public Judgement evaluate(PageEvidence page) {
    String unreadable = page.unreadable();
    if (unreadable != null) {
      return Judgement.error(unreadable);
    }
    if (page.notHtml()) {
      return Judgement.fail(page.url() + " answers " + page.mediaType() + ", not an HTML page");
    }
    List<String> missing = new ArrayList<>();
    if (page.title() == null) {
      missing.add("a <title>");
    } else if (page.title().isEmpty()) {
      missing.add("a non-empty <title>");
    }
    if (blank(page.value("description"))) {
      missing.add("a meta description");
    }
    if (blank(page.value("viewport"))) {
      missing.add("a viewport meta tag");
    }
    if (!missing.isEmpty()) {
      return Judgement.fail(page.url() + " lacks " + Words.and(missing));
    }
    return Judgement.pass(
        page.url()
            + " has a title (\""
            + page.title()
            + "\"), a meta description and a viewport meta tag");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
