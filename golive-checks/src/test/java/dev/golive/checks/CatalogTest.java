package dev.golive.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every check in the catalog is named, documented, tested and usable with its defaults. */
class CatalogTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Set<String> FAMILIES =
      Set.of(
          "http",
          "tls",
          "dns",
          "seo",
          "api",
          "perf",
          "db",
          "redis",
          "repo",
          "config",
          "container",
          "exposure",
          "cmd");
  private static final Path DOCS = Path.of("..", "docs", "checks");
  private static final Path TESTS = Path.of("src", "test", "java");

  @Test
  void idsTitlesAndDescriptionsFollowTheRules() {
    for (CheckType t : CATALOG.all()) {
      assertThat(t.id()).as("id").matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(FAMILIES).as(t.id() + " family").contains(t.family());
      assertThat(t.title()).as(t.id() + " title").isNotBlank().doesNotEndWith(".");
      assertThat(t.description()).as(t.id() + " description").hasSizeGreaterThan(40);
      for (ParamInfo p : t.params()) {
        assertThat(p.name()).as(t.id() + " parameter").matches("[a-z][a-z0-9-]*");
        assertThat(p.description()).as(t.id() + " " + p.name()).isNotBlank();
      }
    }
  }

  @Test
  void everyCheckCanBeMadeWithItsDefaultsAndItsExample() {
    for (CheckType t : CATALOG.all()) {
      assertThat(t.withDefaults()).as(t.id()).isNotNull();
      var example = new java.util.LinkedHashMap<String, String>();
      t.params().forEach(p -> example.put(p.name(), p.example()));
      assertThat(t.create(example).problems()).as(t.id() + " example").isEmpty();
    }
  }

  @Test
  void familiesAreListedTogether() {
    List<String> seen = new ArrayList<>();
    for (CheckType t : CATALOG.all()) {
      if (seen.isEmpty() || !seen.getLast().equals(t.family())) {
        assertThat(seen).as("family " + t.family() + " appears twice").doesNotContain(t.family());
        seen.add(t.family());
      }
    }
  }

  @Test
  void everyCheckHasItsOwnTestClass() {
    for (CheckType t : CATALOG.all()) {
      Path test = TESTS.resolve(t.type().getName().replace('.', '/') + "Test.java");
      assertThat(test).as(t.id() + " needs " + test).exists();
    }
  }

  @Test
  void theDocsAreGeneratedFromTheCatalog() throws IOException {
    List<String> stale = new ArrayList<>();
    for (CheckType t : CATALOG.all()) {
      if (!matches(DOCS.resolve(t.id() + ".md"), CheckDocs.markdown(t))) {
        stale.add(t.id() + ".md");
      }
    }
    if (!matches(DOCS.resolve("README.md"), CheckDocs.index(CATALOG.all()))) {
      stale.add("README.md");
    }
    try (Stream<Path> files = Files.list(DOCS)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.equals("README.md"))
          .filter(n -> CATALOG.find(n.replaceFirst("\\.md$", "")).isEmpty())
          .forEach(n -> stale.add(n + " (no such check)"));
    }
    assertThat(stale)
        .as("docs/checks is stale; run ./golive checks --write-docs docs/checks")
        .isEmpty();
  }

  private static boolean matches(Path file, String expected) throws IOException {
    return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(expected);
  }
}
