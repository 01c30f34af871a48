package org.linli.persistence.goods;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Goods of the current community. */
public interface GoodsItemMapper extends BaseMapper<GoodsItemEntity> {

  /** The item, locking its row until the transaction ends; {@code null} when absent. */
  @Select("SELECT * FROM goods_item WHERE id = #{id} FOR UPDATE")
  GoodsItemEntity lock(@Param("id") long id);

  /**
   * Items newest first: of one owner (any status) when {@code ownerId} is given, else those on
   * offer (available or lent); optionally of one mode.
   */
  default List<GoodsItemEntity> page(String mode, Long ownerId, int limit, long offset) {
    return selectList(
        filter(mode, ownerId)
            .orderByDesc(GoodsItemEntity::getId)
            .last("LIMIT " + limit + " OFFSET " + offset));
  }

  /** The number of items {@link #page} lists over all pages. */
  default long count(String mode, Long ownerId) {
    return selectCount(filter(mode, ownerId));
  }

  private static LambdaQueryWrapper<GoodsItemEntity> filter(String mode, Long ownerId) {
    return Wrappers.<GoodsItemEntity>lambdaQuery()
        .eq(mode != null, GoodsItemEntity::getMode, mode)
        .eq(ownerId != null, GoodsItemEntity::getOwnerId, ownerId)
        .in(ownerId == null, GoodsItemEntity::getStatus, List.of("AVAILABLE", "LENT"));
  }
}
