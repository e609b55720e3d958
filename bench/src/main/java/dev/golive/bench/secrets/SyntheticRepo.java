package dev.golive.bench.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * A git repository of a web project written from a fixed seed: a few thousand source files
 * (JavaScript, TypeScript, Python, Go, Markdown, YAML, JSON lockfiles with integrity hashes, CSS,
 * some minified into long lines), then many commits that each change a few files a little, add or
 * delete one now and then, and a few branches that are never merged. The lines look like a real
 * project's, with the words secret scanners look for (token, secret, password, api_key) in code
 * that reads them from the environment, hashes, UUIDs and placeholders, and a handful of planted
 * secrets. Objects are written with JGit directly (no working tree walks), then packed as {@code
 * git gc} does; the last commit is checked out.
 */
final class SyntheticRepo {
  /** What to make. */
  record Spec(long seed, int files, int commits, int changesPerCommit, int branches) {
    String key() {
      return "v2-" + seed + "-" + files + "-" + commits + "-" + changesPerCommit + "-" + branches;
    }
  }

  private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
  private static final String[] DIRS = {
    "src", "src/api", "src/components", "src/lib", "src/pages", "server", "server/routes",
    "server/models", "app", "app/views", "app/services", "cmd/worker", "internal/store", "docs",
    "deploy", "config", "scripts", "web/styles", "packages/ui/src", "packages/core/src"
  };
  private static final String[] EXTENSIONS = {
    "js", "ts", "tsx", "py", "go", "md", "yml", "css", "js", "ts", "py", "json"
  };
  private static final String[] WORDS = {
    "user",
    "order",
    "cart",
    "price",
    "session",
    "config",
    "cache",
    "item",
    "payment",
    "invoice",
    "account",
    "email",
    "address",
    "product",
    "stock",
    "query",
    "result",
    "value",
    "handler",
    "request",
    "response",
    "client",
    "server",
    "limit",
    "auth",
    "key",
    "page",
    "list"
  };

  private final Spec spec;
  private final Random random;
  private final TreeMap<String, byte[]> files = new TreeMap<>();

  /** Blob ids of contents already written, by identity: unchanged files are not hashed again. */
  private final IdentityHashMap<byte[], ObjectId> written = new IdentityHashMap<>();

  private int time;
  private int planted;

  private SyntheticRepo(Spec spec) {
    this.spec = spec;
    this.random = new Random(spec.seed());
  }

  /** Makes the repository in {@code dir} (which must not exist); returns secrets planted. */
  static int write(Path dir, Spec spec) throws IOException {
    return new SyntheticRepo(spec).make(dir);
  }

  private int make(Path dir) throws IOException {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Repository repo = git.getRepository();
      try (ObjectInserter ins = repo.newObjectInserter()) {
        for (int i = 0; i < spec.files(); i++) {
          files.put(newPath(), content(extension(i)));
        }
        ObjectId head = commit(ins, null, "start");
        List<ObjectId> mainline = new ArrayList<>();
        for (int c = 1; c < spec.commits(); c++) {
          change();
          head = commit(ins, head, "change " + c);
          mainline.add(head);
        }
        TreeMap<String, byte[]> last = new TreeMap<>(files);
        for (int b = 0; b < spec.branches(); b++) {
          ObjectId from = mainline.get(random.nextInt(mainline.size()));
          // a side branch starts from the files as they are now, which is near enough
          ObjectId tip = from;
          for (int c = 0; c < 20; c++) {
            change();
            tip = commit(ins, tip, "feature " + b + " step " + c);
          }
          ref(repo, "refs/heads/feature-" + b, tip);
          files.clear();
          files.putAll(last);
        }
        ins.flush();
        ref(repo, "refs/heads/main", head);
        checkout(repo, dir);
      }
      git.gc().call();
    } catch (GitAPIException e) {
      throw new IOException("cannot make the repository in " + dir, e);
    }
    return planted;
  }

  private static void ref(Repository repo, String name, ObjectId id) throws IOException {
    RefUpdate u = repo.updateRef(name);
    u.setNewObjectId(id);
    u.setForceUpdate(true);
    u.update();
  }

  private void checkout(Repository repo, Path dir) throws IOException {
    DirCache index = repo.lockDirCache();
    DirCacheBuilder b = index.builder();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path f = dir.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
      DirCacheEntry entry = new DirCacheEntry(e.getKey());
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(written.get(e.getValue()));
      entry.setLength(e.getValue().length);
      entry.setLastModified(Files.getLastModifiedTime(f).toInstant());
      b.add(entry);
    }
    b.finish();
    index.write();
    index.commit();
  }

  private ObjectId commit(ObjectInserter ins, ObjectId parent, String message) throws IOException {
    DirCache dc = DirCache.newInCore();
    DirCacheBuilder b = dc.builder();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      DirCacheEntry entry = new DirCacheEntry(e.getKey());
      entry.setFileMode(FileMode.REGULAR_FILE);
      ObjectId id = written.get(e.getValue());
      if (id == null) {
        id = ins.insert(Constants.OBJ_BLOB, e.getValue());
        written.put(e.getValue(), id);
      }
      entry.setObjectId(id);
      b.add(entry);
    }
    b.finish();
    CommitBuilder c = new CommitBuilder();
    c.setTreeId(dc.writeTree(ins));
    if (parent != null) {
      c.setParentId(parent);
    }
    PersonIdent who =
        new PersonIdent("Dev", "dev@shop.test", START.plusSeconds(3600L * time++), ZoneOffset.UTC);
    c.setAuthor(who);
    c.setCommitter(who);
    c.setMessage(message);
    return ins.insert(c);
  }

  /** A commit's worth of work: a few files edited, now and then one added or deleted. */
  private void change() {
    List<String> paths = new ArrayList<>(files.keySet());
    for (int i = 0; i < spec.changesPerCommit(); i++) {
      String p = paths.get(random.nextInt(paths.size()));
      files.put(p, edit(files.get(p), ext(p)));
    }
    if (random.nextInt(10) == 0) {
      String p = newPath();
      files.put(p, content(ext(p)));
    }
    if (random.nextInt(25) == 0 && files.size() > 10) {
      files.remove(paths.get(random.nextInt(paths.size())));
    }
  }

  private String newPath() {
    while (true) {
      String ext = EXTENSIONS[random.nextInt(EXTENSIONS.length)];
      String p =
          DIRS[random.nextInt(DIRS.length)]
              + "/"
              + word()
              + "_"
              + word()
              + random.nextInt(100)
              + "."
              + ext;
      if (!files.containsKey(p)) {
        return p;
      }
    }
  }

  private String extension(int i) {
    return EXTENSIONS[i % EXTENSIONS.length];
  }

  private static String ext(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** About a tenth of the lines replaced, some lines added. */
  private byte[] edit(byte[] old, String ext) {
    String[] lines = new String(old, StandardCharsets.UTF_8).split("\n", -1);
    StringBuilder s = new StringBuilder(old.length + 512);
    for (String l : lines) {
      if (random.nextInt(10) == 0) {
        s.append(line(ext)).append('\n');
      } else {
        s.append(l).append('\n');
      }
      if (random.nextInt(40) == 0) {
        s.append(line(ext)).append('\n');
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] content(String ext) {
    int lines = 20 + random.nextInt(random.nextInt(10) == 0 ? 1500 : 220);
    StringBuilder s = new StringBuilder();
    if (ext.equals("json")) {
      return lockfile(lines).getBytes(StandardCharsets.UTF_8);
    }
    if (ext.equals("css") && random.nextInt(4) == 0) {
      // minified: one long line
      for (int i = 0; i < lines * 3; i++) {
        s.append('.')
            .append(word())
            .append('-')
            .append(word())
            .append("{margin:")
            .append(random.nextInt(40))
            .append("px;padding-bottom:0}");
      }
      return s.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
    for (int i = 0; i < lines; i++) {
      s.append(line(ext)).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String lockfile(int entries) {
    StringBuilder s =
        new StringBuilder(
            "{\n  \"name\": \"shop\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n");
    for (int i = 0; i < entries; i++) {
      String n = word() + "-" + word();
      s.append("    \"node_modules/")
          .append(n)
          .append("\": {\n      \"version\": \"")
          .append(random.nextInt(9))
          .append('.')
          .append(random.nextInt(20))
          .append(".0\",\n      \"resolved\": \"https://registry.npmjs.org/")
          .append(n)
          .append("/-/")
          .append(n)
          .append("-1.0.0.tgz\",\n      \"integrity\": \"sha512-")
          .append(chars(BASE64, 86))
          .append("==\"\n    },\n");
    }
    return s.append("  }\n}\n").toString();
  }

  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String BASE64 = ALNUM + "+/";

  private String line(String ext) {
    int r = random.nextInt(1000);
    if (r == 0) {
      planted++;
      // a planted secret, once in a thousand lines
      return switch (random.nextInt(4)) {
        case 0 ->
            "const awsKey = \"AK" + "IA" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16) + "\";";
        case 1 -> "GITHUB_TOKEN = 'gh" + "p_" + chars(ALNUM, 36) + "'";
        case 2 -> "stripe_key: sk" + "_live_" + chars(ALNUM, 24);
        default -> "SECRET_KEY = \"" + chars(ALNUM, 40) + "\"";
      };
    }
    String a = word();
    String b = word();
    String upper = (a + "_" + b).toUpperCase(java.util.Locale.ROOT);
    // one line in about thirty names a secret-ish thing (token, password), as in real web code
    int kind = random.nextInt(30);
    return switch (ext) {
      case "py" ->
          switch (kind) {
            case 0 -> a + "_" + b + " = os.environ.get(\"" + upper + "\")";
            case 1 -> "def " + a + "_" + b + "(" + a + ", " + b + "=None):";
            case 2 -> "    return " + a + "." + b + "(" + random.nextInt(1000) + ")";
            case 3 -> "    # " + sentence();
            case 4 -> "    " + a + "_id = \"" + uuid() + "\"";
            case 5 -> "    " + b + "_password = settings." + upper;
            default -> "    " + a + " = " + b + "." + word() + "(\"" + sentence() + "\")";
          };
      case "go" ->
          switch (kind) {
            case 0 -> "\t" + a + " := os.Getenv(\"" + upper + "\")";
            case 1 -> "func " + cap(a) + cap(b) + "(ctx context.Context, " + a + " string) error {";
            case 2 ->
                "\tif err != nil {\n\t\treturn fmt.Errorf(\"" + sentence() + ": %w\", err)\n\t}";
            case 3 -> "// " + sentence();
            default -> "\t" + a + "." + cap(b) + " = " + random.nextInt(100000);
          };
      case "md" ->
          kind == 0
              ? "## " + cap(a) + " " + b
              : kind == 1 ? "- `" + upper + "`: " + sentence() : sentence() + " " + sentence();
      case "yml" ->
          switch (kind) {
            case 0 -> "  " + a + "_" + b + ": ${" + upper + "}";
            case 1 -> "    image: " + a + "/" + b + ":1." + random.nextInt(30);
            case 2 -> "  " + a + "_token: ${{ secrets." + upper + " }}";
            default -> "  " + a + ": " + b + "-" + random.nextInt(100);
          };
      case "css" ->
          "."
              + a
              + "-"
              + b
              + " { margin: "
              + random.nextInt(40)
              + "px; color: #"
              + chars("0123456789abcdef", 6)
              + "; }";
      default ->
          switch (kind) {
            case 0 -> "const " + a + cap(b) + " = process.env." + upper + ";";
            case 1 -> "export function " + a + cap(b) + "(" + a + ", " + b + ") {";
            case 2 ->
                "  return fetch(`/api/"
                    + a
                    + "/${"
                    + b
                    + ".id}`, { headers: { Authorization: `Bearer ${token}` } });";
            case 3 -> "// " + sentence();
            case 4 -> "  const " + a + "Hash = \"" + chars("0123456789abcdef", 64) + "\";";
            case 5 -> "  if (!" + a + "." + b + ") throw new Error('" + sentence() + "');";
            case 6 -> "  const password = req.body." + a + "Password;";
            default ->
                "  "
                    + a
                    + "."
                    + b
                    + " = "
                    + a
                    + "."
                    + word()
                    + "("
                    + b
                    + ", "
                    + random.nextInt(100)
                    + ");";
          };
    };
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String sentence() {
    StringBuilder s = new StringBuilder(word());
    int n = 3 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      s.append(' ').append(word());
    }
    return s.toString();
  }

  private String uuid() {
    String h = chars("0123456789abcdef", 32);
    return h.substring(0, 8)
        + "-"
        + h.substring(8, 12)
        + "-"
        + h.substring(12, 16)
        + "-"
        + h.substring(16, 20)
        + "-"
        + h.substring(20);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String chars(String alphabet, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
