package dev.golive.bench.secrets;

import dev.golive.checks.repo.History;
import dev.golive.checks.repo.RepoFolder;
import dev.golive.checks.repo.SecretScan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * How fast {@code repo.secrets} scans, in MB of file contents per second, beside a baseline that
 * reads the same bytes the same way without looking at them: the working tree (list the folder,
 * read each file git carries; the scanner also hashes each as a blob and scans it) and the history
 * (walk every commit of every ref, read each distinct blob the working tree does not hold; the
 * scanner also scans it). bench/secrets/run.sh runs it; see bench/README.md, "Secret scanning
 * speed".
 *
 * <p>Usage: {@code SecretsSpeed --repo DIR [--files N] [--commits N] [--changes N] [--branches N]
 * [--rounds N] [--warmup N]}. The repository is generated into DIR unless DIR holds one generated
 * with the same settings.
 */
public final class SecretsSpeed {
  private SecretsSpeed() {}

  public static void main(String[] args) throws Exception {
    Path dir = null;
    int files = 2000;
    int commits = 1500;
    int changes = 4;
    int branches = 3;
    int rounds = 7;
    int warmup = 2;
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--repo" -> dir = Path.of(v);
        case "--files" -> files = Integer.parseInt(v);
        case "--commits" -> commits = Integer.parseInt(v);
        case "--changes" -> changes = Integer.parseInt(v);
        case "--branches" -> branches = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      throw new IllegalArgumentException("--repo DIR is required");
    }
    SyntheticRepo.Spec spec = new SyntheticRepo.Spec(20240101L, files, commits, changes, branches);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path marker = dir.resolve(".git").resolve("golive-bench");
    if (!Files.exists(marker) || !Files.readString(marker).equals(spec.key())) {
      deleteTree(dir);
      System.err.println("SecretsSpeed: generating the repository in " + dir + " ...");
      long t = System.nanoTime();
      int planted = SyntheticRepo.write(dir, spec);
      Files.writeString(marker, spec.key());
      System.err.printf(
          Locale.ROOT,
          "SecretsSpeed: %d secret lines planted; generated and packed in %.1f s%n",
          planted,
          (System.nanoTime() - t) / 1e9);
    }
    run(dir, spec, rounds, warmup, out);
  }

  /** One timed task: returns the bytes it read. */
  @FunctionalInterface
  interface Task {
    long run() throws IOException;
  }

  private static void run(
      Path dir, SyntheticRepo.Spec spec, int rounds, int warmup, PrintStream out)
      throws IOException {
    RepoFolder folder = RepoFolder.read(dir, Long.MAX_VALUE);
    Path gitDir = folder.gitDir();
    long packBytes = 0;
    try (var packs = Files.list(gitDir.resolve("objects").resolve("pack"))) {
      for (Path p : packs.toList()) {
        packBytes += Files.size(p);
      }
    }
    SecretScan scan = SecretScan.of(folder, List.of(), 2048 * 1024L);
    // the index's blobs: what the history scan skips as held by the working tree
    Set<ObjectId> current = new HashSet<>();
    try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build()) {
      var index = repo.readDirCache();
      for (int i = 0; i < index.getEntryCount(); i++) {
        current.add(index.getEntry(i).getObjectId());
      }
    }
    int[] found = new int[2];
    int[] commits = new int[1];
    Task treeBase =
        () -> {
          RepoFolder fresh = RepoFolder.read(dir, Long.MAX_VALUE);
          long bytes = 0;
          for (RepoFolder.RepoFile f : fresh.files()) {
            if (f.committable() && f.size() >= 0) {
              bytes += Files.readAllBytes(dir.resolve(f.path())).length;
            }
          }
          return bytes;
        };
    Task treeScan =
        () -> {
          RepoFolder fresh = RepoFolder.read(dir, Long.MAX_VALUE);
          SecretScan.WorkingTree t = scan.workingTree(fresh, Long.MAX_VALUE);
          found[0] = t.part().leaks().size();
          return t.part().bytes();
        };
    Task historyBase =
        () -> {
          History h = History.read(gitDir, Long.MAX_VALUE);
          commits[0] = h.commits();
          long bytes = 0;
          try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build();
              ObjectReader reader = repo.newObjectReader()) {
            for (History.Intro in : h.blobs()) {
              if (!current.contains(in.blob())) {
                bytes +=
                    reader
                        .open(in.blob(), Constants.OBJ_BLOB)
                        .getCachedBytes(Integer.MAX_VALUE)
                        .length;
              }
            }
          }
          return bytes;
        };
    Task historyScan =
        () -> {
          History h = History.read(gitDir, Long.MAX_VALUE);
          SecretScan.Part p = scan.history(gitDir, h, current, new HashMap<>(), Long.MAX_VALUE);
          found[1] = p.leaks().size();
          return p.bytes();
        };
    Task walk = () -> History.read(gitDir, Long.MAX_VALUE).blobs().size();
    List<String> names =
        List.of("tree-baseline", "tree-scan", "history-baseline", "history-scan", "history-walk");
    List<Task> tasks = List.of(treeBase, treeScan, historyBase, historyScan, walk);
    long[] bytes = new long[tasks.size()];
    List<List<Double>> times = new ArrayList<>();
    for (int t = 0; t < tasks.size(); t++) {
      times.add(new ArrayList<>());
    }
    for (int round = -warmup; round < rounds; round++) {
      for (int k = 0; k < tasks.size(); k++) {
        // each round starts one task further on, so no task always follows the same one
        int t = Math.floorMod(k + round, tasks.size());
        System.gc();
        long start = System.nanoTime();
        bytes[t] = tasks.get(t).run();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (round >= 0) {
          times.get(t).add(seconds);
        }
      }
      System.err.printf(
          Locale.ROOT,
          round < 0 ? "SecretsSpeed: untimed round %d of %d%n" : "SecretsSpeed: round %d of %d%n",
          round < 0 ? round + warmup + 1 : round + 1,
          round < 0 ? warmup : rounds);
    }
    out.printf(
        Locale.ROOT,
        "repository: %s%n  %d files in the working tree, %d commits on %d refs, %.1f MB of packs (seed %s)%n"
            + "  findings: %d in the working tree, %d in the history%n%n",
        dir,
        folder.files().size(),
        commits[0],
        spec.branches() + 1,
        packBytes / 1e6,
        spec.key(),
        found[0],
        found[1]);
    out.println(
        "| part | MB read | baseline s | scan s | baseline MB/s | scan MB/s | scan / baseline,"
            + " medians | paired |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    row(out, "working tree", bytes[0], times.get(0), times.get(1));
    row(out, "history", bytes[2], times.get(2), times.get(3));
    out.printf(
        Locale.ROOT,
        "%nhistory walk alone (every commit diffed with its parent, no blob read): %.2f s median%n",
        median(times.get(4)));
    out.printf(
        Locale.ROOT,
        "medians of %d rounds after %d untimed; every time in %s:%n",
        rounds,
        warmup,
        names);
    for (int t = 0; t < tasks.size(); t++) {
      out.printf(Locale.ROOT, "  %-17s %s%n", names.get(t), format(times.get(t)));
    }
    if (bytes[0] != bytes[1] || bytes[2] != bytes[3]) {
      out.printf(
          Locale.ROOT,
          "note: the scan read %d and %d bytes, the baseline %d and %d%n",
          bytes[1],
          bytes[3],
          bytes[0],
          bytes[2]);
    }
  }

  /** One part: medians, MB/s, and the scan's time over the baseline's, also paired per round. */
  private static void row(
      PrintStream out, String part, long bytes, List<Double> baseTimes, List<Double> scanTimes) {
    double base = median(baseTimes);
    double scan = median(scanTimes);
    List<Double> paired = new ArrayList<>();
    for (int i = 0; i < baseTimes.size(); i++) {
      paired.add(scanTimes.get(i) / baseTimes.get(i));
    }
    out.printf(
        Locale.ROOT,
        "| %s | %.1f | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f |%n",
        part,
        bytes / 1e6,
        base,
        scan,
        bytes / 1e6 / base,
        bytes / 1e6 / scan,
        scan / base,
        median(paired));
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(Double::compare);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String format(List<Double> xs) {
    StringBuilder s = new StringBuilder();
    for (double x : xs) {
      s.append(String.format(Locale.ROOT, "%.2f ", x));
    }
    return s.toString().strip();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
