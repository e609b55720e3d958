package dev.golive.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The dashboard's words in English, Uzbek and Russian: one bundle per language ({@code
 * messages_LANG.properties}, UTF-8), each with the same keys.
 */
public final class Messages {
  /** The languages, the first the default. */
  public static final List<String> LANGUAGES = List.of("en", "uz", "ru");

  private final Map<String, Map<String, String>> bundles = new LinkedHashMap<>();

  private Messages() {}

  public static Messages load() {
    Messages m = new Messages();
    for (String lang : LANGUAGES) {
      m.bundles.put(lang, bundle(lang));
    }
    return m;
  }

  /** The keys and texts of {@code lang}'s bundle. */
  public static Map<String, String> bundle(String lang) {
    String name = "/dev/golive/server/web/messages_" + lang + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new LinkedHashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of {@code lang}, or of English when it is not one of {@link #LANGUAGES}. */
  public Texts texts(String lang) {
    String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
    return new Texts(bundles.containsKey(l) ? l : "en", bundles.getOrDefault(l, bundles.get("en")));
  }

  /** The language an {@code Accept-Language} header prefers among ours, or {@code null}. */
  public static String fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
        String tag = r.getRange().toLowerCase(Locale.ROOT);
        for (String l : LANGUAGES) {
          if (tag.equals(l) || tag.startsWith(l + "-")) {
            return l;
          }
        }
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  /** One language's texts. */
  public record Texts(String lang, Map<String, String> texts) {
    /** The text of {@code key}; a missing key shows as itself, never as an error. */
    public String get(String key) {
      return texts.getOrDefault(key, key);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} ... replaced by {@code args}. */
    public String get(String key, Object... args) {
      String s = get(key);
      for (int i = 0; i < args.length; i++) {
        s = s.replace("{" + i + "}", String.valueOf(args[i]));
      }
      return s;
    }
  }
}
