package org.linli.persistence.activity;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@link ActivitySignupMapper#snapshot}: the activity, and one of the caller's sign-ups
 * made with the request's idempotency key or holding a place ({@code null} when there is none).
 */
public class SignupSnapshotRow extends ActivityEntity {

  private ActivitySignupEntity signup;

  public ActivitySignupEntity getSignup() {
    return signup;
  }

  public void setSignup(ActivitySignupEntity signup) {
    this.signup = signup;
  }

  /** The caller's sign-ups found in the rows of one snapshot (none, one, or two). */
  public static List<ActivitySignupEntity> signups(List<SignupSnapshotRow> rows) {
    List<ActivitySignupEntity> found = new ArrayList<>(rows.size());
    for (SignupSnapshotRow r : rows) {
      if (r.getSignup() != null && r.getSignup().getId() != null) {
        found.add(r.getSignup());
      }
    }
    return found;
  }
}
