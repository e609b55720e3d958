package dev.golive.server.api;

import static dev.golive.server.auth.Role.ADMIN;
import static dev.golive.server.auth.Role.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.HttpProblem;
import dev.golive.server.JsonIO;
import dev.golive.server.Principal;
import dev.golive.server.Route;
import dev.golive.server.Services;
import dev.golive.server.auth.ApiTokens;
import dev.golive.server.auth.Role;
import dev.golive.server.auth.Tokens;
import dev.golive.server.auth.User;
import dev.golive.server.auth.Users;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signed-in user, and for admins: users and API tokens. */
public final class AccountApi {
  private final Services s;

  public AccountApi(Services services) {
    this.s = services;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/api/v1/me", VIEWER, this::me),
        Route.post("/api/v1/me/password", VIEWER, this::password),
        Route.get("/api/v1/users", ADMIN, this::users),
        Route.post("/api/v1/users", ADMIN, this::createUser),
        Route.patch("/api/v1/users/{user}", ADMIN, this::updateUser),
        Route.get("/api/v1/tokens", ADMIN, this::tokens),
        Route.post("/api/v1/tokens", ADMIN, this::createToken),
        Route.delete("/api/v1/tokens/{token}", ADMIN, this::revokeToken));
  }

  private void me(Context ctx) {
    Principal p = Params.principal(ctx);
    Map<String, Object> m = Views.user(p.user());
    m.put("effectiveRole", p.role().id());
    m.put("via", p.tokenId() != null ? "token" : "session");
    if (p.csrf() != null) {
      m.put("csrfToken", p.csrf());
    }
    JsonIO.write(ctx, 200, m);
  }

  private void password(Context ctx) {
    Principal p = Params.principal(ctx);
    if (p.tokenId() != null) {
      throw HttpProblem.forbidden("a password is changed when signed in, not with a token");
    }
    JsonNode body = JsonIO.body(ctx);
    String current = JsonIO.text(body, "current");
    String next = JsonIO.text(body, "new");
    Users.Credentials c = s.users().credentials(p.user().email()).orElseThrow();
    if (current == null || !s.passwords().verify(current, c.passwordHash())) {
      throw HttpProblem.forbidden("the current password is wrong");
    }
    ApprovalApi.store(
        () -> {
          s.users().setPassword(p.user().id(), next, p.sessionHash(), p.actor());
          return null;
        });
    ctx.status(204);
  }

  private void users(Context ctx) {
    JsonIO.write(ctx, 200, Map.of("users", s.users().all().stream().map(Views::user).toList()));
  }

  private void createUser(Context ctx) {
    JsonNode body = JsonIO.body(ctx);
    String password = JsonIO.text(body, "password");
    boolean oneTime = password == null;
    String pw = oneTime ? Tokens.random(15) : password;
    User u =
        ApprovalApi.store(
            () ->
                s.users()
                    .create(
                        JsonIO.text(body, "email"),
                        JsonIO.text(body, "name"),
                        role(JsonIO.text(body, "role")),
                        pw,
                        oneTime,
                        Params.principal(ctx).actor()));
    Map<String, Object> out = Views.user(u);
    if (oneTime) {
      out.put("oneTimePassword", pw);
    }
    ctx.header("Location", "/api/v1/users/" + u.id());
    JsonIO.write(ctx, 201, out);
  }

  private void updateUser(Context ctx) {
    long id = Params.id(ctx, "user");
    JsonNode body = JsonIO.body(ctx);
    String role = JsonIO.text(body, "role");
    JsonNode d = body.get("disabled");
    if (d != null && !d.isNull() && !d.isBoolean()) {
      throw HttpProblem.invalid("disabled is true or false");
    }
    Boolean disabled = d == null || d.isNull() ? null : d.asBoolean();
    User u;
    try {
      u =
          ApprovalApi.store(
              () ->
                  s.users()
                      .update(
                          id,
                          JsonIO.text(body, "name"),
                          role == null ? null : role(role),
                          disabled,
                          Params.principal(ctx).actor()));
    } catch (Users.NoSuchUser e) {
      throw HttpProblem.notFound(e.getMessage());
    }
    JsonIO.write(ctx, 200, Views.user(u));
  }

  private void tokens(Context ctx) {
    JsonIO.write(
        ctx, 200, Map.of("tokens", s.tokens().list(null).stream().map(Views::token).toList()));
  }

  private void createToken(Context ctx) {
    JsonNode body = JsonIO.body(ctx);
    Principal p = Params.principal(ctx);
    String email = JsonIO.text(body, "user");
    User owner =
        email == null
            ? p.user()
            : s.users()
                .credentials(email)
                .map(Users.Credentials::user)
                .orElseThrow(() -> HttpProblem.invalid("there is no user " + email));
    String scope = JsonIO.text(body, "scope");
    ApiTokens.Made made =
        ApprovalApi.store(
            () ->
                s.tokens()
                    .create(
                        owner,
                        JsonIO.text(body, "name"),
                        scope == null ? "read" : scope,
                        p.actor()));
    Map<String, Object> out = new LinkedHashMap<>(Views.token(made.token()));
    out.put("token", made.secret());
    JsonIO.write(ctx, 201, out);
  }

  private void revokeToken(Context ctx) {
    long id = Params.id(ctx, "token");
    if (s.tokens().get(id).isEmpty()) {
      throw HttpProblem.notFound("there is no token #" + id);
    }
    JsonIO.write(ctx, 200, Views.token(s.tokens().revoke(id, Params.principal(ctx).actor())));
  }

  private static Role role(String id) {
    try {
      return Role.of(id == null ? "viewer" : id);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.invalid(e.getMessage());
    }
  }
}
