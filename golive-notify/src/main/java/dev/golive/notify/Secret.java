package dev.golive.notify;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured value that is secret, or may be: a token, a password, a webhook URL. It is written
 * with {@code ${NAME}} for environment variables, read from the environment only when a message is
 * sent, and never shown with its value: {@link #toString()} is the text as written when every
 * secret part is a variable, and {@code ***} (or a URL's scheme and host) otherwise.
 *
 * @param written the value as configured
 */
public record Secret(String written) {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  public Secret {
    if (written == null || written.isBlank()) {
      throw new IllegalArgumentException("a secret cannot be empty");
    }
  }

  /** A variable of the environment that a secret names is not set. */
  public static final class UnsetVariableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnsetVariableException(String message) {
      super(message);
    }
  }

  /**
   * The value, with each {@code ${NAME}} replaced by that variable of {@code environment}.
   *
   * @param what how messages name the setting, as {@code 'token' of channel tg}
   * @throws UnsetVariableException naming the first variable that is not set
   */
  public String reveal(Map<String, String> environment, String what) throws UnsetVariableException {
    Matcher m = VARIABLE.matcher(written);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = environment.get(m.group(1));
      if (value == null || value.isEmpty()) {
        throw new UnsetVariableException(
            "the environment variable " + m.group(1) + " that " + what + " reads is not set");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether the value is read from the environment rather than written in the config. */
  public boolean fromEnvironment() {
    return VARIABLE.matcher(written).find();
  }

  /** The names of the variables it reads. */
  public java.util.List<String> variables() {
    return VARIABLE.matcher(written).results().map(r -> r.group(1)).toList();
  }

  /** Safe to print: see the class comment. */
  @Override
  public String toString() {
    if (fromEnvironment()) {
      // literal parts beside variables (a URL's host, say) are not the secret
      return written;
    }
    try {
      URI u = new URI(written);
      if (u.getScheme() != null && u.getHost() != null) {
        return u.getScheme()
            + "://"
            + u.getHost()
            + (u.getPort() > 0 ? ":" + u.getPort() : "")
            + "/***";
      }
    } catch (java.net.URISyntaxException e) {
      // not a URL: hide all of it
    }
    return "***";
  }
}
