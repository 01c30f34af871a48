package org.linli.service.survey;

/** What survey responses are grouped by. */
public enum GroupDimension {
  /** The building lived in. */
  BUILDING,
  /** The {@link AgeBand}. */
  AGE_BAND,
  /** The registry's residence kind: OWNER, TENANT, FAMILY_MEMBER or OTHER. */
  RESIDENCE_KIND
}
