package dev.golive.bench.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.repo.History;
import dev.golive.checks.repo.RepoFolder;
import dev.golive.checks.repo.SecretScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's repository is a real, packed git repository the scanner reads whole. */
class SyntheticRepoTest {
  @Test
  void aSmallOneIsPackedCheckedOutAndScanned(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    var spec = new SyntheticRepo.Spec(7, 60, 40, 3, 2);
    int planted = SyntheticRepo.write(repo, spec);
    try (var packs = Files.list(repo.resolve(".git/objects/pack"))) {
      assertThat(packs.filter(p -> p.toString().endsWith(".pack")).count()).isPositive();
    }
    RepoFolder folder = RepoFolder.read(repo, Long.MAX_VALUE);
    assertThat(folder.isGit()).isTrue();
    assertThat(folder.files()).allMatch(RepoFolder.RepoFile::tracked);
    History history = History.read(folder.gitDir(), Long.MAX_VALUE);
    assertThat(history.commits()).isEqualTo(40 + 2 * 20);
    SecretScan scan = SecretScan.of(folder, List.of(), 2048 * 1024L);
    var tree = scan.workingTree(folder, Long.MAX_VALUE);
    var past =
        scan.history(folder.gitDir(), history, tree.blobs(), new HashMap<>(), Long.MAX_VALUE);
    assertThat(tree.part().read()).isEqualTo(folder.files().size());
    assertThat(planted).isPositive();
    assertThat(tree.part().leaks().size() + past.leaks().size()).isPositive();
  }
}
