package dev.golive.server.api;

import dev.golive.server.HttpProblem;
import dev.golive.server.Principal;
import dev.golive.server.Security;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading path and query parameters, each wrong one a problem naming it. */
final class Params {
  private Params() {}

  static long id(Context ctx, String name) {
    try {
      long v = Long.parseLong(ctx.pathParam(name));
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw HttpProblem.notFound("'" + ctx.pathParam(name) + "' is not a " + name + " number");
  }

  static int limit(Context ctx, int byDefault, int max) {
    String v = ctx.queryParam("limit");
    if (v == null) {
      return byDefault;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw HttpProblem.invalid("limit is a number from 1 to " + max);
  }

  static Long optionalId(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw HttpProblem.invalid(name + " is an audit number");
    }
  }

  static LocalDate day(String field, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw HttpProblem.invalid(field + " is a day as YYYY-MM-DD, not '" + v + "'");
    }
  }

  static Principal principal(Context ctx) {
    Principal p = ctx.attribute(Security.PRINCIPAL);
    if (p == null) {
      throw HttpProblem.unauthorized("sign in first");
    }
    return p;
  }
}
