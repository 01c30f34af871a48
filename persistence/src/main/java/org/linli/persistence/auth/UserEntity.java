package org.linli.persistence.auth;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;
import org.linli.persistence.common.AuditedEntity;

/** A WeChat user of the mini program (用户). Holds no session_key. */
@TableName("app_user")
public class UserEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private String openid;

  private String unionid;

  @TableField(updateStrategy = com.baomidou.mybatisplus.annotation.FieldStrategy.ALWAYS)
  private String nickname;

  @TableField(updateStrategy = com.baomidou.mybatisplus.annotation.FieldStrategy.ALWAYS)
  private String pendingNickname;

  private Boolean platformAdmin;

  private LocalDateTime lastLoginAt;

  @Version private Integer version;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getOpenid() {
    return openid;
  }

  public void setOpenid(String openid) {
    this.openid = openid;
  }

  public String getUnionid() {
    return unionid;
  }

  public void setUnionid(String unionid) {
    this.unionid = unionid;
  }

  public String getNickname() {
    return nickname;
  }

  public void setNickname(String nickname) {
    this.nickname = nickname;
  }

  public String getPendingNickname() {
    return pendingNickname;
  }

  public void setPendingNickname(String pendingNickname) {
    this.pendingNickname = pendingNickname;
  }

  public Boolean getPlatformAdmin() {
    return platformAdmin;
  }

  public void setPlatformAdmin(Boolean platformAdmin) {
    this.platformAdmin = platformAdmin;
  }

  public LocalDateTime getLastLoginAt() {
    return lastLoginAt;
  }

  public void setLastLoginAt(LocalDateTime lastLoginAt) {
    this.lastLoginAt = lastLoginAt;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
