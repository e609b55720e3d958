package dev.golive.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3.1 document of the API, kept as a resource beside this class. */
public final class OpenApi {
  /** Where the document is on the class path. */
  public static final String RESOURCE = "/dev/golive/server/openapi.json";

  private static final byte[] DOCUMENT = load();

  private OpenApi() {}

  static void serve(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("application/json; charset=utf-8").result(DOCUMENT);
  }

  public static byte[] document() {
    return DOCUMENT.clone();
  }

  private static byte[] load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
