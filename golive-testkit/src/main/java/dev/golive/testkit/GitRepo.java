package dev.golive.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a folder, written by JGit so that no git needs installing: files are
 * written, staged and committed by a fixed author at fixed times (one minute apart from
 * 2024-01-01), so the same steps give the same commit ids on every run.
 *
 * <pre>{@code
 * try (GitRepo repo = GitRepo.init(dir)) {
 *   String added = repo.write(".env", "TOKEN=...").commit("add env");
 *   repo.delete(".env").commit("remove env");
 * }
 * }</pre>
 */
public final class GitRepo implements AutoCloseable {
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private final Git git;
  private final Path root;
  private int commits;

  private GitRepo(Git git, Path root) {
    this.git = git;
    this.root = root;
  }

  /** A new repository with an empty history in {@code dir} (made when missing), on branch main. */
  public static GitRepo init(Path dir) {
    try {
      Files.createDirectories(dir);
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
      return new GitRepo(git, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot make a repository in " + dir, e);
    }
  }

  /** The working tree. */
  public Path path() {
    return root;
  }

  /** Writes {@code text} as UTF-8 to {@code path} (relative, '/'-separated), making folders. */
  public GitRepo write(String path, String text) {
    return write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public GitRepo write(String path, byte[] bytes) {
    Path file = root.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Deletes {@code path} from the working tree; the next {@link #commit} records it. */
  public GitRepo delete(String path) {
    try {
      Files.delete(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Stages {@code path} as it is on disk even when ignore rules exclude it, as {@code git add -f}
   * does.
   */
  public GitRepo forceAdd(String path) {
    try (ObjectInserter inserter = git.getRepository().newObjectInserter()) {
      byte[] bytes = Files.readAllBytes(root.resolve(path));
      ObjectId blob = inserter.insert(Constants.OBJ_BLOB, bytes);
      inserter.flush();
      DirCache index = git.getRepository().lockDirCache();
      DirCacheEditor editor = index.editor();
      editor.add(
          new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry e) {
              e.setFileMode(FileMode.REGULAR_FILE);
              e.setObjectId(blob);
              e.setLength(bytes.length);
            }
          });
      editor.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Stages every change of the working tree that ignore rules allow (new, changed and deleted
   * files, as {@code git add -A}) and commits it; returns the new commit's full id.
   */
  public String commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      Instant when = START.plusSeconds(60L * commits++);
      PersonIdent who = new PersonIdent("Golive Test", "test@golive.test", when, ZoneOffset.UTC);
      RevCommit c =
          git.commit()
              .setMessage(message)
              .setAuthor(who)
              .setCommitter(who)
              .setAllowEmpty(true)
              .setSign(false)
              .call();
      return c.getName();
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot commit in " + root, e);
    }
  }

  /** Makes branch {@code name} at the current commit and switches to it. */
  public GitRepo branch(String name) {
    try {
      git.checkout().setCreateBranch(true).setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot make branch " + name, e);
    }
  }

  /** Switches to branch {@code name}, updating the working tree. */
  public GitRepo checkout(String name) {
    try {
      git.checkout().setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot switch to " + name, e);
    }
  }

  /** Packs the repository's objects, as {@code git gc} does, so reads go through pack files. */
  public GitRepo pack() {
    try {
      git.gc().setAggressive(false).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot pack " + root, e);
    }
  }

  /** The first seven characters of a commit id, as reports show it. */
  public static String shortId(String commit) {
    return commit.substring(0, 7);
  }

  @Override
  public void close() {
    git.close();
  }
}
