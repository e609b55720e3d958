package dev.golive.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Passwords hashed with Argon2id into a self-describing string in the PHC format ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}), so that a hash made with other parameters still
 * verifies. The defaults are OWASP's: 19 MiB of memory, two passes, one lane.
 */
public final class Passwords {
  /** The shortest password accepted. */
  public static final int MIN_LENGTH = 12;

  private static final Pattern ENCODED =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final SecureRandom random = new SecureRandom();

  /** Each hash takes its memory: a few at a time keep a burst of logins from exhausting it. */
  private final Semaphore running = new Semaphore(4);

  /**
   * A hash of a password no one has, verified when an account is unknown so timing tells nothing.
   */
  private final String decoy;

  public Passwords() {
    this(19 * 1024, 2, 1);
  }

  Passwords(int memoryKib, int iterations, int parallelism) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.decoy = hash(Tokens.random(24));
  }

  /** The encoded Argon2id hash of {@code password} with a fresh salt. */
  public String hash(String password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] out = derive(password, salt, memoryKib, iterations, parallelism, 32);
    return "$argon2id$v=19$m="
        + memoryKib
        + ",t="
        + iterations
        + ",p="
        + parallelism
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(out);
  }

  /** Whether {@code password} matches {@code encoded}; a malformed hash matches nothing. */
  public boolean verify(String password, String encoded) {
    Matcher m = encoded == null ? null : ENCODED.matcher(encoded);
    if (m == null || !m.matches()) {
      derive(password, new byte[16], memoryKib, iterations, parallelism, 32);
      return false;
    }
    int mem = Integer.parseInt(m.group(1));
    int t = Integer.parseInt(m.group(2));
    int p = Integer.parseInt(m.group(3));
    if (mem < 8 * p || t < 1 || p < 1 || mem > 1 << 20) {
      return false;
    }
    byte[] salt = B64D.decode(m.group(4));
    byte[] expected = B64D.decode(m.group(5));
    byte[] actual = derive(password, salt, mem, t, p, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time a real verification takes, for an account that does not exist. */
  public void verifyNothing(String password) {
    verify(password, decoy);
  }

  /** Whether {@code encoded} was made with weaker parameters than this instance uses. */
  public boolean needsRehash(String encoded) {
    Matcher m = ENCODED.matcher(encoded == null ? "" : encoded);
    return !m.matches()
        || Integer.parseInt(m.group(1)) < memoryKib
        || Integer.parseInt(m.group(2)) < iterations;
  }

  /** What is wrong with {@code password} as a new password, or {@code null} when it will do. */
  public static String weakness(String password, String email) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return "a password has at least " + MIN_LENGTH + " characters";
    }
    if (password.length() > 1024) {
      return "a password has at most 1024 characters";
    }
    if (email != null && password.equalsIgnoreCase(email)) {
      return "a password is not the e-mail address";
    }
    if (password.chars().distinct().count() < 5) {
      return "a password has at least 5 different characters";
    }
    return null;
  }

  private byte[] derive(
      String password, byte[] salt, int memory, int passes, int lanes, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memory)
            .withIterations(passes)
            .withParallelism(lanes)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    running.acquireUninterruptibly();
    try {
      generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    } finally {
      running.release();
    }
    return out;
  }
}
