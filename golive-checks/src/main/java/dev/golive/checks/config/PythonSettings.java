package dev.golive.checks.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The top-level assignments of a Python settings module, as far as they hold literal values or read
 * one environment variable: {@code DEBUG = False}, {@code ALLOWED_HOSTS = ['shop.example']}, {@code
 * SECRET_KEY = os.environ.get('SECRET_KEY', 'dev')}, {@code DEBUG = env.bool('DEBUG',
 * default=False)}. Nothing is executed; statements inside blocks ({@code if}, {@code try}, ...) are
 * not read, and an expression that is neither is recorded as unknown. {@code from X import *} lines
 * are returned so that the caller can read those modules in their place.
 */
final class PythonSettings {
  /** Marks a default that is absent, as opposed to a default of {@code None}. */
  static final Object NO_DEFAULT = new NoDefault();

  /** The type of {@link #NO_DEFAULT}. */
  record NoDefault() {}

  private static final Set<String> ENV_READERS =
      Set.of(
          "os.environ.get",
          "os.getenv",
          "getenv",
          "environ.get",
          "env",
          "env.str",
          "env.bool",
          "env.int",
          "env.list",
          "env.tuple",
          "env.url",
          "env.db",
          "config",
          "decouple.config",
          "os.environ.setdefault");

  /** One top-level statement golive reads. */
  sealed interface Statement {
    int line();
  }

  /**
   * {@code NAME = value} or {@code NAME += value}.
   *
   * @param value a String, Boolean, number, {@code null} (None), List or Map when literal; an
   *     {@link EnvRead} when it reads the environment; {@link Unknown} otherwise
   */
  record Assignment(String name, boolean append, Object value, int line) implements Statement {}

  /** {@code from MODULE import *}; {@code module} keeps its leading dots. */
  record StarImport(String module, int line) implements Statement {}

  /** An expression that reads {@code variable}, falling back to {@code fallback}. */
  record EnvRead(String variable, Object fallback) {
    boolean hasDefault() {
      return !(fallback instanceof NoDefault);
    }
  }

  /** An expression golive does not evaluate. */
  record Unknown() {}

  private record Token(Kind kind, String text, Object value, int line) {}

  private enum Kind {
    NAME,
    STRING,
    NUMBER,
    OP,
    NEWLINE,
    INDENT_NEWLINE,
    END
  }

  private final List<Token> tokens;
  private int at;

  private PythonSettings(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The statements of {@code source}, in order. */
  static List<Statement> read(String source) {
    PythonSettings p = new PythonSettings(tokenize(source));
    List<Statement> out = new ArrayList<>();
    while (p.peek().kind() != Kind.END) {
      p.statement(out);
    }
    return out;
  }

  private void statement(List<Statement> out) {
    Token first = peek();
    if (first.kind() == Kind.NEWLINE) {
      at++;
      return;
    }
    if (first.kind() == Kind.INDENT_NEWLINE) {
      // an indented line with no statement above it: not top level
      at++;
      while (peek().kind() != Kind.END && peek().kind() != Kind.NEWLINE) {
        at++;
      }
      return;
    }
    int end = statementEnd();
    int stop = at;
    while (stop < end && tokens.get(stop).kind() != Kind.NEWLINE) {
      stop++;
    }
    List<Token> st = tokens.subList(at, stop);
    at = end;
    if (first.kind() != Kind.NAME) {
      return;
    }
    if (first.text().equals("from")
        && st.size() >= 4
        && st.get(st.size() - 1).text().equals("*")
        && st.get(st.size() - 2).text().equals("import")) {
      StringBuilder module = new StringBuilder();
      for (Token t : st.subList(1, st.size() - 2)) {
        module.append(t.text());
      }
      out.add(new StarImport(module.toString(), first.line()));
      return;
    }
    if (st.size() >= 3 && st.get(1).kind() == Kind.OP) {
      String op = st.get(1).text();
      if (op.equals("=") || op.equals("+=")) {
        List<Token> expr = st.subList(2, st.size());
        out.add(new Assignment(first.text(), op.equals("+="), value(expr), first.line()));
      }
    }
  }

  /** Index after the current statement: its NEWLINE, or the end of an indented block after it. */
  private int statementEnd() {
    int i = at;
    while (tokens.get(i).kind() != Kind.END && tokens.get(i).kind() != Kind.NEWLINE) {
      i++;
    }
    int end = i;
    if (tokens.get(i).kind() == Kind.NEWLINE) {
      i++;
    }
    // a compound statement (if:, try:, def ...:) swallows its indented lines
    while (tokens.get(i).kind() == Kind.INDENT_NEWLINE) {
      i++;
      while (tokens.get(i).kind() != Kind.END
          && tokens.get(i).kind() != Kind.NEWLINE
          && tokens.get(i).kind() != Kind.INDENT_NEWLINE) {
        i++;
      }
      if (tokens.get(i).kind() == Kind.NEWLINE) {
        i++;
      }
    }
    return Math.max(i, end);
  }

  private Token peek() {
    return tokens.get(at);
  }

  /** What an expression evaluates to, as far as golive can tell. */
  private static Object value(List<Token> expr) {
    Literal lit = new Literal(expr);
    try {
      Object v = lit.expression();
      if (lit.at == expr.size()) {
        return v;
      }
    } catch (IllegalArgumentException notLiteral) {
      // not a literal: look for an environment read
    }
    EnvRead read = envRead(expr);
    return read != null ? read : new Unknown();
  }

  /** The first call in {@code expr} of a known environment reader with a string literal name. */
  private static EnvRead envRead(List<Token> expr) {
    for (int i = 0; i < expr.size(); i++) {
      if (expr.get(i).kind() != Kind.NAME) {
        continue;
      }
      StringBuilder dotted = new StringBuilder(expr.get(i).text());
      int j = i + 1;
      while (j + 1 < expr.size()
          && expr.get(j).text().equals(".")
          && expr.get(j + 1).kind() == Kind.NAME) {
        dotted.append('.').append(expr.get(j + 1).text());
        j += 2;
      }
      String callee = dotted.toString();
      if (j < expr.size()
          && expr.get(j).text().equals("[")
          && (callee.equals("os.environ") || callee.equals("environ"))
          && j + 1 < expr.size()
          && expr.get(j + 1).kind() == Kind.STRING) {
        return new EnvRead((String) expr.get(j + 1).value(), NO_DEFAULT);
      }
      if (j < expr.size() && expr.get(j).text().equals("(") && ENV_READERS.contains(callee)) {
        EnvRead read = arguments(expr, j + 1);
        if (read != null) {
          return read;
        }
      }
      i = j - 1;
    }
    return null;
  }

  /** The arguments of a reader call starting at {@code from}: a name, then a default. */
  private static EnvRead arguments(List<Token> expr, int from) {
    if (from >= expr.size() || expr.get(from).kind() != Kind.STRING) {
      return null;
    }
    String name = (String) expr.get(from).value();
    Object fallback = NO_DEFAULT;
    int i = from + 1;
    int position = 1;
    while (i < expr.size() && expr.get(i).text().equals(",")) {
      i++;
      boolean keyword =
          i + 1 < expr.size()
              && expr.get(i).kind() == Kind.NAME
              && expr.get(i + 1).text().equals("=");
      String key = keyword ? expr.get(i).text() : null;
      if (keyword) {
        i += 2;
      }
      Literal lit = new Literal(expr.subList(i, expr.size()));
      Object v;
      try {
        v = lit.expression();
      } catch (IllegalArgumentException notLiteral) {
        v = new Unknown();
        lit.at = skipArgument(expr.subList(i, expr.size()));
      }
      if ((key == null && position == 1) || "default".equals(key)) {
        fallback = v;
      }
      position++;
      i += lit.at;
    }
    return new EnvRead(name, fallback);
  }

  private static int skipArgument(List<Token> rest) {
    int depth = 0;
    for (int i = 0; i < rest.size(); i++) {
      String t = rest.get(i).kind() == Kind.OP ? rest.get(i).text() : "";
      if (t.equals("(") || t.equals("[") || t.equals("{")) {
        depth++;
      } else if (t.equals(")") || t.equals("]") || t.equals("}")) {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (t.equals(",") && depth == 0) {
        return i;
      }
    }
    return rest.size();
  }

  /** A recursive-descent reader of Python literals over tokens. */
  private static final class Literal {
    private final List<Token> t;
    private int at;

    Literal(List<Token> t) {
      this.t = t;
    }

    Object expression() {
      if (at >= t.size()) {
        throw new IllegalArgumentException("end");
      }
      Token tok = t.get(at);
      at++;
      return switch (tok.kind()) {
        case STRING -> {
          StringBuilder s = new StringBuilder((String) tok.value());
          while (at < t.size() && t.get(at).kind() == Kind.STRING) {
            s.append((String) t.get(at).value());
            at++;
          }
          yield s.toString();
        }
        case NUMBER -> tok.text();
        case NAME -> nameOrRead(tok.text());
        case OP -> operator(tok.text());
        default -> throw new IllegalArgumentException("token");
      };
    }

    /** True, False, None, or a read of the environment inside a literal (a dict's value). */
    private Object nameOrRead(String name) {
      switch (name) {
        case "True" -> {
          return true;
        }
        case "False" -> {
          return false;
        }
        case "None" -> {
          return null;
        }
        default -> {}
      }
      StringBuilder dotted = new StringBuilder(name);
      while (at + 1 < t.size()
          && t.get(at).text().equals(".")
          && t.get(at + 1).kind() == Kind.NAME) {
        dotted.append('.').append(t.get(at + 1).text());
        at += 2;
      }
      String callee = dotted.toString();
      EnvRead read;
      if ((callee.equals("os.environ") || callee.equals("environ"))
          && at + 2 < t.size()
          && t.get(at).text().equals("[")
          && t.get(at + 1).kind() == Kind.STRING
          && t.get(at + 2).text().equals("]")) {
        read = new EnvRead((String) t.get(at + 1).value(), NO_DEFAULT);
        at += 3;
      } else if (ENV_READERS.contains(callee) && at < t.size() && t.get(at).text().equals("(")) {
        read = arguments(t, at + 1);
        at = closing(t, at) + 1;
      } else {
        read = null;
      }
      if (read == null) {
        throw new IllegalArgumentException("name");
      }
      // a method called on what was read: .strip(), .lower(), .split(',')
      while (at + 1 < t.size()
          && t.get(at).text().equals(".")
          && t.get(at + 1).kind() == Kind.NAME) {
        at += 2;
        if (at < t.size() && t.get(at).text().equals("(")) {
          at = closing(t, at) + 1;
        }
      }
      return read;
    }

    /** The index of the bracket that closes the one at {@code open}. */
    private static int closing(List<Token> t, int open) {
      int depth = 0;
      for (int i = open; i < t.size(); i++) {
        String s = t.get(i).kind() == Kind.OP ? t.get(i).text() : "";
        if (s.equals("(") || s.equals("[") || s.equals("{")) {
          depth++;
        } else if (s.equals(")") || s.equals("]") || s.equals("}")) {
          depth--;
          if (depth == 0) {
            return i;
          }
        }
      }
      throw new IllegalArgumentException("unclosed");
    }

    private Object operator(String op) {
      return switch (op) {
        case "[" -> sequence("]");
        case "(" -> sequence(")");
        case "{" -> braces();
        case "-" -> {
          if (at < t.size() && t.get(at).kind() == Kind.NUMBER) {
            yield "-" + t.get(at++).text();
          }
          throw new IllegalArgumentException("minus");
        }
        default -> throw new IllegalArgumentException("op");
      };
    }

    private List<Object> sequence(String close) {
      List<Object> items = new ArrayList<>();
      while (!next(close)) {
        items.add(expression());
        if (!next(",")) {
          expect(close);
          break;
        }
      }
      return items;
    }

    private Object braces() {
      if (next("}")) {
        return new LinkedHashMap<String, Object>();
      }
      Object first = expression();
      if (next(":")) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(String.valueOf(first), expression());
        while (next(",")) {
          if (next("}")) {
            return map;
          }
          Object k = expression();
          expect(":");
          map.put(String.valueOf(k), expression());
        }
        expect("}");
        return map;
      }
      List<Object> set = new ArrayList<>();
      set.add(first);
      while (next(",")) {
        if (next("}")) {
          return set;
        }
        set.add(expression());
      }
      expect("}");
      return set;
    }

    private boolean next(String op) {
      if (at < t.size() && t.get(at).kind() == Kind.OP && t.get(at).text().equals(op)) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(String op) {
      if (!next(op)) {
        throw new IllegalArgumentException("expected " + op);
      }
    }
  }

  // --- tokens -----------------------------------------------------------------------------

  private static List<Token> tokenize(String src) {
    String s = src.startsWith("\uFEFF") ? src.substring(1) : src;
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    List<Token> out = new ArrayList<>();
    int i = 0;
    int line = 1;
    int depth = 0;
    boolean lineStart = true;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (lineStart && depth == 0) {
        int j = i;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
          j++;
        }
        boolean blank = j >= s.length() || s.charAt(j) == '\n' || s.charAt(j) == '#';
        if (j > i && !blank) {
          out.add(new Token(Kind.INDENT_NEWLINE, "", null, line));
        }
        i = j;
        lineStart = false;
        continue;
      }
      if (c == '\n') {
        if (depth == 0) {
          out.add(new Token(Kind.NEWLINE, "\n", null, line));
          lineStart = true;
        }
        line++;
        i++;
      } else if (c == ' ' || c == '\t' || c == '\f') {
        i++;
      } else if (c == '#') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i += 2;
        line++;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        String word = s.substring(i, j);
        if (j < s.length()
            && (s.charAt(j) == '\'' || s.charAt(j) == '"')
            && word.length() <= 2
            && word.toLowerCase(Locale.ROOT).matches("[rbuf]{1,2}")) {
          int[] endLine = {line};
          i = string(s, j, word.toLowerCase(Locale.ROOT), endLine, out, line);
          line = endLine[0];
        } else {
          out.add(new Token(Kind.NAME, word, null, line));
          i = j;
        }
      } else if (Character.isDigit(c)
          || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
        int j = i;
        while (j < s.length()
            && (Character.isLetterOrDigit(s.charAt(j))
                || s.charAt(j) == '.'
                || s.charAt(j) == '_')) {
          j++;
        }
        out.add(new Token(Kind.NUMBER, s.substring(i, j).replace("_", ""), null, line));
        i = j;
      } else if (c == '\'' || c == '"') {
        int[] endLine = {line};
        i = string(s, i, "", endLine, out, line);
        line = endLine[0];
      } else {
        String op = operator(s, i);
        if (op.equals("(") || op.equals("[") || op.equals("{")) {
          depth++;
        } else if ((op.equals(")") || op.equals("]") || op.equals("}")) && depth > 0) {
          depth--;
        }
        out.add(new Token(Kind.OP, op, null, line));
        i += op.length();
      }
    }
    out.add(new Token(Kind.NEWLINE, "\n", null, line));
    out.add(new Token(Kind.END, "", null, line));
    return out;
  }

  private static String operator(String s, int i) {
    for (String op : List.of("**=", "//=", "+=", "-=", "==", "!=", "<=", ">=", "**", "//", "->")) {
      if (s.startsWith(op, i)) {
        return op;
      }
    }
    return String.valueOf(s.charAt(i));
  }

  /**
   * Reads a string literal whose quote is at {@code q}; adds its token (an f-string with
   * replacement fields becomes an unknown name) and returns the index after it.
   */
  private static int string(
      String s, int q, String prefix, int[] line, List<Token> out, int startLine) {
    char quote = s.charAt(q);
    boolean triple = s.startsWith(String.valueOf(quote).repeat(3), q);
    int i = q + (triple ? 3 : 1);
    boolean raw = prefix.contains("r");
    StringBuilder v = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (triple ? s.startsWith(String.valueOf(quote).repeat(3), i) : c == quote) {
        i += triple ? 3 : 1;
        break;
      }
      if (c == '\n') {
        line[0]++;
        if (!triple) {
          break;
        }
      }
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (raw) {
          v.append(c).append(n);
        } else {
          switch (n) {
            case 'n' -> v.append('\n');
            case 't' -> v.append('\t');
            case 'r' -> v.append('\r');
            case '\n' -> line[0]++;
            case '\\', '\'', '"' -> v.append(n);
            default -> v.append(c).append(n);
          }
        }
        i += 2;
        continue;
      }
      v.append(c);
      i++;
    }
    boolean formatted = prefix.contains("f") && v.indexOf("{") >= 0;
    out.add(
        formatted
            ? new Token(Kind.NAME, "<f-string>", null, startLine)
            : new Token(Kind.STRING, "'…'", v.toString(), startLine));
    return i;
  }
}
