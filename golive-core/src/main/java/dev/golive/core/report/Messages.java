package dev.golive.core.report;

import dev.golive.core.model.ClaimKind;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.State;
import dev.golive.core.score.Reason;
import dev.golive.core.score.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The words golive itself writes, in one of its report languages. */
public final class Messages {
  /** The report languages. */
  public enum Lang {
    EN,
    UZ,
    RU;

    public static Lang of(String code) {
      for (Lang l : values()) {
        if (l.name().equalsIgnoreCase(code)) {
          return l;
        }
      }
      throw new IllegalArgumentException("unknown language '" + code + "' (expected en, uz or ru)");
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Lang lang;
  private final Properties words;
  private final Properties fallback;

  private Messages(Lang lang, Properties words, Properties fallback) {
    this.lang = lang;
    this.words = words;
    this.fallback = fallback;
  }

  public static Messages of(Lang lang) {
    Properties en = load(Lang.EN);
    return new Messages(lang, lang == Lang.EN ? en : load(lang), en);
  }

  public Lang lang() {
    return lang;
  }

  /** The text for {@code key}, with {@code args} filled in; the English text when missing. */
  public String get(String key, Object... args) {
    String pattern = words.getProperty(key, fallback.getProperty(key));
    if (pattern == null) {
      throw new IllegalStateException("no message for key '" + key + "'");
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  public String verdict(Verdict v) {
    return get("verdict." + v.name());
  }

  public String state(State s) {
    return get("state." + s.id());
  }

  /** What an audit made of an item, in words. */
  public String itemVerdict(ItemVerdict v) {
    return get("itemVerdict." + v.id());
  }

  public String claimKind(ClaimKind k) {
    return get("claim." + k.id());
  }

  public String reason(Reason r) {
    Object[] args = r.args().toArray();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Double d) {
        args[i] = String.format(Locale.ROOT, "%.1f", d);
      }
    }
    return get("reason." + r.key().name(), args);
  }

  private static Properties load(Lang lang) {
    String name = "messages_" + lang.code() + ".properties";
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
