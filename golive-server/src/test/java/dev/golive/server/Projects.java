package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects and audits made through the API, as tests need them. */
final class Projects {
  private Projects() {}

  /** A checklist bound inline to checks a plain local web server can pass or fail. */
  static final String CHECKLIST =
      """
      # Shop launch

      ## Security
      - [x] Pages say nosniff <!-- golive: http.content-type-options -->
      - [x] Frames are denied <!-- golive: http.frame-options -->

      ## Operations
      - [x] The home page answers <!-- golive: http.status -->
      - [ ] Runbook written
      """;

  static Map<String, Object> body(String name, URI target) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("name", name);
    b.put("checklist", Map.of("name", "CHECKLIST.md", "markdown", CHECKLIST));
    b.put("targets", List.of(target.toString()));
    b.put("schedule", "0 6 * * *");
    return b;
  }

  /** Makes the project as {@code editor}; returns its slug. */
  static String create(TestServer.Client editor, String name, URI target, String... auth) {
    HttpResponse<String> r = editor.json("POST", "/api/v1/projects", body(name, target), auth);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return TestServer.json(r).path("slug").asText();
  }

  /** Triggers an audit and waits for its run to end; returns the run. */
  static JsonNode audit(TestServer.Client editor, String slug, String... auth) {
    HttpResponse<String> r =
        editor.json("POST", "/api/v1/projects/" + slug + "/audits", null, auth);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    String self = TestServer.json(r).path("links").path("self").asText();
    // the run ends by the audit's own deadline (60 s); ask until it has
    for (int i = 0; i < 600; i++) {
      JsonNode run = TestServer.json(editor.get(self, auth));
      String state = run.path("state").asText();
      if (state.equals("done") || state.equals("failed")) {
        return run;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("the audit run " + self + " did not end");
  }
}
