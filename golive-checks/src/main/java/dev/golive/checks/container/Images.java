package dev.golive.checks.container;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Image references ({@code [registry/]name[:tag][@digest]}) and what kind of software they are. */
final class Images {
  /**
   * Path segments of images that are datastores: databases, caches, queues, search engines. Admin
   * UIs and exporters ({@code mongo-express}, {@code redis-commander}, {@code postgres-exporter})
   * do not match.
   */
  private static final Pattern DATASTORE =
      Pattern.compile(
          "postgres(ql)?|postgis|timescaledb(-ha)?|mysql(-server)?|mariadb|percona(-server)?"
              + "|mongo(db)?(-community-server|-enterprise-server)?|redis(-stack(-server)?)?"
              + "|valkey|keydb|dragonfly|elasticsearch|opensearch|memcached|rabbitmq"
              + "|cassandra|scylla|couchdb|couchbase(-server)?|neo4j|influxdb"
              + "|clickhouse(-server)?|mssql|cp-kafka|kafka|zookeeper|etcd|nats|minio"
              + "|cockroach|surrealdb|arangodb|questdb|meilisearch|typesense|qdrant|weaviate");

  private Images() {}

  /**
   * A parsed reference.
   *
   * @param name the repository with its registry, lower case: {@code docker.io/library/...} is kept
   *     as written
   * @param tag the tag, or {@code null} when none is written
   * @param digest the {@code sha256:...} digest, or {@code null}
   */
  record Ref(String name, String tag, String digest) {
    /** The last path segment of the name: {@code postgres} for {@code bitnami/postgres}. */
    String base() {
      int slash = name.lastIndexOf('/');
      return slash < 0 ? name : name.substring(slash + 1);
    }
  }

  static Ref parse(String image) {
    String s = image.strip();
    String digest = null;
    int at = s.indexOf('@');
    if (at >= 0) {
      digest = s.substring(at + 1);
      s = s.substring(0, at);
    }
    String tag = null;
    int colon = s.lastIndexOf(':');
    if (colon > s.lastIndexOf('/')) {
      tag = s.substring(colon + 1);
      s = s.substring(0, colon);
    }
    return new Ref(s.toLowerCase(Locale.ROOT), tag, digest);
  }

  /** Whether {@code image} is a datastore, or one of {@code extra} (names or last segments). */
  static boolean isDatastore(String image, List<String> extra) {
    if (image == null || image.isBlank()) {
      return false;
    }
    Ref r = parse(image);
    for (String e : extra) {
      String x = e.toLowerCase(Locale.ROOT);
      if (r.name().equals(x) || r.base().equals(x)) {
        return true;
      }
    }
    for (String segment : r.name().split("/", -1)) {
      if (DATASTORE.matcher(segment).matches()) {
        return true;
      }
    }
    return false;
  }
}
