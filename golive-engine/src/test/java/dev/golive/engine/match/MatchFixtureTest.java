package dev.golive.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.core.model.Item;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.config.GoliveConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The matcher against src/test/resources/match/items.md: every item there says beside it, in an
 * {@code <!-- expect: ... -->} comment, which checks golive must propose at the default minimum
 * confidence and with which parameters.
 */
class MatchFixtureTest {
  private static final Pattern EXPECT = Pattern.compile("<!--\\s*expect:(.*?)-->");

  static SourceDocument fixture(String name) {
    try (InputStream in = MatchFixtureTest.class.getResourceAsStream("/match/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return ChecklistReader.readSource(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A proposal as the fixture writes it: the check, then its parameters by name. */
  static String spec(Proposal p) {
    StringBuilder s = new StringBuilder(p.check());
    p.params().forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    return s.toString();
  }

  @Test
  void everyItemGetsExactlyTheProposalsMarkedBesideIt() {
    SourceDocument doc = fixture("items.md");
    ItemMatcher matcher = new ItemMatcher();
    List<String> wrong = new ArrayList<>();
    for (Item item : doc.checklist().items()) {
      Matcher m = EXPECT.matcher(doc.line(item.line()));
      assertThat(m.find()).as("line %d says what it expects", item.line()).isTrue();
      String expected = m.group(1).strip();
      List<String> want =
          expected.equals("none")
              ? List.of()
              : Arrays.stream(expected.split(";")).map(String::strip).sorted().toList();
      List<String> got =
          matcher.match(item.text(), item.section()).stream()
              .filter(p -> p.confidence() >= AutoBinder.DEFAULT_MIN_CONFIDENCE)
              .map(MatchFixtureTest::spec)
              .sorted()
              .toList();
      if (!got.equals(want)) {
        wrong.add(
            item.line() + ": " + item.text() + "\n    expected " + want + "\n    got      " + got);
      }
    }
    assertThat(doc.checklist().items()).hasSizeGreaterThan(100);
    assertThat(wrong).as("items matched otherwise than marked").isEmpty();
  }

  /**
   * What the fixture expects is what golive binds with its own catalog: every check proposed is in
   * it, takes the parameters read from the words and accepts their values.
   */
  @Test
  void theCatalogRunsEveryProposalAsProposed() {
    SourceDocument doc = fixture("items.md");
    ItemMatcher matcher = new ItemMatcher();
    Map<Integer, List<String>> proposed = new TreeMap<>();
    for (Item item : doc.checklist().items()) {
      for (Proposal p : matcher.match(item.text(), item.section())) {
        if (p.confidence() >= AutoBinder.DEFAULT_MIN_CONFIDENCE) {
          proposed.computeIfAbsent(item.line(), l -> new ArrayList<>()).add(spec(p));
        }
      }
    }
    Map<Integer, List<String>> bound = new TreeMap<>();
    for (Suggestion s :
        new AutoBinder(Catalog.builtIn())
            .suggest(doc, 1, GoliveConfig.empty(), AutoBinder.DEFAULT_MIN_CONFIDENCE)) {
      bound.computeIfAbsent(s.item().line(), l -> new ArrayList<>()).add(s.binding().spec());
    }
    proposed.values().forEach(Collections::sort);
    bound.values().forEach(Collections::sort);
    assertThat(bound).isEqualTo(proposed);
  }

  @Test
  void confidenceStaysBelowOneAndAboveZero() {
    SourceDocument doc = fixture("items.md");
    ItemMatcher matcher = new ItemMatcher();
    for (Item item : doc.checklist().items()) {
      for (Proposal p : matcher.match(item.text(), item.section())) {
        assertThat(p.confidence()).isGreaterThan(0).isLessThan(1);
      }
    }
  }
}
