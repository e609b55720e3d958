package dev.golive.server;

import dev.golive.server.auth.ApiTokens;
import dev.golive.server.auth.Passwords;
import dev.golive.server.auth.Sessions;
import dev.golive.server.auth.Users;
import dev.golive.server.project.AuditRunner;
import dev.golive.server.project.Projects;
import dev.golive.store.ServerAccess;
import dev.golive.store.Store;
import java.time.Clock;

/** What the routes work with, made once per server. */
public record Services(
    ServerConfig config,
    Store store,
    ServerAccess access,
    Projects projects,
    AuditRunner runner,
    Users users,
    Sessions sessions,
    ApiTokens tokens,
    Passwords passwords,
    Security security,
    Clock clock) {

  /** The name of the project {@code slug} names, or a 404. */
  public String project(String slug) {
    return access
        .projectName(slug)
        .orElseThrow(() -> HttpProblem.notFound("there is no project '" + slug + "'"));
  }
}
