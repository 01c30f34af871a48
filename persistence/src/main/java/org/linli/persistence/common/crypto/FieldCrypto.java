package org.linli.persistence.common.crypto;

import java.util.Objects;

/**
 * Process-wide access to the {@link FieldCipher} and {@link BlindIndex} for code that MyBatis
 * creates itself, such as {@link EncryptedStringTypeHandler}. Spring code should inject the beans
 * instead.
 *
 * <p>{@link CryptoConfig} installs the beans when the application context creates them. One key set
 * per JVM is assumed: a later {@link #install} replaces the earlier one.
 */
public final class FieldCrypto {

  private record Installed(FieldCipher cipher, BlindIndex blindIndex) {}

  private static volatile Installed installed;

  private FieldCrypto() {}

  /** Makes the cipher and blind index available to {@link #cipher()} and {@link #blindIndex()}. */
  public static void install(FieldCipher cipher, BlindIndex index) {
    installed =
        new Installed(
            Objects.requireNonNull(cipher, "cipher"), Objects.requireNonNull(index, "index"));
  }

  /**
   * Returns the installed cipher.
   *
   * @throws IllegalStateException if nothing is installed yet
   */
  public static FieldCipher cipher() {
    return current().cipher();
  }

  /**
   * Returns the installed blind index.
   *
   * @throws IllegalStateException if nothing is installed yet
   */
  public static BlindIndex blindIndex() {
    return current().blindIndex();
  }

  /** Removes the installed objects; for tests. */
  static void uninstall() {
    installed = null;
  }

  private static Installed current() {
    Installed now = installed;
    if (now == null) {
      throw new IllegalStateException(
          "Field encryption is not installed: CryptoConfig has not run (configure linli.crypto.*)"
              + " or call FieldCrypto.install(...) in tests");
    }
    return now;
  }
}
