package dev.golive.server;

import dev.golive.server.auth.ApiTokens;
import dev.golive.server.auth.Role;
import dev.golive.server.auth.Tokens;
import dev.golive.server.auth.User;
import dev.golive.server.auth.Users;
import dev.golive.server.project.ProjectSettings;
import dev.golive.server.project.ProjectSpec;
import dev.golive.store.Approvals;
import dev.golive.store.ProjectSummary;
import dev.golive.store.ServerAccess;
import dev.golive.store.StoreException;
import dev.golive.store.StoredSignOff;
import dev.golive.store.StoredWaiver;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The changes people make — projects, waivers, sign-offs, users, tokens — with the rules they obey,
 * shared by the API and the dashboard's forms. What a rule refuses is an {@link HttpProblem}: 422
 * with every problem named (as {@code problems}), 404 or 409; each problem is one English sentence,
 * which the forms show in the user's language.
 */
public final class Actions {
  /** The longest reason, owner or other free text of a waiver or sign-off. */
  public static final int MAX_TEXT = 2000;

  private final Services s;

  public Actions(Services services) {
    this.s = services;
  }

  /** A project just made, with its settings. */
  public record NewProject(ProjectSummary project, ProjectSettings settings) {}

  /** A user just made, with the one-time password to hand over, or {@code null}. */
  public record NewUser(User user, String oneTimePassword) {}

  /** Makes project {@code name} with {@code spec}; every problem of both is named at once. */
  public NewProject createProject(String name, ProjectSpec spec, String actor) {
    List<String> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add("a project needs a name");
    }
    problems.addAll(spec.problems(s.config().repositories()));
    refuseAny(problems);
    if (s.store().project(name.strip()).isPresent()) {
      throw HttpProblem.conflict("there is a project '" + name.strip() + "' already");
    }
    ProjectSummary made = store(() -> s.store().createProject(name, actor));
    return new NewProject(made, s.projects().save(made.id(), spec, actor));
  }

  /** Sets the settings of {@code project} to {@code spec}. */
  public ProjectSettings updateProject(ProjectSummary project, ProjectSpec spec, String actor) {
    checked(spec);
    return s.projects().save(project.id(), spec, actor);
  }

  /** {@code spec}, or a 422 naming all its problems. */
  public ProjectSpec checked(ProjectSpec spec) {
    refuseAny(spec.problems(s.config().repositories()));
    return spec;
  }

  /**
   * Waives {@code item} of {@code project}.
   *
   * @param until the last day, as YYYY-MM-DD, or blank for no end
   */
  public StoredWaiver waive(
      String project, String item, String reason, String owner, String until, String actor) {
    List<String> problems = new ArrayList<>();
    String i = required(problems, "item", item);
    String r = required(problems, "reason", reason);
    String o = required(problems, "owner", owner);
    LocalDate day = day(problems, until);
    if (day != null && day.isBefore(today())) {
      problems.add("until is in the past");
    }
    refuseAny(problems);
    String text = itemText(project, i);
    return store(
        () ->
            s.store()
                .waivers()
                .create(project, new Approvals.NewWaiver(i, text, r, o, day), actor));
  }

  /** Signs {@code item} of {@code project} off in {@code actor}'s name. */
  public StoredSignOff signOff(
      String project, String item, String reason, String until, String actor) {
    List<String> problems = new ArrayList<>();
    String i = required(problems, "item", item);
    String r = required(problems, "reason", reason);
    LocalDate day = day(problems, until);
    refuseAny(problems);
    String text = itemText(project, i);
    return store(
        () ->
            s.store().signOffs().create(project, new Approvals.NewSignOff(i, text, r, day), actor));
  }

  public StoredWaiver revokeWaiver(long id, String why, String actor) {
    return store(() -> s.store().waivers().revoke(id, actor, why));
  }

  public StoredSignOff revokeSignOff(long id, String why, String actor) {
    return store(() -> s.store().signOffs().revoke(id, actor, why));
  }

  /**
   * Makes a user of role {@code roleId} ({@code viewer} when null); without a password, with a
   * one-time one they must change at first sign-in.
   */
  public NewUser createUser(
      String email, String name, String roleId, String password, String actor) {
    boolean oneTime = password == null || password.isEmpty();
    String pw = oneTime ? Tokens.random(15) : password;
    Role role = role(roleId);
    User u = store(() -> s.users().create(email, name, role, pw, oneTime, actor));
    return new NewUser(u, oneTime ? pw : null);
  }

  /** Changes a user's name, role ({@code null}: unchanged) or whether they are disabled. */
  public User updateUser(long id, String name, String roleId, Boolean disabled, String actor) {
    Role role = roleId == null ? null : role(roleId);
    try {
      return store(() -> s.users().update(id, name, role, disabled, actor));
    } catch (Users.NoSuchUser e) {
      throw HttpProblem.notFound(e.getMessage());
    }
  }

  /** Gives user {@code id} a new one-time password, returned to be handed over once. */
  public String resetPassword(long id, String actor) {
    try {
      return store(() -> s.users().resetPassword(id, actor));
    } catch (Users.NoSuchUser e) {
      throw HttpProblem.notFound(e.getMessage());
    }
  }

  /**
   * Makes an API token for the user {@code ownerEmail} names ({@code by}'s own when null), with
   * scope {@code read} when none is given.
   */
  public ApiTokens.Made createToken(
      User by, String actor, String ownerEmail, String name, String scope) {
    User owner =
        ownerEmail == null || ownerEmail.isBlank()
            ? by
            : s.users()
                .credentials(ownerEmail)
                .map(Users.Credentials::user)
                .orElseThrow(() -> HttpProblem.invalid("there is no user " + ownerEmail.strip()));
    return store(() -> s.tokens().create(owner, name, scope == null ? "read" : scope, actor));
  }

  public ApiTokens.Token revokeToken(long id, String actor) {
    if (s.tokens().get(id).isEmpty()) {
      throw HttpProblem.notFound("there is no token #" + id);
    }
    return s.tokens().revoke(id, actor);
  }

  /** The item's words from its newest audit; an item no audit has is a 422. */
  private String itemText(String project, String item) {
    List<ServerAccess.ItemHistory> h = s.access().itemHistory(project, item, 1);
    if (h.isEmpty()) {
      throw HttpProblem.invalid("no audit of '" + project + "' has an item " + item);
    }
    return h.getFirst().text();
  }

  private LocalDate today() {
    return LocalDate.now(s.clock().withZone(ZoneOffset.UTC));
  }

  private static String required(List<String> problems, String field, String v) {
    if (v == null || v.isBlank()) {
      problems.add(field + " is required");
      return null;
    }
    if (v.length() > MAX_TEXT) {
      problems.add(field + " has at most " + MAX_TEXT + " characters");
      return null;
    }
    return v.strip();
  }

  /** A day as YYYY-MM-DD, or {@code null} when blank. */
  private static LocalDate day(List<String> problems, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      problems.add("until is a day as YYYY-MM-DD, not '" + v + "'");
      return null;
    }
  }

  private static Role role(String id) {
    try {
      return Role.of(id == null ? "viewer" : id);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.invalid(e.getMessage()).with("problems", List.of(e.getMessage()));
    }
  }

  /** A 422 naming every problem, when there is one. */
  public static void refuseAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw HttpProblem.invalid(String.join("; ", problems))
          .with("problems", List.copyOf(problems));
    }
  }

  /** Runs a change; what the store or a service refuses becomes a 404, 409 or 422. */
  public static <T> T store(Supplier<T> change) {
    try {
      return change.get();
    } catch (StoreException e) {
      if (e.getMessage().startsWith("there is no")) {
        throw HttpProblem.notFound(e.getMessage());
      }
      if (e.getCause() == null || e.getCause() instanceof IllegalArgumentException) {
        throw HttpProblem.conflict(e.getMessage());
      }
      throw e;
    } catch (IllegalArgumentException e) {
      throw HttpProblem.invalid(e.getMessage()).with("problems", List.of(e.getMessage()));
    } catch (IllegalStateException e) {
      throw HttpProblem.conflict(e.getMessage());
    }
  }
}
