package org.linli.service.resident;

/** Fields a data admin may reveal in full. */
public enum RevealField {
  NAME,
  ID_NUMBER,
  PHONE,
  NOTES
}
