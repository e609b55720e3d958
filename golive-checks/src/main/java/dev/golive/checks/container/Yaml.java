package dev.golive.checks.container;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.golive.checks.ProbeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a tree that remembers where each value was written, for messages that
 * point at a file and line. Read with Jackson's YAML parser; anchors and aliases are resolved here,
 * and so are merge keys ({@code <<: *base}), keys written in the mapping winning over merged ones;
 * a value tagged {@code !reset}, as Compose overrides write it, reads as null. Scalars are kept as
 * written (no YAML 1.1 number or boolean guessing: {@code 22:22} stays text).
 */
final class Yaml {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final int MAX_DEPTH = 200;

  /** Where a value was written: a file as shown to users, and a line from 1. */
  record Where(String file, int line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /** A node of the tree. */
  sealed interface Node {
    Where where();
  }

  /** A mapping, its keys in the order written, each key's own position beside it. */
  record MapNode(Map<String, Node> entries, Map<String, Where> keys, Where where) implements Node {
    MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    Node get(String key) {
      return entries.get(key);
    }

    /** The child mapping at {@code key}, or {@code null} when absent or not a mapping. */
    MapNode map(String key) {
      return entries.get(key) instanceof MapNode m ? m : null;
    }

    /** The scalar text at {@code key}, or {@code null} when absent, null or not a scalar. */
    String text(String key) {
      return entries.get(key) instanceof Scalar s ? s.value() : null;
    }

    /** Where {@code key} was written, or where the mapping was when it was not. */
    Where whereOf(String key) {
      return keys.getOrDefault(key, where);
    }

    MapNode with(String key, Node value, Where at) {
      Map<String, Node> e = new LinkedHashMap<>(entries);
      Map<String, Where> k = new LinkedHashMap<>(keys);
      e.put(key, value);
      k.put(key, at);
      return new MapNode(e, k, where);
    }

    MapNode without(String key) {
      Map<String, Node> e = new LinkedHashMap<>(entries);
      Map<String, Where> k = new LinkedHashMap<>(keys);
      e.remove(key);
      k.remove(key);
      return new MapNode(e, k, where);
    }
  }

  record ListNode(List<Node> items, Where where) implements Node {
    ListNode {
      items = List.copyOf(items);
    }
  }

  /** A scalar as written; {@code value} is {@code null} for YAML null ({@code ~}, {@code null}). */
  record Scalar(String value, Where where) implements Node {}

  private final String file;
  private final Map<String, Node> anchors = new HashMap<>();

  private Yaml(String file) {
    this.file = file;
  }

  /**
   * Reads {@code text}, the content of {@code file} (as shown in messages).
   *
   * @throws ProbeException naming the file and line when it is not YAML
   */
  static Node read(String text, String file) throws ProbeException {
    try (YAMLParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        return new Scalar(null, new Where(file, 1));
      }
      return new Yaml(file).node(p, 0);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ProbeException(file + (line > 0 ? ":" + line : "") + ": " + problem(e), e);
    } catch (IOException e) {
      throw new ProbeException(file + ": " + e.getMessage(), e);
    }
  }

  private Node node(YAMLParser p, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new ProbeException(here(p) + ": nested more than " + MAX_DEPTH + " levels deep");
    }
    Where at = here(p);
    if (p.isCurrentAlias()) {
      Node target = anchors.get(p.getText());
      if (target == null) {
        throw new ProbeException(at + ": the alias *" + p.getText() + " names no anchor before it");
      }
      return target;
    }
    String anchor = p.getObjectId();
    boolean reset = "reset".equals(p.getTypeId()); // Compose's !reset: the value is dropped
    JsonToken t = p.currentToken();
    Node node;
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> entries = new LinkedHashMap<>();
      Map<String, Where> keys = new LinkedHashMap<>();
      List<Node> merges = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Where keyAt = here(p);
        p.nextToken();
        Node value = node(p, depth + 1);
        if (key.equals("<<")) {
          merges.add(value);
        } else {
          entries.put(key, value);
          keys.put(key, keyAt);
        }
      }
      for (Node m : merges) {
        for (Node source : m instanceof ListNode l ? l.items() : List.of(m)) {
          if (!(source instanceof MapNode sm)) {
            throw new ProbeException(at + ": a merge key (<<) takes a mapping or a list of them");
          }
          for (Map.Entry<String, Node> e : sm.entries().entrySet()) {
            if (!entries.containsKey(e.getKey())) {
              entries.put(e.getKey(), e.getValue());
              keys.put(e.getKey(), sm.whereOf(e.getKey()));
            }
          }
        }
      }
      node = new MapNode(entries, keys, at);
    } else if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, depth + 1));
      }
      node = new ListNode(items, at);
    } else if (t == JsonToken.VALUE_NULL) {
      node = new Scalar(null, at);
    } else {
      node = new Scalar(p.getText(), at);
    }
    if (reset) {
      node = new Scalar(null, at);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private Where here(JsonParser p) {
    return new Where(file, p.currentTokenLocation().getLineNr());
  }

  /** SnakeYAML's description without its "in 'reader'" position lines and carets. */
  private static String problem(JsonProcessingException e) {
    List<String> parts = new ArrayList<>();
    for (String line : e.getOriginalMessage().lines().toList()) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("in '") && !s.equals("^") && !line.startsWith("   ")) {
        parts.add(s);
      }
    }
    return parts.isEmpty() ? "not valid YAML" : String.join(", ", parts);
  }
}
