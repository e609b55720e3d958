package dev.golive.checks.repo;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The repository carries a real README and the other documents the team requires. */
@CheckInfo(
    id = "repo.docs",
    needs = TargetKind.REPO,
    title = "The repository documents itself: README and the required documents",
    severity = Priority.MEDIUM,
    description =
        "Looks for the documents named in require among the repository's files: readme (at the"
            + " top, in docs/ or .github/), deployment (DEPLOY.md, docs/deployment/...), runbook"
            + " (RUNBOOK.md, runbooks/, playbooks, on-call, incident response), privacy (privacy"
            + " policy documents and site pages such as app/privacy/page.tsx), terms (terms of"
            + " service, EULA, AGB, оферта), changelog, license and security (SECURITY.md,"
            + " .well-known/security.txt), by their usual names in English and in Russian, Uzbek,"
            + " Indonesian, Turkish, German and Spanish. The README must hold at least"
            + " min-readme-words words beyond its title and must not be a framework's generated"
            + " template (Create React App, Vite, Next.js, Rails, Laravel ...). Evidence lists"
            + " every kind found and where.")
public record DocsCheck(
    @Param(
            description =
                "Documents required: readme, deployment, runbook, privacy, terms, changelog,"
                    + " license, security",
            defaultValue = "readme",
            example = "readme,deployment,runbook,privacy")
        List<String> require,
    @Param(
            description = "Fewest words a README holds beyond its title to count as one",
            defaultValue = "50",
            example = "100")
        int minReadmeWords)
    implements Check<DocsCheck.Evidence> {

  /** Openings of READMEs that a framework's generator wrote, not the team. */
  private static final List<String> TEMPLATES =
      List.of(
          "This project was bootstrapped with [Create React App]",
          "Getting Started with Create React App",
          "project bootstrapped with [`create-next-app`]",
          "This template provides a minimal setup to get React working in Vite",
          "This template should help get you started developing with Vue 3 in Vite",
          "Everything you need to build a Svelte project",
          "This project was generated with [Angular CLI]",
          "Look at the [Nuxt documentation]",
          "This README would normally document whatever steps are necessary",
          "Laravel is a web application framework with expressive, elegant syntax",
          "To make it easy for you to get started with GitLab",
          "This is a new [**React Native**](https://reactnative.dev) project",
          "Welcome to your new dbt project");

  private static final Pattern MARKUP =
      Pattern.compile(
          "!\\[[^\\]]*]\\([^)]*\\)|<[^>]{0,300}>|\\[!\\[[^\\]]*]\\([^)]*\\)]\\([^)]*\\)");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  /** Folders whose files are not the project's own documents. */
  private static final Set<String> NOT_DOCS =
      Set.of("node_modules", "vendor", "dist", "build", "target", ".next", ".nuxt", "coverage");

  /** The project's README. */
  public record Readme(String path, int words, String template) {}

  /** Where the documents of one kind are; at most five paths. */
  public record Found(String kind, List<String> paths) {
    public Found {
      paths = List.copyOf(paths);
    }
  }

  /**
   * What the repository documents.
   *
   * @param readme the README, or {@code null}
   * @param found every kind found, with where
   */
  public record Evidence(String repo, Readme readme, List<Found> found) {
    public Evidence {
      found = List.copyOf(found);
    }
  }

  public DocsCheck {
    require = List.copyOf(require);
    List<String> unknown = require.stream().filter(r -> DocKind.ofKey(r) == null).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "'require' has unknown documents "
              + unknown
              + "; known: "
              + Arrays.stream(DocKind.values())
                  .map(DocKind::key)
                  .collect(Collectors.joining(", ")));
    }
    if (minReadmeWords < 0) {
      throw new IllegalArgumentException("'min-readme-words' must not be negative");
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return collect(RepoFolder.of(probe));
  }

  static Evidence collect(RepoFolder folder) {
    List<Found> found = new ArrayList<>();
    Readme readme = null;
    for (DocKind kind : DocKind.values()) {
      List<String> paths = new ArrayList<>();
      for (RepoFolder.RepoFile f : folder.files()) {
        if (f.committable() && f.size() >= 0 && !notDocs(f.path()) && kind.matches(f.path())) {
          paths.add(f.path());
        }
      }
      if (paths.isEmpty()) {
        continue;
      }
      // the shallowest first: the top README before docs/README.md
      paths.sort(
          (a, b) ->
              a.split("/", -1).length != b.split("/", -1).length
                  ? Integer.compare(a.split("/", -1).length, b.split("/", -1).length)
                  : a.compareTo(b));
      found.add(new Found(kind.key(), paths.subList(0, Math.min(5, paths.size()))));
      if (kind == DocKind.README) {
        RepoFolder.RepoFile top =
            folder.files().stream()
                .filter(f -> f.path().equals(paths.getFirst()))
                .findFirst()
                .orElseThrow();
        readme = readme(top.path(), folder.text(top, 1 << 20));
      }
    }
    return new Evidence(folder.root().toString(), readme, found);
  }

  private static boolean notDocs(String path) {
    for (String part : path.split("/", -1)) {
      if (NOT_DOCS.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The README at {@code path}: its words beyond the first heading, and any template it is. */
  static Readme readme(String path, String text) {
    String template = null;
    for (String t : TEMPLATES) {
      if (text.contains(t)) {
        template = t;
        break;
      }
    }
    String body = text.strip();
    if (body.startsWith("#") || body.startsWith("=")) {
      int nl = body.indexOf('\n');
      body = nl < 0 ? "" : body.substring(nl + 1);
    }
    body = MARKUP.matcher(body).replaceAll(" ");
    int words = (int) WORD.matcher(body).results().count();
    return new Readme(path, words, template);
  }

  @Override
  public Judgement evaluate(Evidence e) {
    List<String> missing = new ArrayList<>();
    List<String> present = new ArrayList<>();
    for (String r : require) {
      String key = DocKind.ofKey(r).key();
      e.found().stream()
          .filter(f -> f.kind().equals(key))
          .findFirst()
          .ifPresentOrElse(f -> present.add(f.paths().getFirst()), () -> missing.add(key));
    }
    if (!missing.isEmpty()) {
      return Judgement.fail(
          e.repo()
              + " has no "
              + String.join(", ", missing)
              + (missing.size() == 1 ? " document" : " documents")
              + (present.isEmpty() ? "" : " (found " + String.join(", ", present) + ")"));
    }
    Readme readme = e.readme();
    boolean wantsReadme = require.stream().anyMatch(r -> DocKind.ofKey(r) == DocKind.README);
    if (wantsReadme && readme != null) {
      if (readme.template() != null) {
        return Judgement.fail(
            readme.path()
                + " is a generated template (\""
                + readme.template()
                + "\"), not the project's own");
      }
      if (readme.words() < minReadmeWords) {
        return Judgement.fail(
            readme.path()
                + " holds "
                + readme.words()
                + " words beyond its title, fewer than "
                + minReadmeWords);
      }
    }
    List<String> shown = new ArrayList<>();
    for (String p : present) {
      shown.add(
          readme != null && p.equals(readme.path()) ? p + " (" + readme.words() + " words)" : p);
    }
    return shown.isEmpty()
        ? Judgement.pass("nothing is required")
        : Judgement.pass("found " + String.join(", ", shown));
  }
}
