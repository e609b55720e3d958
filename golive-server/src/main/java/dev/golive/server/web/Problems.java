package dev.golive.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems the server's rules name, in the forms' language. The rules speak English (the API
 * sends their sentences as they are); each sentence a person may meet on a form has a key here, its
 * quoted parts passed on as {@code {0}}, {@code {1}}. A sentence without one (a golive.yaml problem
 * with its line number, say) is shown as it is.
 */
final class Problems {
  private static final Map<String, Pattern> KEYS = new java.util.LinkedHashMap<>();

  static {
    // projects
    add("name-required", "a project needs a name");
    add("name-long", "a project's name is one line of at most 200 characters, not '(.*)'");
    add("project-taken", "there is a project '(.*)' already");
    add("checklist-either", "give the checklist either as checklist.path or as checklist.markdown");
    add("uploads-only", "this server takes uploaded checklists only: .*");
    add("path-invalid", "checklist.path is not a path: (.*)");
    add("path-outside", "checklist.path must be inside the repositories folder");
    add("path-missing", "there is no file (.*) in the repositories folder");
    add("path-not-file", "(.*) is not a file");
    add("markdown-large", "checklist.markdown has more than 1 MiB");
    add("checklist-name", "checklist.name is a file name of letters, digits, '.', '-' and '_'");
    add("targets-many", "a project has at most (\\d+) targets");
    add("target-scheme", "target '(.*)' is not an http:// or https:// URL with a host");
    add("target-user", "target '(.*)' carries a user name or password");
    add("target-invalid", "target '(.*)' is not a URL: (.*)");
    add("config-large", "config has more than 256 KiB");
    add("config-variable", "config reads \\$\\{(.*)}: on the server a project reads only .*");
    add("config-env", "config: 'env: process' would show the server's own environment");
    add("targets-none", "give at least one target: a URL in targets, or targets in config");
    add("schedule-line", "schedule is one line of at most (\\d+) characters");
    add("schedule-empty", "schedule: the cron expression is empty");
    add("schedule-fields", "schedule: '(.*)' has (\\d+) fields; a cron expression has 5 .*");
    add("schedule-cron", "schedule: '(.*)' is not a cron expression: (.*)");
    add("schedule-zone", "schedule: '(.*)' is not a time zone .*");
    // waivers and sign-offs
    add("reason-required", "reason is required");
    add("owner-required", "owner is required");
    add("reason-long", "reason has at most (\\d+) characters");
    add("owner-long", "owner has at most (\\d+) characters");
    add("until-invalid", "until is a day as YYYY-MM-DD, not '(.*)'");
    add("until-past", "until is in the past");
    // users and tokens
    add("email-invalid", "'(.*)' is not an e-mail address");
    add("user-name-long", "a name has at most (\\d+) characters");
    add("password-short", "a password has at least (\\d+) characters");
    add("password-long", "a password has at most (\\d+) characters");
    add("password-email", "a password is not the e-mail address");
    add("password-plain", "a password has at least (\\d+) different characters");
    add("user-taken", "there is a user (.*) already");
    add("last-admin", "the last active admin stays an admin: .*");
    add("role-invalid", "a role is admin, editor or viewer, not '(.*)'");
    add("token-name", "a token needs a name of at most (\\d+) characters");
    add("scope-invalid", "a token's scope is read, write or admin, not '(.*)'");
    add("scope-role", "a token's scope cannot exceed its user's role \\((.*)\\)");
    add("user-unknown", "there is no user (.*)");
  }

  private Problems() {}

  private static void add(String key, String regex) {
    KEYS.put("problem." + key, Pattern.compile(regex, Pattern.DOTALL));
  }

  /** {@code english} in {@code t}'s language, or as it is when it has no key. */
  static String translate(Messages.Texts t, String english) {
    for (Map.Entry<String, Pattern> e : KEYS.entrySet()) {
      Matcher m = e.getValue().matcher(english);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = m.group(i + 1);
        }
        return t.get(e.getKey(), args);
      }
    }
    return english;
  }

  static List<String> translate(Messages.Texts t, List<String> english) {
    List<String> out = new ArrayList<>();
    for (String e : english) {
      out.add(translate(t, e));
    }
    return out;
  }

  /** The keys, for the test that each has a text in every language. */
  static java.util.Set<String> keys() {
    return KEYS.keySet();
  }
}
