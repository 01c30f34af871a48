package org.linli.service.resident;

/**
 * Gender as encoded in a resident identity card number (GB 11643-1999): the 17th character, the
 * last digit of the sequence code, is odd for men and even for women.
 */
public enum Gender {
  MALE,
  FEMALE
}
