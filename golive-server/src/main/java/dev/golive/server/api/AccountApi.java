package dev.golive.server.api;

import static dev.golive.server.auth.Role.ADMIN;
import static dev.golive.server.auth.Role.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.Actions;
import dev.golive.server.HttpProblem;
import dev.golive.server.JsonIO;
import dev.golive.server.Principal;
import dev.golive.server.Route;
import dev.golive.server.Services;
import dev.golive.server.auth.ApiTokens;
import dev.golive.server.auth.User;
import dev.golive.server.auth.Users;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signed-in user, and for admins: users and API tokens. */
public final class AccountApi {
  private final Services s;
  private final Actions actions;

  public AccountApi(Services services) {
    this.s = services;
    this.actions = new Actions(services);
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
    Actions.store(
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
    Actions.NewUser made =
        actions.createUser(
            JsonIO.text(body, "email"),
            JsonIO.text(body, "name"),
            JsonIO.text(body, "role"),
            JsonIO.text(body, "password"),
            Params.principal(ctx).actor());
    Map<String, Object> out = Views.user(made.user());
    if (made.oneTimePassword() != null) {
      out.put("oneTimePassword", made.oneTimePassword());
    }
    ctx.header("Location", "/api/v1/users/" + made.user().id());
    JsonIO.write(ctx, 201, out);
  }

  private void updateUser(Context ctx) {
    long id = Params.id(ctx, "user");
    JsonNode body = JsonIO.body(ctx);
    JsonNode d = body.get("disabled");
    if (d != null && !d.isNull() && !d.isBoolean()) {
      throw HttpProblem.invalid("disabled is true or false");
    }
    Boolean disabled = (d == null || d.isNull()) ? null : d.asBoolean();
    User u =
        actions.updateUser(
            id,
            JsonIO.text(body, "name"),
            JsonIO.text(body, "role"),
            disabled,
            Params.principal(ctx).actor());
    JsonIO.write(ctx, 200, Views.user(u));
  }

  private void tokens(Context ctx) {
    JsonIO.write(
        ctx, 200, Map.of("tokens", s.tokens().list(null).stream().map(Views::token).toList()));
  }

  private void createToken(Context ctx) {
    JsonNode body = JsonIO.body(ctx);
    Principal p = Params.principal(ctx);
    ApiTokens.Made made =
        actions.createToken(
            p.user(),
            p.actor(),
            JsonIO.text(body, "user"),
            JsonIO.text(body, "name"),
            JsonIO.text(body, "scope"));
    Map<String, Object> out = new LinkedHashMap<>(Views.token(made.token()));
    out.put("token", made.secret());
    JsonIO.write(ctx, 201, out);
  }

  private void revokeToken(Context ctx) {
    long id = Params.id(ctx, "token");
    JsonIO.write(ctx, 200, Views.token(actions.revokeToken(id, Params.principal(ctx).actor())));
  }
}
