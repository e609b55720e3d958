package dev.golive.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a generic webhook: {@code sha256=} and the lower-case hex of the HMAC-SHA256 of
 * the exact request body, keyed with the channel's shared secret (its UTF-8 bytes). Receivers
 * written in Java may use {@link #verify}; docs/notifications.md shows the same in other languages.
 */
public final class WebhookSignature {
  /** The header that carries the signature. */
  public static final String HEADER = "X-Golive-Signature";

  private static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  /** {@code sha256=<hex>} for {@code body} under {@code secret}. */
  public static String sign(String secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
  }

  /** Whether {@code header} is the signature of {@code body} under {@code secret}. */
  public static boolean verify(String secret, byte[] body, String header) {
    if (header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    // compared in constant time, so the answer leaks nothing about how much matched
    return MessageDigest.isEqual(hmac(secret, body), given);
  }

  private static byte[] hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
