package dev.golive.checks.container;

import dev.golive.checks.Addresses;
import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.checks.container.Compose.Build;
import dev.golive.checks.container.Compose.Service;
import dev.golive.checks.container.Yaml.ListNode;
import dev.golive.checks.container.Yaml.MapNode;
import dev.golive.checks.container.Yaml.Node;
import dev.golive.checks.container.Yaml.Scalar;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Databases, caches and queues publish no port on every interface of the host. */
@CheckInfo(
    id = "container.port-exposure",
    needs = TargetKind.COMPOSE,
    title = "Datastores publish no port on public interfaces",
    severity = Priority.HIGH,
    description =
        "Finds the datastores among the services of the compose files by image name (postgres,"
            + " mysql, mariadb, mongo, redis, valkey, elasticsearch, opensearch, memcached,"
            + " rabbitmq, kafka, cassandra, clickhouse, influxdb, neo4j, mssql and more, or the"
            + " FROM of a service built here; admin UIs and exporters are not datastores) and reads"
            + " their ports. Fails when one is published on every interface (a mapping without a"
            + " host address, as 5432:5432 or 5432, or with 0.0.0.0 or ::), on a public address,"
            + " or runs with network_mode: host. Passes when they are published on loopback or"
            + " private addresses only (127.0.0.1:5432:5432) or not at all (expose only opens a"
            + " port to the other containers).")
public record PortExposureCheck(
    @Param(
            description = "More images to treat as datastores (names or last path segments)",
            defaultValue = "",
            example = "ghcr.io/acme/ledger-db")
        List<String> datastores)
    implements Check<PortExposureCheck.Evidence> {

  /**
   * One published port, or a service without any.
   *
   * @param service the service
   * @param image its image, or the base image its Dockerfile builds from; {@code null} if unknown
   * @param mapping the port mapping, variables filled in; {@code null} when it publishes none
   * @param hostIp the host address it binds, empty for every interface
   * @param where the file and line of the mapping
   */
  public record Seen(String service, String image, String mapping, String hostIp, String where) {}

  /**
   * The ports the services of the compose files publish.
   *
   * @param files the compose files read
   * @param ports every published port of every service, and each service without one
   */
  public record Evidence(List<String> files, List<Seen> ports) {
    public Evidence {
      files = List.copyOf(files);
      ports = List.copyOf(ports);
    }
  }

  public PortExposureCheck {
    datastores = List.copyOf(datastores);
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    Compose.Project p = Compose.of(probe);
    List<Seen> seen = new ArrayList<>();
    for (Service s : p.services()) {
      String image = image(p, s);
      int before = seen.size();
      String network = p.value(s.node().text("network_mode"));
      if (network != null && network.strip().equalsIgnoreCase("host")) {
        seen.add(
            new Seen(
                s.name(),
                image,
                "network_mode: host",
                "0.0.0.0",
                s.node().whereOf("network_mode").toString()));
      }
      if (s.node().get("ports") instanceof ListNode ports) {
        for (Node n : ports.items()) {
          if (n instanceof Scalar sc && sc.value() != null) {
            String mapping = p.value(sc.value()).strip();
            seen.add(new Seen(s.name(), image, mapping, hostIp(mapping), sc.where().toString()));
          } else if (n instanceof MapNode m) {
            String ip = p.value(m.text("host_ip"));
            String published = p.value(m.text("published"));
            String target = p.value(m.text("target"));
            String mapping =
                (ip == null ? "" : ip + ":") + (published == null ? "" : published + ":") + target;
            seen.add(
                new Seen(
                    s.name(), image, mapping, ip == null ? "" : ip.strip(), m.where().toString()));
          }
        }
      }
      if (seen.size() == before) {
        seen.add(new Seen(s.name(), image, null, null, s.where().toString()));
      }
    }
    return new Evidence(p.files(), seen);
  }

  private static String image(Compose.Project p, Service s) {
    Build b = s.build();
    if (b != null && b.stage() != null) {
      Dockerfile.Stage root = b.dockerfile().root(b.stage());
      if (root != null) {
        return root.image();
      }
    }
    return p.shown(s.node().text("image"));
  }

  /**
   * The host address of a short port mapping ({@code [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/proto]},
   * IPv6 addresses in brackets or not): empty when none is written.
   */
  static String hostIp(String mapping) {
    String m = mapping;
    int slash = m.indexOf('/');
    if (slash >= 0) {
      m = m.substring(0, slash);
    }
    if (m.startsWith("[")) {
      int close = m.indexOf(']');
      return close < 0 ? "" : m.substring(1, close);
    }
    String[] parts = m.split(":", -1);
    if (parts.length <= 2) {
      return "";
    }
    return String.join(":", List.of(parts).subList(0, parts.length - 2));
  }

  @Override
  public Judgement evaluate(Evidence e) {
    String files = String.join(" + ", e.files());
    Set<String> stores = new LinkedHashSet<>();
    List<String> exposed = new ArrayList<>();
    List<String> bound = new ArrayList<>();
    for (Seen s : e.ports()) {
      if (!Images.isDatastore(s.image(), datastores)) {
        continue;
      }
      stores.add(s.service() + " (" + s.image() + ")");
      if (s.mapping() == null) {
        continue;
      }
      Addresses.Kind kind = Addresses.of(s.hostIp().toLowerCase(Locale.ROOT));
      String at = s.service() + " " + s.mapping() + " (" + s.where() + ")";
      switch (kind) {
        case ALL, PUBLIC -> exposed.add(at);
        case LOOPBACK, PRIVATE -> bound.add(s.service() + " " + s.mapping());
      }
    }
    if (stores.isEmpty()) {
      return Judgement.skipped("no service in " + files + " runs a datastore image");
    }
    if (!exposed.isEmpty()) {
      return Judgement.fail(
          "datastores in "
              + files
              + " publish ports on every interface or a public address: "
              + Listing.of(exposed));
    }
    return Judgement.pass(
        Listing.of(List.copyOf(stores))
            + (bound.isEmpty()
                ? " publish no ports"
                : " publish ports on loopback or private addresses only: " + Listing.of(bound)));
  }
}
