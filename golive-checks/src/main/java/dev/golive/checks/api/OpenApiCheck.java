package dev.golive.checks.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.TargetKind;
import dev.golive.checks.http.HttpResult;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The API publishes an OpenAPI (or Swagger) document that parses. */
@CheckInfo(
    id = "api.openapi",
    needs = TargetKind.API,
    title = "An OpenAPI document describes the API",
    severity = Priority.LOW,
    description =
        "Requests path, or else the usual places under the API base (openapi.json,"
            + " openapi.yaml, v3/api-docs, swagger.json, api-docs ...), and reads the first 2xx"
            + " answer that parses as JSON or YAML with a top-level openapi or swagger field."
            + " Passes when it declares OpenAPI 3.x or Swagger 2.0 and has a paths object with at"
            + " least one path. Fails when there is none, when it does not parse, or when paths is"
            + " missing; warns on an empty paths object or an unknown version. A document cut at"
            + " the byte limit is judged on what was read. Gives an error when the document"
            + " needs credentials or cannot be read.")
public record OpenApiCheck(
    @Param(
            description =
                "Where the document is, as a URL reference against the API base; empty to look"
                    + " in the usual places",
            defaultValue = "",
            example = "/v3/api-docs")
        String path)
    implements Check<OpenApiCheck.Found> {

  static final List<String> CANDIDATES =
      List.of(
          "openapi.json",
          "openapi.yaml",
          "openapi.yml",
          "v3/api-docs",
          "swagger.json",
          "swagger.yaml",
          "v2/api-docs",
          "api-docs",
          "api-json",
          "api/openapi.json",
          "api/swagger.json",
          "docs/openapi.json",
          "swagger/v1/swagger.json",
          "openapi");

  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  /**
   * The places tried, in order; the document, if any, is the last.
   *
   * @param attempts one per URL requested
   */
  public record Found(List<Attempt> attempts) {
    public Found {
      attempts = List.copyOf(attempts);
    }
  }

  /**
   * One request and what its body read as.
   *
   * @param url the URL that answered
   * @param status the status code, 0 when no answer came
   * @param mediaType the content type without parameters
   * @param bytes body bytes read
   * @param truncated whether the body went on past the byte limit
   * @param document what the body parsed to, when the answer was 2xx; else {@code null}
   * @param error why no answer came, or {@code null}
   */
  public record Attempt(
      String url,
      int status,
      String mediaType,
      long bytes,
      boolean truncated,
      Document document,
      String error) {
    boolean isSpec() {
      return document != null && document.versionField() != null;
    }
  }

  /**
   * The top of a parsed document.
   *
   * @param format {@code json} or {@code yaml}, or {@code null} when it is neither
   * @param versionField {@code openapi} or {@code swagger}, or {@code null} when absent
   * @param version its value
   * @param title {@code info.title}
   * @param apiVersion {@code info.version}
   * @param hasPaths whether a {@code paths} object was there
   * @param pathCount how many paths it holds (as far as read)
   * @param parseError where and why parsing stopped, or {@code null}
   */
  public record Document(
      String format,
      String versionField,
      String version,
      String title,
      String apiVersion,
      boolean hasPaths,
      int pathCount,
      String parseError) {}

  public OpenApiCheck {
    Api.checkPath(path);
  }

  @Override
  public Found collect(Probe probe) throws IOException, InterruptedException {
    URI base = Api.base(probe);
    List<URI> urls =
        path.isBlank()
            ? CANDIDATES.stream().map(c -> Api.under(base, c)).toList()
            : List.of(Api.named(base, path.strip()));
    List<Attempt> attempts = new ArrayList<>();
    for (URI url : urls) {
      Attempt a;
      try {
        HttpResult r = Api.get(probe, url);
        boolean ok = r.status() >= 200 && r.status() < 300;
        a =
            new Attempt(
                r.url().toString(),
                r.status(),
                r.mediaType(),
                r.bodyBytes(),
                r.truncated(),
                ok ? read(r) : null,
                null);
      } catch (ProbeException e) {
        attempts.add(new Attempt(url.toString(), 0, "", 0, false, null, e.getMessage()));
        break;
      }
      attempts.add(a);
      if (a.isSpec()) {
        break;
      }
    }
    return new Found(attempts);
  }

  /** Reads the top of the document as a stream, so a document cut short still tells its start. */
  static Document read(HttpResult r) {
    String text = r.text().stripLeading();
    if (text.isEmpty()) {
      return new Document(null, null, null, null, null, false, 0, "the body is empty");
    }
    if (text.startsWith("<")) {
      return new Document(null, null, null, null, null, false, 0, "an HTML or XML page");
    }
    boolean json = text.startsWith("{") || text.startsWith("[");
    String format = json ? "json" : "yaml";
    String versionField = null;
    String version = null;
    String title = null;
    String apiVersion = null;
    boolean hasPaths = false;
    int pathCount = 0;
    try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Document(format, null, null, null, null, false, 0, "the top is not an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "openapi", "swagger" -> {
            if (value.isScalarValue() && versionField == null) {
              versionField = field;
              version = p.getText();
            } else {
              p.skipChildren();
            }
          }
          case "info" -> {
            if (value == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v.isScalarValue() && name.equals("title")) {
                  title = p.getText();
                } else if (v.isScalarValue() && name.equals("version")) {
                  apiVersion = p.getText();
                } else {
                  p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
          }
          case "paths" -> {
            if (value == JsonToken.START_OBJECT) {
              hasPaths = true;
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                pathCount++;
                p.nextToken();
                p.skipChildren();
              }
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
      return new Document(
          format, versionField, version, title, apiVersion, hasPaths, pathCount, null);
    } catch (IOException e) {
      String why =
          e instanceof JsonProcessingException j
              ? j.getOriginalMessage()
                  + (j.getLocation() == null ? "" : " at line " + j.getLocation().getLineNr())
              : e.getMessage();
      return new Document(
          format, versionField, version, title, apiVersion, hasPaths, pathCount, firstLine(why));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "it does not parse";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public Judgement evaluate(Found e) {
    Attempt spec = e.attempts().stream().filter(Attempt::isSpec).findFirst().orElse(null);
    if (spec != null) {
      return judge(spec);
    }
    Attempt last = e.attempts().getLast();
    if (last.error() != null) {
      return Judgement.error("cannot read " + last.url() + ": " + last.error());
    }
    for (Attempt a : e.attempts()) {
      if (a.status() == 401 || a.status() == 403) {
        return Judgement.error(
            a.url() + " answers " + a.status() + ": the document asks for credentials");
      }
    }
    if (e.attempts().size() == 1) {
      Attempt only = e.attempts().getFirst();
      Document d = only.document();
      if (d == null) {
        return Judgement.fail(only.url() + " answers " + only.status());
      }
      if (d.parseError() != null) {
        return Judgement.fail(
            only.url() + " does not parse as JSON or YAML: " + d.parseError() + cut(only));
      }
      return Judgement.fail(
          only.url() + " is no OpenAPI document: it has no openapi or swagger field");
    }
    List<String> tried = new ArrayList<>();
    for (Attempt a : e.attempts()) {
      String p = URI.create(a.url()).getRawPath();
      tried.add(p + " " + a.status() + (a.document() != null ? " (not OpenAPI)" : ""));
    }
    return Judgement.fail("no OpenAPI or Swagger document found: " + String.join(", ", tried));
  }

  private static Judgement judge(Attempt a) {
    Document d = a.document();
    String name =
        (d.versionField().equals("openapi") ? "OpenAPI " : "Swagger ")
            + d.version()
            + (d.title() == null ? "" : " '" + d.title() + "'");
    String at = a.url() + " serves " + name;
    if (d.parseError() != null && !a.truncated()) {
      return Judgement.fail(at + " that does not parse: " + d.parseError());
    }
    if (!d.hasPaths()) {
      if (d.parseError() != null) {
        return Judgement.error(at + cut(a) + ", and its paths were not reached");
      }
      return Judgement.fail(at + " without paths");
    }
    boolean known =
        d.versionField().equals("openapi")
            ? d.version().startsWith("3.")
            : d.version().equals("2.0");
    String paths = d.pathCount() + " path" + (d.pathCount() == 1 ? "" : "s");
    if (d.parseError() != null) {
      paths = "at least " + paths + cut(a);
    }
    if (!known) {
      return Judgement.warn(at + " with " + paths + ", but that is not a version golive knows");
    }
    if (d.pathCount() == 0) {
      return Judgement.warn(at + " with an empty paths object: it documents no operation");
    }
    return Judgement.pass(at + " with " + paths);
  }

  private static String cut(Attempt a) {
    return a.truncated() ? " (cut at the byte limit after " + a.bytes() + " bytes)" : "";
  }
}
