package dev.golive.server.api;

import static dev.golive.server.auth.Role.EDITOR;
import static dev.golive.server.auth.Role.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.HttpProblem;
import dev.golive.server.JsonIO;
import dev.golive.server.Route;
import dev.golive.server.Services;
import dev.golive.store.Approvals;
import dev.golive.store.ServerAccess;
import dev.golive.store.StoreException;
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

  public ApprovalApi(Services services) {
    this.s = services;
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
    String item = required(body, "item");
    LocalDate until = Params.day("until", JsonIO.text(body, "until"));
    if (until != null && until.isBefore(today())) {
      throw HttpProblem.invalid("until is in the past");
    }
    StoredWaiver w =
        store(
            () ->
                s.store()
                    .waivers()
                    .create(
                        name,
                        new Approvals.NewWaiver(
                            item,
                            itemText(name, item),
                            required(body, "reason"),
                            required(body, "owner"),
                            until),
                        Params.principal(ctx).actor()));
    ctx.header("Location", "/api/v1/projects/" + ctx.pathParam("project") + "/waivers");
    JsonIO.write(ctx, 201, Views.waiver(w));
  }

  private void revokeWaiver(Context ctx) {
    long id = Params.id(ctx, "waiver");
    String why = reason(ctx);
    StoredWaiver w =
        store(() -> s.store().waivers().revoke(id, Params.principal(ctx).actor(), why));
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
    String item = required(body, "item");
    LocalDate until = Params.day("until", JsonIO.text(body, "until"));
    StoredSignOff so =
        store(
            () ->
                s.store()
                    .signOffs()
                    .create(
                        name,
                        new Approvals.NewSignOff(
                            item, itemText(name, item), required(body, "reason"), until),
                        Params.principal(ctx).actor()));
    JsonIO.write(ctx, 201, Views.signOff(so));
  }

  private void revokeSignOff(Context ctx) {
    long id = Params.id(ctx, "signOff");
    String why = reason(ctx);
    StoredSignOff so =
        store(() -> s.store().signOffs().revoke(id, Params.principal(ctx).actor(), why));
    JsonIO.write(ctx, 200, Views.signOff(so));
  }

  /** The item's words from its newest audit; an item no audit has is a 422. */
  private String itemText(String project, String item) {
    List<ServerAccess.ItemHistory> h = s.access().itemHistory(project, item, 1);
    if (h.isEmpty()) {
      throw HttpProblem.invalid("no audit of '" + project + "' has an item " + item);
    }
    return h.getFirst().text();
  }

  private static String reason(Context ctx) {
    if (ctx.contentLength() <= 0) {
      return null;
    }
    String r = JsonIO.text(JsonIO.body(ctx), "reason");
    return r == null || r.isBlank() ? null : r.strip();
  }

  private static String required(JsonNode body, String field) {
    String v = JsonIO.text(body, field);
    if (v == null || v.isBlank()) {
      throw HttpProblem.invalid(field + " is required");
    }
    if (v.length() > 2000) {
      throw HttpProblem.invalid(field + " has at most 2000 characters");
    }
    return v.strip();
  }

  /** Runs a store change; what the store refuses becomes a 404 or a 409. */
  static <T> T store(java.util.function.Supplier<T> change) {
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
      throw HttpProblem.invalid(e.getMessage());
    } catch (IllegalStateException e) {
      throw HttpProblem.conflict(e.getMessage());
    }
  }
}
