package org.linli.service.resident;

/**
 * The registry's field catalogue (privacy notes item 1, GB/T 35273): every field's category, legal
 * basis, purpose and retention. Encryption, masking and the retention job follow from it.
 */
public enum RegistryField {
  NAME(false, false, true, "履行法定职责（居民登记）", "居民服务与联系", "迁出后保留至期满后匿名化"),
  GENDER(false, false, false, "履行法定职责（居民登记）", "人口统计", "迁出后保留至期满后删除"),
  BIRTH_DATE(false, false, true, "履行法定职责（居民登记）", "年龄段统计、未成年人保护", "迁出后保留至期满后删除"),
  ID_NUMBER(true, true, true, "履行法定职责（居民登记）", "身份核验、去重", "迁出后保留至期满后删除"),
  PHONE(true, true, true, "个人同意 / 履行法定职责", "紧急联系、通知", "迁出后保留至期满后删除"),
  ADDRESS(true, false, true, "履行法定职责（居民登记）", "按楼栋服务与统计", "迁出后保留至期满后删除"),
  RELATION(false, false, false, "履行法定职责（居民登记）", "户籍关系", "迁出后保留至期满后删除"),
  RESIDENCE_KIND(false, false, false, "履行法定职责（居民登记）", "业主表决、统计", "迁出后保留至期满后删除"),
  CARE_TAGS(true, false, false, "个人单独同意 / 履行法定职责", "关爱服务（独居老人、残疾人、低保等）", "迁出后保留至期满后删除"),
  NOTES(true, true, true, "个人单独同意", "健康与照护需要", "迁出后保留至期满后删除");

  private final boolean sensitive;
  private final boolean encrypted;
  private final boolean masked;
  private final String legalBasis;
  private final String purpose;
  private final String retention;

  RegistryField(
      boolean sensitive,
      boolean encrypted,
      boolean masked,
      String legalBasis,
      String purpose,
      String retention) {
    this.sensitive = sensitive;
    this.encrypted = encrypted;
    this.masked = masked;
    this.legalBasis = legalBasis;
    this.purpose = purpose;
    this.retention = retention;
  }

  /**
   * Sensitive personal information (PIPL Art. 28), treated as such even where the law is unclear.
   */
  public boolean sensitive() {
    return sensitive;
  }

  /** Encrypted at rest by the application. */
  public boolean encrypted() {
    return encrypted;
  }

  /** Masked in every answer and masked export. */
  public boolean masked() {
    return masked;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public String purpose() {
    return purpose;
  }

  public String retention() {
    return retention;
  }
}
