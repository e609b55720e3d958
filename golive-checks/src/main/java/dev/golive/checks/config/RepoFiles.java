package dev.golive.checks.config;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Finding and reading a repository's own files, not its dependencies' or its build output. */
final class RepoFiles {
  private static final Set<String> SKIPPED =
      Set.of(
          "node_modules",
          "venv",
          "env",
          "site-packages",
          "__pycache__",
          "vendor",
          "target",
          "build",
          "dist",
          "out",
          "bower_components");

  /** Files larger than this are not read. */
  static final long MAX_BYTES = 2L << 20;

  private static final int MAX_VISITED = 50_000;

  private RepoFiles() {}

  /**
   * Files under {@code repo} at most {@code depth} folders down whose repository-relative path
   * ({@code /}-separated) {@code wanted} accepts, shallowest first, then by path.
   */
  static List<Path> find(Path repo, int depth, Predicate<String> wanted) throws IOException {
    List<Path> found = new ArrayList<>();
    int[] visited = {0};
    Files.walkFileTree(
        repo,
        Set.of(),
        depth + 1,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (!dir.equals(repo) && (name.startsWith(".") || SKIPPED.contains(name))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return ++visited[0] > MAX_VISITED
                ? FileVisitResult.TERMINATE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && wanted.test(relative(repo, file))) {
              found.add(file);
            }
            return ++visited[0] > MAX_VISITED
                ? FileVisitResult.TERMINATE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(
        Comparator.comparingInt((Path p) -> p.getNameCount())
            .thenComparing(p -> relative(repo, p)));
    return found;
  }

  /** {@code file} relative to {@code repo}, with {@code /} between folders. */
  static String relative(Path repo, Path file) {
    return repo.relativize(file).toString().replace('\\', '/');
  }

  /** A text file's content, or {@code null} when it is missing, too large or unreadable. */
  static String text(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      return Dotenv.decode(bytes);
    } catch (IOException unreadable) {
      return null;
    }
  }
}
