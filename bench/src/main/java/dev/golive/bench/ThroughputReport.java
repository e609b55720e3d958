package dev.golive.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ReadThroughputBenchmark} with JMH's usual command-line options ({@code -wi 2 -i 3 -f
 * 1 -p input=UTF8_1M ...}) and prints, after JMH's own output, MB/s per input for golive and for
 * CommonMark alone: reads per second times the input's size, with MB = 10^6 bytes. The last column
 * is golive's time per read as a multiple of CommonMark's, both from the same run.
 */
public final class ThroughputReport {
  private ThroughputReport() {}

  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .include(ReadThroughputBenchmark.class.getName())
            .timeUnit(TimeUnit.SECONDS)
            .shouldFailOnError(true)
            .build();
    print(new Runner(options).run(), System.out);
  }

  static void print(Collection<RunResult> results, PrintStream out) {
    Map<Input, Result<?>> golive = new EnumMap<>(Input.class);
    Map<Input, Result<?>> commonmark = new EnumMap<>(Input.class);
    for (RunResult run : results) {
      Input input = Input.valueOf(run.getParams().getParam("input"));
      String method = run.getParams().getBenchmark();
      (method.endsWith(".commonmark") ? commonmark : golive).put(input, run.getPrimaryResult());
    }
    out.printf(
        Locale.ROOT,
        "%-14s %9s %18s %16s %17s %13s%n",
        "input",
        "bytes",
        "golive reads/s",
        "golive MB/s",
        "CommonMark MB/s",
        "x CommonMark");
    for (Input input : Input.values()) {
      Result<?> g = golive.get(input);
      Result<?> c = commonmark.get(input);
      if (g == null && c == null) {
        continue;
      }
      double mb = input.bytes().length / 1e6;
      out.printf(
          Locale.ROOT,
          "%-14s %9d %18s %16s %17s %13s%n",
          input,
          input.bytes().length,
          g == null ? "-" : withError(g.getScore(), g.getScoreError()),
          g == null ? "-" : withError(g.getScore() * mb, g.getScoreError() * mb),
          c == null ? "-" : withError(c.getScore() * mb, c.getScoreError() * mb),
          g == null || c == null
              ? "-"
              : String.format(Locale.ROOT, "%.1f", c.getScore() / g.getScore()));
    }
  }

  /** The value, and JMH's 99.9% confidence half-width when it had enough iterations for one. */
  private static String withError(double value, double error) {
    String v = String.format(Locale.ROOT, "%.1f", value);
    return Double.isFinite(error) ? v + String.format(Locale.ROOT, " ± %.1f", error) : v;
  }
}
