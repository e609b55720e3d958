package dev.golive.checks.container;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.checks.container.Compose.Build;
import dev.golive.checks.container.Compose.Service;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every image a service runs or builds from names a fixed version. */
@CheckInfo(
    id = "container.image-pinned",
    needs = TargetKind.COMPOSE,
    title = "Every image is pinned to a version",
    severity = Priority.MEDIUM,
    description =
        "Reads the image of each service in the compose files, variables filled from the .env"
            + " beside them; a service with build is judged by the FROM lines of its Dockerfile"
            + " instead (stages built from earlier stages and scratch left out, ARG defaults and"
            + " build args filled in). Fails on latest and on images without a tag (which mean"
            + " latest), and on tags without a digest when require-digest is set; digests pass."
            + " Warns on tags without a version number (alpine, stable, lts) and on tags set by a"
            + " variable that nothing gives a value here, since the version is chosen elsewhere.")
public record ImagePinnedCheck(
    @Param(
            description = "Require a digest (@sha256:...) on every image",
            defaultValue = "false",
            example = "true")
        boolean requireDigest)
    implements Check<ImagePinnedCheck.Evidence> {

  /**
   * One image reference.
   *
   * @param service the service
   * @param image the reference, variables filled in; {@code null} when unknown
   * @param source {@code image} (the compose file) or {@code FROM} (its Dockerfile)
   * @param where the file and line it is written at
   * @param variable the variable its tag comes from when nothing sets it here, or {@code null}
   * @param problem why it could not be read, or {@code null}
   */
  public record Seen(
      String service, String image, String source, String where, String variable, String problem) {}

  /**
   * The images the services of the compose files run or build from.
   *
   * @param files the compose files read
   * @param images every image reference of every service
   */
  public record Evidence(List<String> files, List<Seen> images) {
    public Evidence {
      files = List.copyOf(files);
      images = List.copyOf(images);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    Compose.Project p = Compose.of(probe);
    List<Seen> seen = new ArrayList<>();
    for (Service s : p.services()) {
      Build b = s.build();
      if (b != null) {
        if (b.dockerfile() == null) {
          seen.add(new Seen(s.name(), null, "FROM", b.where().toString(), null, b.problem()));
          continue;
        }
        boolean any = false;
        for (Dockerfile.Stage st : b.dockerfile().stages()) {
          if (st.fromStage() || st.image().equalsIgnoreCase("scratch")) {
            continue;
          }
          any = true;
          String variable = null;
          List<Interpolation.Reference> refs = Interpolation.references(st.written());
          if (!refs.isEmpty() && tagless(st.image())) {
            variable = refs.getLast().name();
          }
          String where = b.shownPath() + ":" + st.line();
          seen.add(new Seen(s.name(), st.image(), "FROM", where, variable, null));
        }
        if (!any && b.dockerfile().stages().isEmpty()) {
          seen.add(
              new Seen(
                  s.name(), null, "FROM", b.shownPath(), null, b.shownPath() + " has no FROM"));
        }
        continue;
      }
      String raw = s.node().text("image");
      if (raw == null) {
        seen.add(
            new Seen(
                s.name(), null, "image", s.where().toString(), null, "neither image nor build"));
        continue;
      }
      String variable = null;
      if (raw.contains("$") && tagless(p.value(raw))) {
        for (Interpolation.Reference r : Interpolation.references(raw)) {
          if (!p.env().isSet(r.name())) {
            variable = r.name();
          }
        }
      }
      seen.add(
          new Seen(
              s.name(),
              p.shown(raw),
              "image",
              s.node().whereOf("image").toString(),
              variable,
              null));
    }
    return new Evidence(p.files(), seen);
  }

  private static boolean tagless(String image) {
    Images.Ref r = Images.parse(image);
    return r.digest() == null && (r.tag() == null || r.tag().isEmpty());
  }

  @Override
  public Judgement evaluate(Evidence e) {
    String files = String.join(" + ", e.files());
    List<String> failed = new ArrayList<>();
    List<String> floating = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> ok = new ArrayList<>();
    for (Seen s : e.images()) {
      String label = s.service() + " " + (s.source().equals("FROM") ? "FROM " : "") + s.image();
      if (s.problem() != null) {
        unknown.add(s.service() + " (" + s.problem() + ")");
        continue;
      }
      if (s.variable() != null) {
        floating.add(
            label + " (tag from ${" + s.variable() + "}, set elsewhere; " + s.where() + ")");
        continue;
      }
      Images.Ref r = Images.parse(s.image());
      if (r.digest() != null) {
        ok.add(label);
      } else if (r.tag() == null || r.tag().isEmpty()) {
        failed.add(label + " (no tag, so latest; " + s.where() + ")");
      } else if (r.tag().toLowerCase(Locale.ROOT).equals("latest")) {
        failed.add(label + " (" + s.where() + ")");
      } else if (requireDigest) {
        failed.add(label + " (no digest; " + s.where() + ")");
      } else if (!r.tag().matches(".*\\d.*")) {
        floating.add(label + " (a tag without a version; " + s.where() + ")");
      } else {
        ok.add(label);
      }
    }
    if (!failed.isEmpty()) {
      return Judgement.fail(
          Listing.count(failed.size(), "image")
              + " in "
              + files
              + " "
              + (failed.size() == 1 ? "is" : "are")
              + " not pinned: "
              + Listing.of(failed));
    }
    if (!unknown.isEmpty()) {
      return Judgement.error("the images of " + Listing.of(unknown) + " cannot be read");
    }
    if (!floating.isEmpty()) {
      return Judgement.warn(
          Listing.count(floating.size(), "image")
              + " in "
              + files
              + " may change under the same name: "
              + Listing.of(floating));
    }
    return Judgement.pass(
        "all "
            + Listing.count(ok.size(), "image")
            + " in "
            + files
            + " are pinned: "
            + Listing.of(ok));
  }
}
