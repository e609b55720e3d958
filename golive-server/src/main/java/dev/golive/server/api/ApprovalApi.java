package dev.golive.server.api;

import static dev.golive.server.auth.Role.EDITOR;
import static dev.golive.server.auth.Role.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.Actions;
import dev.golive.server.HttpProblem;
import dev.golive.server.JsonIO;
import dev.golive.server.Route;
import dev.golive.server.Services;
import dev.golive.store.StoredSignOff;
import dev.golive.store.StoredWaiver;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Waivers and sign-offs, made and revoked through the store, which logs each change. */
public final class ApprovalApi {
  private final Services s;
  private final Actions actions;

  public ApprovalApi(Services services) {
    this.s = services;
    this.actions = new Actions(services);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/api/v1/projects/{project}/waivers", VIEWER, this::waivers),
        Route.post("/api/v1/projects/{project}/waivers", EDITOR, this::waive),
        Route.post("/api/v1/waivers/{waiver}/revoke", EDITOR, this::revokeWaiver),
        Route.get("/api/v1/waivers/expiring", VIEWER, this::expiring),
        Route.get("/api/v1/projects/{project}/sign-offs", VIEWER, this::signOffs),
        Route.post("/api/v1/projects/{project}/sign-offs", EDITOR, this::signOff),
        Route.post("/api/v1/sign-offs/{signOff}/revoke", EDITOR, this::revokeSignOff));
  }

  private LocalDate today() {
    return LocalDate.now(s.clock().withZone(ZoneOffset.UTC));
  }

  private void waivers(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    boolean all = "true".equals(ctx.queryParam("all"));
    List<StoredWaiver> list =
        all ? s.store().waivers().all(name) : s.store().waivers().active(name, today());
    JsonIO.write(ctx, 200, Map.of("waivers", list.stream().map(Views::waiver).toList()));
  }

  private void waive(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    JsonNode body = JsonIO.body(ctx);
    StoredWaiver w =
        actions.waive(
            name,
            JsonIO.text(body, "item"),
            JsonIO.text(body, "reason"),
            JsonIO.text(body, "owner"),
            JsonIO.text(body, "until"),
            Params.principal(ctx).actor());
    ctx.header("Location", "/api/v1/projects/" + ctx.pathParam("project") + "/waivers");
    JsonIO.write(ctx, 201, Views.waiver(w));
  }

  private void revokeWaiver(Context ctx) {
    long id = Params.id(ctx, "waiver");
    String why = reason(ctx);
    StoredWaiver w = actions.revokeWaiver(id, why, Params.principal(ctx).actor());
    JsonIO.write(ctx, 200, Views.waiver(w));
  }

  private void expiring(Context ctx) {
    int days = Params.limit(ctx, 14, 365);
    String d = ctx.queryParam("days");
    if (d != null) {
      try {
        days = Integer.parseInt(d);
      } catch (NumberFormatException e) {
        throw HttpProblem.invalid("days is a number");
      }
      if (days < 0 || days > 365) {
        throw HttpProblem.invalid("days is a number from 0 to 365");
      }
    }
    JsonIO.write(
        ctx,
        200,
        Map.of(
            "waivers",
            s.store().waivers().expiring(today(), days).stream().map(Views::waiver).toList()));
  }

  private void signOffs(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    JsonIO.write(
        ctx,
        200,
        Map.of(
            "signOffs",
            s.store().signOffs().active(name, today()).stream().map(Views::signOff).toList()));
  }

  private void signOff(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    JsonNode body = JsonIO.body(ctx);
    StoredSignOff so =
        actions.signOff(
            name,
            JsonIO.text(body, "item"),
            JsonIO.text(body, "reason"),
            JsonIO.text(body, "until"),
            Params.principal(ctx).actor());
    JsonIO.write(ctx, 201, Views.signOff(so));
  }

  private void revokeSignOff(Context ctx) {
    long id = Params.id(ctx, "signOff");
    String why = reason(ctx);
    StoredSignOff so = actions.revokeSignOff(id, why, Params.principal(ctx).actor());
    JsonIO.write(ctx, 200, Views.signOff(so));
  }

  private static String reason(Context ctx) {
    if (ctx.contentLength() <= 0) {
      return null;
    }
    String r = JsonIO.text(JsonIO.body(ctx), "reason");
    return r == null || r.isBlank() ? null : r.strip();
  }
}
