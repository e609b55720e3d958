package dev.golive.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  private final Passwords passwords = new Passwords();

  @Test
  void anArgon2idHashIsSelfDescribingSaltedAndVerifies() {
    String a = passwords.hash("correct horse battery");
    String b = passwords.hash("correct horse battery");
    assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(b);
    assertThat(passwords.verify("correct horse battery", a)).isTrue();
    assertThat(passwords.verify("correct horse batterz", a)).isFalse();
    assertThat(passwords.verify("correct horse battery", "plain text")).isFalse();
    assertThat(passwords.verify("x", null)).isFalse();
    assertThat(passwords.needsRehash(a)).isFalse();
  }

  @Test
  void aHashMadeWithOtherParametersStillVerifiesAndAsksForARehash() {
    String weaker = new Passwords(8 * 1024, 1, 1).hash("correct horse battery");
    assertThat(weaker).startsWith("$argon2id$v=19$m=8192,t=1,p=1$");
    assertThat(passwords.verify("correct horse battery", weaker)).isTrue();
    assertThat(passwords.needsRehash(weaker)).isTrue();
  }

  @Test
  void weakPasswordsAreNamed() {
    assertThat(Passwords.weakness("short", null)).contains("12");
    assertThat(Passwords.weakness("aaaaaaaaaaaaaaaa", null)).contains("different");
    assertThat(Passwords.weakness("ann@example.test", "ann@example.test")).contains("e-mail");
    assertThat(Passwords.weakness("correct horse battery", "ann@example.test")).isNull();
  }
}
