package dev.golive.checks.exposure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What the exposure checks recognise, by family. */
final class Detectors {
  private Detectors() {}

  static final List<Detector> DOTENV = List.of(new Dotenv());

  static final List<Detector> GIT =
      List.of(
          Signature.plain(
              "git-head",
              "a Git HEAD file",
              "\\A\\s{0,10}(?:ref:\\s{0,10}refs/\\S{1,200}|[0-9a-f]{40}(?:[0-9a-f]{24})?)\\s{0,10}\\z"),
          Signature.plain(
              "git-config", "a Git config file", "(?m)^[ \\t]{0,10}\\[core\\][ \\t]*$"));

  /** Framework debug pages: they give the application away whatever the status. */
  static final List<Detector> DEBUG_PAGES =
      List.of(
          Signature.of(
              "django-debug",
              "Django's debug page",
              "you have (?:<code>)?DEBUG = True(?:</code>)? in your Django settings"
                  + "|Using the URLconf defined in <code>"),
          Signature.of(
              "werkzeug-debugger",
              "the Werkzeug (Flask) debugger",
              "// Werkzeug Debugger</title>"
                  + "|The debugger caught an exception in your WSGI application"),
          Signature.of(
              "laravel-ignition",
              "Laravel Ignition",
              "window\\.ignite\\(window\\.data\\)|\"can_execute_commands\"\\s{0,5}:"),
          Signature.of("whoops", "the Whoops error page", "class=\"Whoops container\""),
          Signature.of(
              "symfony-toolbar", "the Symfony debug toolbar", "id=\"sfwdt[0-9a-fA-F]{0,40}\""),
          Signature.of(
              "symfony-profiler", "the Symfony profiler", "<title>Symfony Profiler</title>"),
          Signature.of(
              "rails-exception", "Rails' exception page", "Action Controller: Exception caught"),
          Confirmed.of(
              "aspnet-error",
              "ASP.NET's detailed error page",
              "Server Error in '[^'<]{0,200}' Application\\.",
              "Exception Details:|Stack Trace:",
              20_000),
          Signature.of(
              "php-error",
              "a PHP error message with file paths",
              "<b>(?:Warning|Notice|Deprecated|Fatal error|Parse error|Catchable fatal error)</b>:"
                  + "(?:[^<]{0,500}+<(?!b>)[^<>]{0,200}+>){0,6}+[^<]{0,500}+(?<= in )"
                  + "<b>[^<]{1,500}+</b> on line <b>\\d{1,7}+</b>"
                  + "|(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error): {1,3}+"
                  + "[^\\n<]{1,500}? in (?:/|[A-Za-z]:\\\\)[^\\s<]{1,300}+ on line \\d{1,7}"),
          Signature.of("tracy", "Tracy's debugger screen", "id=\"tracy-bs\""),
          Signature.of(
              "elmah",
              "the ELMAH error log",
              "(?i)powered by\\s{0,10}(?:<[^<>]{0,200}>\\s{0,10}){0,3}ELMAH"),
          Signature.of("aspnet-trace", "ASP.NET's trace viewer", "Requests to this Application"));

  /**
   * Stack traces: conclusive in an error answer; in a successful page they may be quoted text, such
   * as a tutorial's.
   */
  static final List<Detector> TRACES =
      List.of(
          Confirmed.of(
              "python-traceback",
              "a Python traceback",
              "Traceback \\(most recent call last\\):",
              "File (?:\"|&quot;|&#34;)",
              500),
          Signature.of(
              "java-stack",
              "a Java stack trace",
              "(?:\\b|\\\\t)at (?:[\\w$]{1,100}+\\.){1,30}+[\\w$<>]{1,100}+"
                  + "\\((?:[\\w$]{1,100}+\\.java:\\d{1,6}+|Native Method|Unknown Source)\\)"),
          Signature.of(
              "dotnet-stack",
              "a .NET stack trace",
              "\\bat [\\w.`<>\\[\\],]{1,300}+\\([^()\\n]{0,300}+\\) in "
                  + "(?:[A-Za-z]:\\\\|/)[^\\n<:]{1,300}+:line \\d{1,7}"),
          Signature.of(
              "node-stack",
              "a Node.js stack trace",
              "\\bat (?:[^()\\n]{0,200}+\\()?(?:/|[A-Za-z]:\\\\|file:///|node:)"
                  + "[^()<>\\n:]{1,300}+:\\d{1,7}+:\\d{1,7}"),
          Signature.of(
              "ruby-backtrace",
              "a Ruby backtrace",
              "(?<![\\w/.-])[\\w/.-]{1,300}\\.rb:\\d{1,7}:in [`'‘]"),
          Signature.of(
              "php-stack",
              "a PHP stack trace",
              "#\\d{1,3} (?:/|[A-Za-z]:\\\\)[^\\s()<]{1,300}\\.php\\(\\d{1,7}\\): "),
          Signature.of("go-panic", "a Go panic", "goroutine \\d{1,7} \\[running\\]:"));

  static final List<Detector> DEBUG = Stream.concat(DEBUG_PAGES.stream(), TRACES.stream()).toList();

  static final List<Detector> ADMIN =
      List.of(
          Signature.of("apache-status", "Apache's server status", "Apache Server Status for "),
          Signature.plain(
              "server-status",
              "a server status report",
              "\\AActive connections: ?\\d{1,10}\\s{1,5}server accepts handled requests"
                  + "|(?m)^Total Accesses: \\d{1,20}$"),
          Signature.of("apache-info", "Apache's server information", "Apache Server Information"),
          Signature.of(
              "spring-env",
              "Spring Boot's environment",
              "\"propertySources\"\\s{0,5}:|\"activeProfiles\"\\s{0,5}:"),
          new Prefix("heap-dump", "a Java heap dump", List.of("JAVA PROFILE 1.0", "\u001f\u008b")),
          Signature.of(
              "phpinfo",
              "phpinfo()",
              "<title>phpinfo\\(\\)</title>|<h1 class=\"p\">PHP Version [^<]{1,40}</h1>"),
          Signature.of(
              "pprof",
              "Go's pprof profiler",
              "Types of profiles available:|<title>/debug/pprof/</title>"),
          Signature.of(
              "console",
              "an interactive console",
              "Console // Werkzeug Debugger|<title>H2 Console</title>|The console is locked"),
          Signature.of(
              "directory-listing",
              "a directory listing",
              "<title>Index of /[^<]{0,200}|<h1>Index of /[^<]{0,200}"
                  + "|Directory listing for /[^<]{0,200}|\\[To Parent Directory\\]"));

  /** What {@code id} recognises, for messages; the id itself when unknown. */
  static String label(String id) {
    return Stream.of(DOTENV, GIT, DEBUG, ADMIN)
        .flatMap(List::stream)
        .filter(d -> d.id().equals(id))
        .map(Detector::label)
        .findFirst()
        .orElse(id);
  }

  /** Recognises a binary file by how it starts; the snippet says which start. */
  private record Prefix(String id, String label, List<String> starts) implements Detector {
    @Override
    public Optional<Match> detect(Body body) {
      byte[] b = body.bytes();
      for (String s : starts) {
        byte[] p = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length >= p.length && Arrays.equals(b, 0, p.length, p, 0, p.length)) {
          String shown = s.chars().allMatch(c -> c >= ' ' && c < 127) ? s : "gzip data";
          return Optional.of(new Match(id, "starts with " + shown + " (" + b.length + " bytes)"));
        }
      }
      return Optional.empty();
    }
  }
}
