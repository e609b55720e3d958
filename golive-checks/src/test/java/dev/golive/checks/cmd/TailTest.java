package dev.golive.checks.cmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The end of a program's output, kept in a ring of bytes. */
class TailTest {
  private static Tail of(int capacity, String... writes) {
    Tail t = new Tail(capacity);
    for (String w : writes) {
      byte[] b = w.getBytes(StandardCharsets.UTF_8);
      t.add(b, b.length);
    }
    return t;
  }

  @Test
  void keepsTheLastBytesAndCountsThemAll() {
    Tail t = of(16, "first line\n", "second line\n", "third\n");
    assertThat(t.total()).isEqualTo(29);
    // the ring holds "nd line\nthird\n" and part of the line before, which is left out
    assertThat(t.lines(10)).containsExactly("third");
    assertThat(of(64, "a\nb\nc\n").lines(2)).containsExactly("b", "c");
  }

  @Test
  void aWriteLargerThanTheRingKeepsItsEnd() {
    Tail t = of(8, "0123456789abcdef\nxyz");
    assertThat(t.total()).isEqualTo(20);
    assertThat(t.lines(5)).containsExactly("xyz");
    assertThat(of(8, "0123456789abcdefgh").lines(5)).containsExactly("…bcdefgh");
  }

  @Test
  void showsLinesAsATerminalWouldLeaveThem() {
    Tail t = of(256, "\u001B[32mweb\u001B[0m  Up\r\n", "10%\r50%\r100%\n", "done");
    assertThat(t.lines(10)).containsExactly("web  Up", "100%", "done");
  }

  @Test
  void drainsAStreamToItsEnd() {
    Tail t = new Tail(1024);
    t.drain(new ByteArrayInputStream("x\n".repeat(10_000).getBytes(StandardCharsets.UTF_8)));
    assertThat(t.total()).isEqualTo(20_000);
    assertThat(t.lines(3)).containsExactly("x", "x", "x");
  }
}
