package dev.golive.bench.audit;

import java.util.Arrays;

/** Times of one thing over the rounds of a run, in milliseconds. */
final class Samples {
  private final double[] ms;

  Samples(int rounds) {
    this.ms = new double[rounds];
  }

  void set(int round, double millis) {
    ms[round] = millis;
  }

  double at(int round) {
    return ms[round];
  }

  int size() {
    return ms.length;
  }

  double median() {
    return median(ms);
  }

  double min() {
    return Arrays.stream(ms).min().orElse(Double.NaN);
  }

  /** The nearest-rank 90th percentile. */
  double p90() {
    double[] s = ms.clone();
    Arrays.sort(s);
    int rank = (int) Math.ceil(0.9 * s.length);
    return s[Math.max(0, rank - 1)];
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /**
   * The median over rounds of {@code a}'s time over {@code b}'s in the same round: both ran within
   * seconds of each other, so a burst of load from elsewhere slows both.
   */
  static double paired(Samples a, Samples b) {
    double[] r = new double[a.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = a.at(i) / b.at(i);
    }
    return median(r);
  }
}
