package org.linli.service.timebank;

/**
 * A community's balance limits of residents' accounts, in minutes (the community's own account has
 * none).
 *
 * @param minBalanceMinutes the lowest balance a transfer may leave (zero or less, e.g. -600)
 * @param maxBalanceMinutes the highest balance a transfer may leave
 */
public record TimeBankLimits(int minBalanceMinutes, int maxBalanceMinutes) {

  /** Limits of communities that set none. */
  public static final TimeBankLimits DEFAULT = new TimeBankLimits(-600, 6000);
}
