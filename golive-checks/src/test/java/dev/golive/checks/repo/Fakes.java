package dev.golive.checks.repo;

import java.util.Random;

/**
 * Secrets made up at run time from a fixed seed: they have the shape and the randomness of real
 * ones, so the scanner must find them, while no source file holds one as it is.
 */
final class Fakes {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz0123456789";
  static final String BASE64 = ALNUM + "+/";
  static final String BASE32 = UPPER + "234567";

  private final Random random;

  Fakes(long seed) {
    this.random = new Random(seed);
  }

  String chars(String alphabet, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  String awsKeyId() {
    return "AK" + "IA" + chars(BASE32, 16);
  }

  String awsSecret() {
    return chars(BASE64, 40);
  }

  String githubToken() {
    return "gh" + "p_" + chars(ALNUM, 36);
  }

  String githubPat() {
    return "github" + "_pat_" + chars(ALNUM, 22) + "_" + chars(ALNUM, 59);
  }

  String slackToken() {
    return "xo" + "xb-" + digits(12) + "-" + digits(13) + "-" + chars(ALNUM, 24);
  }

  String slackWebhook() {
    return "https://hooks.slack.com/services/T"
        + chars(UPPER, 8)
        + "/B"
        + chars(UPPER, 8)
        + "/"
        + chars(ALNUM, 24);
  }

  String stripeLive() {
    return "sk" + "_live_" + chars(ALNUM, 24);
  }

  String stripeTest() {
    return "sk" + "_test_" + chars(ALNUM, 24);
  }

  String telegram() {
    return digits(10) + ":AA" + chars(ALNUM + "_-", 33);
  }

  String secret(int n) {
    return chars(ALNUM, n);
  }

  String digits(int n) {
    return chars("0123456789", n);
  }

  /** A PEM block of {@code kind} ("RSA PRIVATE KEY", "PRIVATE KEY") with a random body. */
  String pem(String kind, String newline) {
    StringBuilder s = new StringBuilder("-----BEGIN " + kind + "-----" + newline);
    for (int i = 0; i < 8; i++) {
      s.append(chars(BASE64, 64)).append(newline);
    }
    return s.append("-----END ").append(kind).append("-----").append(newline).toString();
  }
}
