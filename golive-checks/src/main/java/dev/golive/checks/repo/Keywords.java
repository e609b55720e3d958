package dev.golive.checks.repo;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds many keywords in one pass over bytes, ignoring ASCII case (an Aho-Corasick automaton turned
 * into a table: one lookup per byte). Bytes outside ASCII never belong to a keyword. Each keyword
 * carries a bit mask; a hit reports the OR of the masks of every keyword ending there.
 */
final class Keywords {
  private static final int WIDTH = 128;
  private static final byte[] FOLD = new byte[256];

  static {
    for (int b = 1; b < 128; b++) {
      FOLD[b] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
    }
  }

  /** Each byte's column in the table: 0 for bytes in no keyword, one column per other byte. */
  private final byte[] column = new byte[256];

  private final int width;
  private final int[] next;
  private final int[] out;

  /**
   * @param words lower-case ASCII keywords
   * @param masks the mask each keyword reports, in the same order
   */
  Keywords(List<String> words, int[] masks) {
    int size = 1 + words.stream().mapToInt(String::length).sum();
    int[][] go = new int[size][];
    int[] fail = new int[size];
    int[] outs = new int[size];
    go[0] = new int[WIDTH];
    Arrays.fill(go[0], -1);
    int states = 1;
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.isEmpty()) {
        throw new IllegalArgumentException("keywords are lower-case and not empty: " + word);
      }
      int s = 0;
      for (int i = 0; i < word.length(); i++) {
        int c = word.charAt(i);
        if (c == 0 || c >= WIDTH) {
          throw new IllegalArgumentException("keywords are ASCII: " + word);
        }
        if (go[s][c] < 0) {
          go[states] = new int[WIDTH];
          Arrays.fill(go[states], -1);
          go[s][c] = states++;
        }
        s = go[s][c];
      }
      outs[s] |= masks[w];
    }
    // breadth first: failure links, and every missing edge filled from them
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < WIDTH; c++) {
      if (go[0][c] < 0) {
        go[0][c] = 0;
      } else {
        fail[go[0][c]] = 0;
        queue.add(go[0][c]);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      outs[s] |= outs[fail[s]];
      for (int c = 0; c < WIDTH; c++) {
        int t = go[s][c];
        if (t < 0) {
          go[s][c] = go[fail[s]][c];
        } else {
          fail[t] = go[fail[s]][c];
          queue.add(t);
        }
      }
    }
    // a narrow table stays in the cache: only the bytes keywords use get columns of their own
    int columns = 1;
    int[] first = new int[WIDTH];
    for (String word : words) {
      for (int i = 0; i < word.length(); i++) {
        int c = word.charAt(i);
        if (first[c] == 0) {
          first[c] = columns++;
        }
      }
    }
    width = columns;
    for (int b = 0; b < 256; b++) {
      column[b] = (byte) first[FOLD[b]];
    }
    next = new int[states * width];
    out = Arrays.copyOf(outs, states);
    int other = -1;
    for (int c = 1; c < WIDTH; c++) {
      if (first[c] == 0) {
        other = c; // any byte in no keyword: they all lead where this one does
        break;
      }
    }
    for (int s = 0; s < states; s++) {
      for (int c = 1; c < WIDTH; c++) {
        if (first[c] != 0) {
          next[s * width + first[c]] = go[s][c];
        }
      }
      next[s * width] = other < 0 ? 0 : go[s][other];
    }
  }

  /** Where keywords end in {@code data[0..length)}: positions and masks, in order. */
  Hits find(byte[] data, int length) {
    Hits hits = new Hits();
    int[] table = next;
    int[] outs = out;
    byte[] columns = column;
    int w = width;
    int s = 0;
    for (int i = 0; i < length; i++) {
      s = table[s * w + columns[data[i] & 0xff]];
      int m = outs[s];
      if (m != 0) {
        hits.add(i, m);
      }
    }
    return hits;
  }

  /** Positions (of a keyword's last byte) and masks, growing as found. */
  static final class Hits {
    private int[] positions = new int[16];
    private int[] masks = new int[16];
    private int size;

    void add(int position, int mask) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
        masks = Arrays.copyOf(masks, size * 2);
      }
      positions[size] = position;
      masks[size++] = mask;
    }

    int size() {
      return size;
    }

    int position(int i) {
      return positions[i];
    }

    int mask(int i) {
      return masks[i];
    }
  }
}
