package dev.golive.core.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * The shell commands an item names, the two ways checklists carry them: code spans in the item's
 * text ({@code - [x] Health: `curl https://shop.example/health`}) and the lines of a shell code
 * block nested under the item, before its sub-items. Reading is conservative: a code span is a
 * command only when it runs a program people run from a checklist with an argument ({@code `docker
 * compose ps`}, {@code `npm run build`}) or a script by its path ({@code `./scripts/check.sh`});
 * {@code `DEBUG=False`}, {@code `.env`}, {@code `collectstatic`} or {@code `POST /api/orders`} are
 * not. A block counts when its language is a shell's, or when it names none and the line reads as a
 * command by the same rule; comments, blank lines, prompts' output and {@code #} remarks are left
 * out, and lines continued with a backslash are joined.
 */
final class Commands {
  private static final Set<String> SHELLS =
      Set.of(
          "bash",
          "sh",
          "shell",
          "zsh",
          "ksh",
          "console",
          "shell-session",
          "shellsession",
          "terminal");

  /** Programs whose name in a code span, followed by an argument, makes it a command. */
  private static final Set<String> PROGRAMS =
      Set.of(
          // web and network
          "curl",
          "wget",
          "http",
          "https",
          "dig",
          "nslookup",
          "whois",
          "ping",
          "traceroute",
          "nc",
          "telnet",
          "openssl",
          "nmap",
          "ssh",
          "scp",
          "rsync",
          "ab",
          "wrk",
          "k6",
          "autocannon",
          "lighthouse",
          // containers and clouds
          "docker",
          "docker-compose",
          "podman",
          "kubectl",
          "helm",
          "terraform",
          "ansible",
          "ansible-playbook",
          "aws",
          "gcloud",
          "az",
          "heroku",
          "fly",
          "flyctl",
          "vercel",
          "netlify",
          "supabase",
          "firebase",
          // languages and builds
          "npm",
          "npx",
          "pnpm",
          "yarn",
          "bun",
          "bunx",
          "deno",
          "node",
          "next",
          "tsc",
          "eslint",
          "prettier",
          "jest",
          "vitest",
          "playwright",
          "cypress",
          "newman",
          "python",
          "python3",
          "pip",
          "pip3",
          "pipenv",
          "poetry",
          "uv",
          "uvx",
          "pytest",
          "tox",
          "ruff",
          "mypy",
          "flake8",
          "black",
          "bandit",
          "alembic",
          "flask",
          "django-admin",
          "celery",
          "gunicorn",
          "uvicorn",
          "php",
          "composer",
          "bundle",
          "rails",
          "rake",
          "rspec",
          "ruby",
          "go",
          "cargo",
          "mvn",
          "gradle",
          "java",
          "dotnet",
          "make",
          "prisma",
          "pm2",
          // repositories and scanners
          "git",
          "gh",
          "gitleaks",
          "trufflehog",
          "trivy",
          "snyk",
          "semgrep",
          "hadolint",
          "shellcheck",
          // databases
          "psql",
          "pg_dump",
          "pg_dumpall",
          "pg_restore",
          "pg_isready",
          "mysql",
          "mysqldump",
          "mysqladmin",
          "mariadb",
          "redis-cli",
          "mongosh",
          "mongo",
          "mongodump",
          "sqlite3",
          // the machine
          "sudo",
          "sh",
          "bash",
          "env",
          "systemctl",
          "service",
          "journalctl",
          "nginx",
          "apachectl",
          "certbot",
          "ufw",
          "iptables",
          "crontab",
          "ls",
          "cat",
          "grep",
          "rg",
          "tail",
          "df",
          "du",
          "free",
          "ps",
          "lsof",
          "ss",
          "netstat",
          "stat",
          "chmod",
          "chown",
          "jq");

  private static final Pattern PROMPT = Pattern.compile("^\\$\\s+");
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=\\S*");
  private static final Pattern HEREDOC =
      Pattern.compile("(?<!<)<<(?!<)-?\\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?");
  private static final Pattern SPAN = Pattern.compile("`([^`]+)`");

  private Commands() {}

  /**
   * The commands of a list item: code spans in its first paragraph, then the shell code blocks
   * among its own blocks before its first nested list.
   */
  static List<String> ofListItem(ListItem li, Node firstParagraph) {
    Set<String> out = new LinkedHashSet<>(inSpans(firstParagraph));
    for (Node n = firstParagraph.getNext();
        n != null && !(n instanceof ListBlock);
        n = n.getNext()) {
      if (n instanceof FencedCodeBlock block) {
        out.addAll(inBlock(block.getInfo(), block.getLiteral()));
      }
    }
    return List.copyOf(out);
  }

  /** The code spans of a line as written, as in a table row or a line outside a list. */
  static List<String> inLine(String raw) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = SPAN.matcher(raw);
    while (m.find()) {
      String span = unprompted(m.group(1).strip());
      if (looksLikeCommand(span)) {
        out.add(span);
      }
    }
    return List.copyOf(out);
  }

  @SuppressWarnings("ReferenceEquality") // nodes are compared by identity on purpose
  private static List<String> inSpans(Node block) {
    List<String> out = new ArrayList<>();
    Node node = block.getFirstChild();
    while (node != null) {
      if (node instanceof Code c) {
        String span = unprompted(c.getLiteral().strip());
        if (looksLikeCommand(span)) {
          out.add(span);
        }
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node != null && node != block && node.getNext() == null) {
        node = node.getParent();
      }
      node = node == null || node == block ? null : node.getNext();
    }
    return out;
  }

  /**
   * The commands of a code block with info string {@code info}: every line of a shell block, the
   * lines that read as commands of a block that names no language, none of any other.
   */
  static List<String> inBlock(String info, String literal) {
    String language = info == null ? "" : info.strip().split("\\s+", 2)[0];
    language = language.toLowerCase(Locale.ROOT);
    boolean shell = SHELLS.contains(language);
    if (!shell && !language.isEmpty()) {
      return List.of();
    }
    List<String> lines = literal.lines().toList();
    boolean prompted = lines.stream().anyMatch(l -> PROMPT.matcher(l.strip()).lookingAt());
    List<String> out = new ArrayList<>();
    StringBuilder command = null;
    String heredocEnd = null;
    for (String line : lines) {
      if (heredocEnd != null) {
        command.append('\n').append(line);
        if (line.strip().equals(heredocEnd)) {
          add(out, command.toString(), shell);
          command = null;
          heredocEnd = null;
        }
        continue;
      }
      String s = line.strip();
      if (command == null && prompted) {
        Matcher m = PROMPT.matcher(s);
        if (!m.lookingAt()) {
          continue; // what the command printed
        }
        s = s.substring(m.end());
      }
      s = withoutComment(s);
      if (command == null && s.isEmpty()) {
        continue;
      }
      command = command == null ? new StringBuilder(s) : command.append(' ').append(s);
      if (s.endsWith("\\")) {
        command.setLength(command.length() - 1);
        trimEnd(command);
        continue;
      }
      Matcher h = HEREDOC.matcher(command);
      if (shell && h.find()) {
        heredocEnd = h.group(1);
        continue;
      }
      add(out, command.toString(), shell);
      command = null;
    }
    if (command != null) {
      add(out, command.toString(), shell);
    }
    return out;
  }

  private static void add(List<String> out, String command, boolean shell) {
    String c = command.strip();
    if (!c.isEmpty() && (shell || looksLikeCommand(c)) && !out.contains(c)) {
      out.add(c);
    }
  }

  /**
   * Whether a code span reads as a command: variable assignments, then a known program with an
   * argument, or a script run by its path.
   */
  static boolean looksLikeCommand(String span) {
    if (span.isEmpty() || span.indexOf('\n') >= 0) {
      return false;
    }
    String[] words = span.split("\\s+");
    int i = 0;
    while (i < words.length && ASSIGNMENT.matcher(words[i]).matches()) {
      i++;
    }
    if (i == words.length) {
      return false;
    }
    String program = words[i];
    boolean hasArgument = words.length > i + 1;
    if (program.startsWith("./") || program.startsWith("../")) {
      return !program.endsWith("/") && (hasArgument || program.endsWith(".sh"));
    }
    return hasArgument && PROGRAMS.contains(program);
  }

  private static String unprompted(String s) {
    Matcher m = PROMPT.matcher(s);
    return m.lookingAt() ? s.substring(m.end()) : s;
  }

  /** {@code line} without a shell comment: a {@code #} that starts a word outside quotes. */
  static String withoutComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"') {
          i++;
        }
      } else if (c == '\\') {
        i++;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i).strip();
      }
    }
    return line.strip();
  }

  private static void trimEnd(StringBuilder b) {
    while (!b.isEmpty() && Character.isWhitespace(b.charAt(b.length() - 1))) {
      b.setLength(b.length() - 1);
    }
  }
}
