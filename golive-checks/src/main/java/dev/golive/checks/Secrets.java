package dev.golive.checks;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords in target URLs: written as {@code ${NAME}} and read from the environment only when a
 * check connects, and masked wherever a URL is shown.
 */
public final class Secrets {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  /** {@code user:password@} in a URL, or {@code password=...} in its query. */
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:\\s]*:)[^/@\\s]*@");

  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)([?&;](?:password|pass|pwd|secret)=)[^&;\\s]*");

  private Secrets() {}

  /**
   * {@code text} with every {@code ${NAME}} replaced by that variable of {@code environment}.
   *
   * @throws ProbeException naming the first variable that is not set
   */
  public static String expand(String text, Map<String, String> environment) throws ProbeException {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = environment.get(m.group(1));
      if (value == null) {
        throw new ProbeException(
            "the environment variable "
                + m.group(1)
                + " that "
                + redact(text)
                + " reads is not set");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@link #expand} from golive's own environment. */
  public static String expand(String text) throws ProbeException {
    return expand(text, System.getenv());
  }

  /** {@code url} with any password in it shown as {@code ***}: safe to print and to store. */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    String s = USER_INFO.matcher(url).replaceAll("$1***@");
    return PASSWORD_PARAM.matcher(s).replaceAll("$1***");
  }
}
