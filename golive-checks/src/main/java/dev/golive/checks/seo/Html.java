package dev.golive.checks.seo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what search engines and link previews read from a page, the way a tolerant browser would:
 * the first {@code <title>} and every {@code <meta>} tag. Comments, scripts, styles, templates and
 * text areas are skipped; unclosed quotes and tags end at the end of the text; nothing throws.
 */
final class Html {
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final int MAX_METAS = 1000;

  private Html() {}

  /**
   * The head of a page.
   *
   * @param title the first title's text, decoded and with white space collapsed; {@code null} when
   *     there is none
   * @param metas each meta tag's attributes, names in lower case, values decoded
   */
  record Head(String title, List<Map<String, String>> metas) {
    /** The content of the first meta whose name or property is {@code key}, ignoring case. */
    Optional<String> meta(String key) {
      for (Map<String, String> m : metas) {
        if (m.containsKey("content") && (is(m.get("name"), key) || is(m.get("property"), key))) {
          return Optional.of(m.get("content"));
        }
      }
      return Optional.empty();
    }

    private static boolean is(String attribute, String key) {
      return attribute != null && attribute.strip().equalsIgnoreCase(key);
    }
  }

  static Head read(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    int n = html.length();
    String title = null;
    List<Map<String, String>> metas = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        break;
      }
      char next = html.charAt(lt + 1);
      if (lower.startsWith("<!--", lt)) {
        i = after(lower, "-->", lt + 4, n);
        continue;
      }
      if (next == '!' || next == '?' || next == '/') {
        i = after(lower, ">", lt + 1, n);
        continue;
      }
      if (!isLetter(next)) {
        i = lt + 1;
        continue;
      }
      int j = lt + 1;
      while (j < n && isNameChar(html.charAt(j))) {
        j++;
      }
      String name = lower.substring(lt + 1, j);
      Map<String, String> attributes = new LinkedHashMap<>();
      i = attributes(html, j, attributes);
      switch (name) {
        case "meta" -> {
          if (metas.size() < MAX_METAS) {
            metas.add(attributes);
          }
        }
        case "title" -> {
          int end = lower.indexOf("</title", i);
          String text = html.substring(i, end < 0 ? n : end);
          if (title == null) {
            title = collapse(decode(text));
          }
          i = end < 0 ? n : end;
        }
        case "script", "style", "textarea", "template" -> {
          int end = lower.indexOf("</" + name, i);
          i = end < 0 ? n : end;
        }
        default -> {
          // other elements carry nothing this reader needs
        }
      }
    }
    return new Head(title, metas);
  }

  /**
   * Reads the attributes of a tag from {@code at} (just past its name) into {@code into}; returns
   * the index after the closing {@code >}. The first of a repeated attribute wins, as in browsers.
   */
  private static int attributes(String html, int at, Map<String, String> into) {
    int n = html.length();
    int i = at;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (Character.isWhitespace(c) || c == '/') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && !isNameEnd(html.charAt(i))) {
        i++;
      }
      if (i == start) {
        i++;
        continue;
      }
      String name = html.substring(start, i).toLowerCase(Locale.ROOT);
      while (i < n && Character.isWhitespace(html.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && html.charAt(i) == '=') {
        i++;
        while (i < n && Character.isWhitespace(html.charAt(i))) {
          i++;
        }
        if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
          char quote = html.charAt(i);
          int end = html.indexOf(quote, i + 1);
          value = html.substring(i + 1, end < 0 ? n : end);
          i = end < 0 ? n : end + 1;
        } else {
          int s = i;
          while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
          }
          value = html.substring(s, i);
        }
      }
      into.putIfAbsent(name, decode(value));
    }
    return n;
  }

  /** {@code text} with each run of white space (no-break spaces too) as one space, trimmed. */
  static String collapse(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** The index just after the next {@code token} from {@code from}, or {@code n}. */
  private static int after(String lower, String token, int from, int n) {
    int end = lower.indexOf(token, from);
    return end < 0 ? n : end + token.length();
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
  }

  private static boolean isNameEnd(char c) {
    return Character.isWhitespace(c) || c == '=' || c == '>' || c == '/';
  }

  /** {@code text} with character references replaced; unknown names are left as written. */
  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String entity(String name, String written) {
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : "\uFFFD";
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> "\u00A0";
      default -> written;
    };
  }
}
