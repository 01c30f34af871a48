package org.linli.service.resident;

import org.linli.persistence.common.crypto.BlindIndex;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether the registry's field encryption is configured. Every registry operation asks first: with
 * no keys the registry answers 503 instead of storing or reading personal data unprotected.
 */
@Component
class RegistryEncryption {

  private final ObjectProvider<BlindIndex> blindIndexes;

  RegistryEncryption(ObjectProvider<BlindIndex> blindIndexes) {
    this.blindIndexes = blindIndexes;
  }

  /**
   * The blind index.
   *
   * @throws LinliException {@code ENCRYPTION_NOT_CONFIGURED} (503) without keys
   */
  BlindIndex require() {
    BlindIndex index = blindIndexes.getIfAvailable();
    if (index == null) {
      throw new LinliException(ErrorCode.ENCRYPTION_NOT_CONFIGURED);
    }
    return index;
  }
}
