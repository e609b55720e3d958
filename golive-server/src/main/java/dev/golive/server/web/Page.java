package dev.golive.server.web;

import dev.golive.server.Principal;

/**
 * What every page's frame needs.
 *
 * @param t the words in the page's language
 * @param user who is signed in, or {@code null}
 * @param csrf the session's form token, or {@code null}
 * @param path the page's path, for the language links
 * @param refresh seconds after which the page reloads itself, 0 for never
 */
public record Page(
    Messages.Texts t, Principal user, String csrf, String title, String path, int refresh) {

  public String lang() {
    return t.lang();
  }

  public String css() {
    return Pages.CSS_PATH;
  }

  public boolean canEdit() {
    return user != null && user.role().allows(dev.golive.server.auth.Role.EDITOR);
  }

  public boolean isAdmin() {
    return user != null && user.role().allows(dev.golive.server.auth.Role.ADMIN);
  }

  /** The page in {@code lang}. */
  public String langLink(String lang) {
    return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
  }

  public java.util.List<String> languages() {
    return Messages.LANGUAGES;
  }
}
