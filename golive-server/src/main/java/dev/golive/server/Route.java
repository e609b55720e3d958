package dev.golive.server;

import dev.golive.server.auth.Role;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One route of the server: what it answers, and the least role it needs ({@code null}: anyone,
 * signed in or not). The list of routes is the one place they are registered, and what the OpenAPI
 * test holds against the document.
 */
public record Route(HandlerType method, String path, Role needs, Handler handler) {
  public static Route get(String path, Role needs, Handler h) {
    return new Route(HandlerType.GET, path, needs, h);
  }

  public static Route post(String path, Role needs, Handler h) {
    return new Route(HandlerType.POST, path, needs, h);
  }

  public static Route put(String path, Role needs, Handler h) {
    return new Route(HandlerType.PUT, path, needs, h);
  }

  public static Route patch(String path, Role needs, Handler h) {
    return new Route(HandlerType.PATCH, path, needs, h);
  }

  public static Route delete(String path, Role needs, Handler h) {
    return new Route(HandlerType.DELETE, path, needs, h);
  }

  /** Whether it is part of the JSON API (problem+json errors, tokens accepted). */
  public boolean api() {
    return isApi(path);
  }

  public static boolean isApi(String path) {
    return path.startsWith("/api/");
  }

  public boolean unsafe() {
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }
}
