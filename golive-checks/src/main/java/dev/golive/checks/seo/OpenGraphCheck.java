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
import java.util.Locale;
import java.util.Set;

/** Shared links show a title, a description and an image. */
@CheckInfo(
    id = "seo.open-graph",
    needs = TargetKind.WEB,
    title = "The page has Open Graph title, description and image",
    severity = Priority.LOW,
    description =
        "Requests the page (the home page by default), follows up to 5 redirects, and reads the"
            + " meta tags link previews read, before any script runs. Fails when og:title,"
            + " og:description or og:image is missing or empty (and og:url, when require-url is"
            + " set). Warns when og:image is not an absolute http(s) URL, which previews need. A"
            + " page that does not answer 2xx is an error.")
public record OpenGraphCheck(
    @Param(description = "Page to read, relative to the site", defaultValue = "/") String path,
    @Param(description = "Require og:url as well", defaultValue = "false") boolean requireUrl)
    implements Check<PageEvidence> {

  private static final List<String> REQUIRED = List.of("og:title", "og:description", "og:image");

  public OpenGraphCheck {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("'path' starts with '/', not '" + path + "'");
    }
  }

  @Override
  public PageEvidence collect(Probe probe) throws IOException, InterruptedException {
    return PageEvidence.read(
        probe, path, Set.of("og:title", "og:description", "og:image", "og:url"));
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
    for (String key : requireUrl ? append(REQUIRED, "og:url") : REQUIRED) {
      String v = page.value(key);
      if (v == null || v.isBlank()) {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      return Judgement.fail(page.url() + " lacks " + Words.and(missing));
    }
    String image = page.value("og:image");
    String scheme = image.toLowerCase(Locale.ROOT);
    if (!scheme.startsWith("https://") && !scheme.startsWith("http://")) {
      return Judgement.warn(
          page.url() + " has og:image '" + image + "', not an absolute http(s) URL");
    }
    return Judgement.pass(
        page.url()
            + " has og:title (\""
            + page.value("og:title")
            + "\"), og:description and og:image");
  }

  private static List<String> append(List<String> list, String item) {
    List<String> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }
}
