package dev.golive.engine.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the matching table: the words that point at a check, the words that rule it out, and
 * how to read its parameters from the item.
 *
 * @param support words in the section path that make a match a little surer
 * @param fallback proposed only when no other row matches the item: a general check ("the site
 *     answers") says less than a specific one the same words point at
 */
record Rule(
    String check,
    List<Cue> cues,
    List<Veto> vetoes,
    Pattern support,
    List<ParamRule> params,
    boolean fallback) {

  /** An item's words as the rules read them. */
  record Subject(String original, String text, String nearest, String path) {
    /** Full URLs say where, not what: "visit https://x.app/docs" is not about docs. */
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+");

    static Subject of(String text, List<String> sections) {
      String nearest = sections.isEmpty() ? "" : Fold.fold(sections.getLast());
      String words = Fold.fold(URL.matcher(text).replaceAll(" "));
      return new Subject(text, words, nearest, Fold.fold(String.join(" / ", sections)));
    }
  }

  /**
   * Words that point at the check.
   *
   * @param with more words that must be found as well: in the item, or in the item or its section
   *     path when {@code withInSections}
   * @param unless words in the item that keep this cue from matching (another check fits better)
   * @param about what the item must be about as well: words in the item or its section path, such
   *     as a database under a "Database" heading
   */
  record Cue(
      double confidence,
      Pattern words,
      Pattern with,
      boolean withInSections,
      Pattern unless,
      boolean cased,
      Pattern about) {

    Cue(
        double confidence,
        Pattern words,
        Pattern with,
        boolean withInSections,
        Pattern unless,
        boolean cased) {
      this(confidence, words, with, withInSections, unless, cased, null);
    }

    /** The words that matched, or {@code null}. */
    String match(Subject s) {
      Matcher m = words.matcher(cased ? s.original() : s.text());
      if (!m.find()) {
        return null;
      }
      if (unless != null && unless.matcher(s.text()).find()) {
        return null;
      }
      String found = m.group();
      if (with != null) {
        Matcher w = with.matcher(s.text());
        if (w.find()) {
          found += " + " + w.group();
        } else if (!withInSections || !with.matcher(s.path()).find()) {
          return null;
        }
      }
      if (about != null) {
        Matcher a = about.matcher(s.text());
        if (a.find()) {
          found += " + " + a.group();
        } else if (!about.matcher(s.path()).find()) {
          return null;
        }
      }
      return found;
    }
  }

  /** What rules the check out for an item. */
  interface Veto {
    boolean hits(Subject s);
  }

  /** Words that rule the check out: in the item, or also in its nearest heading. */
  record Words(Pattern words, boolean inHeading) implements Veto {
    @Override
    public boolean hits(Subject s) {
      return words.matcher(s.text()).find() || (inHeading && words.matcher(s.nearest()).find());
    }
  }

  /** How a parameter is weighed when it cannot be used. */
  enum Kind {
    /**
     * A value the claim depends on, such as a limit the item states or the page it speaks of: when
     * the check does not take it, the proposal goes, since the check's own default could be
     * stricter than the item's claim, or look at another page.
     */
    ESSENTIAL,
    /** A detail: dropped alone when the check does not take it. */
    DETAIL
  }

  /**
   * A parameter read from the item.
   *
   * @param extract the value from the item, or {@code null} when the item does not give one
   * @param missingPenalty taken off the confidence when the item gives no value
   */
  record ParamRule(
      String name, Function<Subject, String> extract, Kind kind, double missingPenalty) {}

  static Builder check(String id) {
    return new Builder(id);
  }

  /** Writes one row of the table. */
  static final class Builder {
    private final String check;
    private final List<Cue> cues = new ArrayList<>();
    private final List<Veto> vetoes = new ArrayList<>();
    private final List<ParamRule> params = new ArrayList<>();
    private Pattern support;
    private boolean fallback;

    private Builder(String check) {
      this.check = check;
    }

    /** Whole words that point at the check on their own. */
    Builder cue(double confidence, String words) {
      return add(new Cue(confidence, Fold.words(words), null, false, null, false));
    }

    /** Whole words that point at the check unless {@code unless} is in the item too. */
    Builder cueUnless(double confidence, String words, String unless) {
      return add(new Cue(confidence, Fold.words(words), null, false, Fold.words(unless), false));
    }

    /** Words that point at the check only together with {@code with} in the item. */
    Builder cueWith(double confidence, String words, String with) {
      return add(new Cue(confidence, Fold.words(words), Fold.words(with), false, null, false));
    }

    /** Words that point at the check together with {@code with} in the item or its headings. */
    Builder cueWithin(double confidence, String words, String with) {
      return add(new Cue(confidence, Fold.words(words), Fold.words(with), true, null, false));
    }

    /** A raw pattern over the folded item, for phrases whose parts need no word boundaries. */
    Builder cuePattern(double confidence, String regex) {
      return add(new Cue(confidence, Fold.compile(regex), null, false, null, false));
    }

    /** A raw pattern together with whole words {@code with} in the item. */
    Builder cuePatternWith(double confidence, String regex, String with) {
      return add(new Cue(confidence, Fold.compile(regex), Fold.words(with), false, null, false));
    }

    /** A raw pattern over the item as written, where letter case tells words apart. */
    Builder cueCased(double confidence, String regex) {
      return add(new Cue(confidence, Fold.compile(regex), null, false, null, true));
    }

    /** A pattern over the item as written, together with whole words {@code with} in the item. */
    Builder cueCasedWith(double confidence, String regex, String with) {
      return add(new Cue(confidence, Fold.compile(regex), Fold.words(with), false, null, true));
    }

    /** Words with {@code with} in the item, unless {@code unless} is in the item too. */
    Builder cueWithUnless(double confidence, String words, String with, String unless) {
      return add(
          new Cue(
              confidence, Fold.words(words), Fold.words(with), false, Fold.words(unless), false));
    }

    /**
     * Words with {@code with} in the item, when the item or its section path is {@code about} the
     * thing the check looks at ("Indexes created" under a "Database" heading).
     */
    Builder cueWithAbout(double confidence, String words, String with, String about) {
      return add(
          new Cue(
              confidence,
              Fold.words(words),
              Fold.words(with),
              false,
              null,
              false,
              Fold.words(about)));
    }

    private Builder add(Cue cue) {
      cues.add(cue);
      return this;
    }

    /** Whole words in the item that rule the check out. */
    Builder veto(String words) {
      vetoes.add(new Words(Fold.words(words), false));
      return this;
    }

    /** Words that rule the check out when in the item or in its nearest heading. */
    Builder vetoNear(String words) {
      vetoes.add(new Words(Fold.words(words), true));
      return this;
    }

    /** A raw pattern over the folded item that rules the check out. */
    Builder vetoPattern(String regex) {
      vetoes.add(new Words(Fold.compile(regex), false));
      return this;
    }

    /** Rules the check out when {@code test} holds for the item. */
    Builder vetoIf(Veto test) {
      vetoes.add(test);
      return this;
    }

    Builder vetoes(List<Veto> all) {
      vetoes.addAll(all);
      return this;
    }

    /** Proposed only when no other row matches the item. */
    Builder fallback() {
      fallback = true;
      return this;
    }

    Builder support(String words) {
      support = Fold.words(words);
      return this;
    }

    Builder essential(String name, Function<Subject, String> extract) {
      params.add(new ParamRule(name, extract, Kind.ESSENTIAL, 0));
      return this;
    }

    /** An essential value whose absence leaves the claim vaguer, so the match less sure. */
    Builder essential(String name, Function<Subject, String> extract, double missingPenalty) {
      params.add(new ParamRule(name, extract, Kind.ESSENTIAL, missingPenalty));
      return this;
    }

    Builder detail(String name, Function<Subject, String> extract) {
      params.add(new ParamRule(name, extract, Kind.DETAIL, 0));
      return this;
    }

    Rule build() {
      return new Rule(
          check, List.copyOf(cues), List.copyOf(vetoes), support, List.copyOf(params), fallback);
    }
  }
}
