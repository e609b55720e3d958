/** {@code golive serve}: the team server's REST API, dashboard, users, sessions and tokens. */
package dev.golive.server;
