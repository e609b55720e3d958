package dev.golive.checks.repo;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * A repository's history as the {@code repo} checks need it: every file content (blob) reachable
 * from any ref, each once, with the earliest commit that brought it in and the path it had there,
 * and the first commit that added each {@code .env}-like path. Commits are walked parents first;
 * each is compared with its first parent, so a blob is credited to the commit that introduced it.
 */
public final class History {
  /**
   * Where a blob or a path entered the history.
   *
   * @param commit the commit's full id
   * @param time the commit's time, epoch seconds
   */
  public record Intro(ObjectId blob, String path, String commit, long time) {
    /** The commit id as reports show it: its first seven characters. */
    public String shortCommit() {
      return commit.substring(0, 7);
    }
  }

  private final int commits;
  private final boolean complete;
  private final List<Intro> blobs;
  private final Map<String, Intro> envPaths;

  private History(int commits, boolean complete, List<Intro> blobs, Map<String, Intro> envPaths) {
    this.commits = commits;
    this.complete = complete;
    this.blobs = blobs;
    this.envPaths = envPaths;
  }

  /** The target repository's history, walked once for all the checks of this audit. */
  static History of(Probe probe, RepoFolder folder) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + probe.remaining().toNanos();
    return probe.shared("repo.history", () -> read(folder.gitDir(), deadline));
  }

  /**
   * Walks the history of the repository at {@code gitDir}. At {@code deadline} the walk stops and
   * the history says it is not {@link #complete()}.
   */
  public static History read(Path gitDir, long deadline) throws IOException {
    try (Repository repo = open(gitDir);
        ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      List<Ref> refs = new ArrayList<>(repo.getRefDatabase().getRefs());
      Ref head = repo.exactRef(Constants.HEAD);
      if (head != null) {
        refs.add(head);
      }
      boolean any = false;
      for (Ref ref : refs) {
        ObjectId id = ref.getObjectId();
        if (id == null) {
          continue;
        }
        try {
          RevObject o = walk.peel(walk.parseAny(id));
          if (o instanceof RevCommit c) {
            walk.markStart(c);
            any = true;
          }
        } catch (MissingObjectException e) {
          // a ref to an object that is gone (a broken or shallow clone): nothing to walk from it
        }
      }
      List<Intro> blobs = new ArrayList<>();
      Map<String, Intro> env = new LinkedHashMap<>();
      if (!any) {
        return new History(0, true, blobs, env);
      }
      Set<ObjectId> seen = new HashSet<>();
      Predicate<String> envName = EnvFiles::isEnvName;
      int count = 0;
      boolean complete = true;
      try (TreeWalk tw = new TreeWalk(reader)) {
        tw.setRecursive(true);
        tw.setFilter(TreeFilter.ANY_DIFF);
        for (RevCommit c : walk) {
          if ((count & 63) == 0 && System.nanoTime() > deadline) {
            complete = false;
            break;
          }
          count++;
          if (c.getParentCount() == 0) {
            tw.reset();
            tw.addTree(new EmptyTreeIterator());
          } else {
            RevCommit parent = c.getParent(0);
            walk.parseHeaders(parent);
            tw.reset(parent.getTree());
          }
          tw.addTree(c.getTree());
          String commit = null;
          while (tw.next()) {
            int mode = tw.getRawMode(1);
            if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
              continue;
            }
            if (commit == null) {
              commit = c.getName();
            }
            boolean newBlob = !tw.idEqual(0, 1) && seen.add(tw.getObjectId(1));
            boolean envPath = tw.getRawMode(0) == 0 && envName.test(tw.getNameString());
            if (newBlob || envPath) {
              Intro intro =
                  new Intro(tw.getObjectId(1), tw.getPathString(), commit, c.getCommitTime());
              if (newBlob) {
                blobs.add(intro);
              }
              if (envPath) {
                env.putIfAbsent(intro.path(), intro);
              }
            }
          }
        }
      }
      return new History(count, complete, List.copyOf(blobs), env);
    }
  }

  static Repository open(Path gitDir) throws IOException {
    try {
      return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
    } catch (IOException e) {
      throw new ProbeException(
          "cannot open the git repository " + gitDir + ": " + e.getMessage(), e);
    }
  }

  /** How many commits were walked. */
  public int commits() {
    return commits;
  }

  /** Whether every commit was walked before the deadline. */
  public boolean complete() {
    return complete;
  }

  /** Every distinct blob, with where it first appeared, parents before children. */
  public List<Intro> blobs() {
    return blobs;
  }

  /** The first commit that added each {@code .env}-like path, by path. */
  Map<String, Intro> envPaths() {
    return envPaths;
  }
}
