package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.golive.server.auth.Role;
import dev.golive.testkit.WebServer;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document: valid OpenAPI 3.1, every API route in it, and answers that match it. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void theDocumentIsOpenApi31AsAParserReadsIt() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser()
            .readContents(new String(OpenApi.document(), StandardCharsets.UTF_8), null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
    assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
  }

  @Test
  void everyRegisteredApiRouteIsDocumentedAndNothingElse() throws Exception {
    try (TestServer t = TestServer.sqlite(dir)) {
      Set<String> registered = new TreeSet<>();
      for (Route r : t.server.routes()) {
        if (r.api() || r.path().equals("/health")) {
          registered.add(r.method().name().toLowerCase(Locale.ROOT) + " " + r.path());
        }
      }
      JsonNode doc = JsonIO.MAPPER.readTree(t.client().get("/api/openapi.json").body());
      Set<String> documented = new TreeSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
          paths.hasNext(); ) {
        Map.Entry<String, JsonNode> p = paths.next();
        p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey()));
      }
      assertThat(documented).isEqualTo(registered);
    }
  }

  @Test
  void answersMatchTheSchemasTheDocumentGives() throws Exception {
    try (TestServer t = TestServer.sqlite(dir);
        WebServer site =
            WebServer.http()
                .route(
                    "/",
                    WebServer.Reply.html("<p>shop</p>")
                        .header("X-Content-Type-Options", "nosniff"))) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      String slug = Projects.create(editor, "Shop", site.url());
      long audit = Projects.audit(editor, slug).path("audit").asLong();
      JsonNode doc = JsonIO.MAPPER.readTree(OpenApi.document());
      assertMatches(doc, "Project", editor.get("/api/v1/projects/" + slug));
      assertMatches(doc, "Audit", editor.get("/api/v1/audits/" + audit));
      assertMatches(doc, "Me", editor.get("/api/v1/me"));
      assertMatches(doc, "Problem", editor.get("/api/v1/audits/999999"));
      JsonNode list = TestServer.json(editor.get("/api/v1/projects")).path("projects");
      assertMatches(doc, "Project", list.get(0));
    }
  }

  private static void assertMatches(JsonNode doc, String schema, HttpResponse<String> r) {
    assertMatches(doc, schema, TestServer.json(r));
  }

  private static void assertMatches(JsonNode doc, String schema, JsonNode value) {
    ObjectNode root = JsonIO.MAPPER.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#/components/schemas/" + schema);
    root.set("components", doc.path("components"));
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    Set<ValidationMessage> errors = s.validate(value);
    assertThat(errors).as(schema + " of " + value).isEmpty();
  }
}
