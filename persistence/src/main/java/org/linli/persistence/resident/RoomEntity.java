package org.linli.persistence.resident;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import org.linli.persistence.common.AuditedEntity;

/** A room or other exclusive part (房屋); area in hundredths of a square metre. */
@TableName("room")
public class RoomEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long buildingId;

  private Long unitId;

  private String number;

  private Integer floor;

  private Long areaCentiM2;

  private String areaSource;

  private Boolean developerUnsold;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Long getBuildingId() {
    return buildingId;
  }

  public void setBuildingId(Long buildingId) {
    this.buildingId = buildingId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Integer getFloor() {
    return floor;
  }

  public void setFloor(Integer floor) {
    this.floor = floor;
  }

  public Long getAreaCentiM2() {
    return areaCentiM2;
  }

  public void setAreaCentiM2(Long areaCentiM2) {
    this.areaCentiM2 = areaCentiM2;
  }

  public String getAreaSource() {
    return areaSource;
  }

  public void setAreaSource(String areaSource) {
    this.areaSource = areaSource;
  }

  public Boolean getDeveloperUnsold() {
    return developerUnsold;
  }

  public void setDeveloperUnsold(Boolean developerUnsold) {
    this.developerUnsold = developerUnsold;
  }
}
