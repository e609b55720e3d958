package dev.golive.bench;

import dev.golive.core.model.Checklist;
import dev.golive.core.read.ChecklistReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast golive turns a checklist file's bytes into items: decoding, mojibake repair, Markdown
 * parsing, ranking and claims, all of {@link ChecklistReader#read(String, byte[])}. Beside it, in
 * the same run, the floor: CommonMark alone parsing the same bytes, set up as golive sets it up.
 * Reports reads per second; {@link ThroughputReport} turns them into MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ReadThroughputBenchmark {
  /** The very parser golive reads with. */
  private static final Parser COMMONMARK = ChecklistReader.markdownParser();

  /** Every input unless {@code -p input=...} names some. */
  @Param public Input input;

  private byte[] bytes;

  @Setup
  public void setUp() {
    bytes = input.bytes();
    Checklist read = ChecklistReader.read("PRODUCTION_CHECKLIST.md", bytes);
    int expected = input.checklist().items();
    if (read.items().size() != expected) {
      throw new IllegalStateException(
          input
              + ": golive found "
              + read.items().size()
              + " items, the generator wrote "
              + expected);
    }
  }

  @Benchmark
  public Checklist read() {
    return ChecklistReader.read("PRODUCTION_CHECKLIST.md", bytes);
  }

  @Benchmark
  public Node commonmark() {
    return COMMONMARK.parse(new String(bytes, StandardCharsets.UTF_8));
  }
}
