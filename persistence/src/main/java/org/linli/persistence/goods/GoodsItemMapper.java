package org.linli.persistence.goods;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Goods of the current community. */
public interface GoodsItemMapper extends BaseMapper<GoodsItemEntity> {

  /** The item, locking its row until the transaction ends; {@code null} when absent. */
  @Select("SELECT * FROM goods_item WHERE id = #{id} FOR UPDATE")
  GoodsItemEntity lock(@Param("id") long id);
}
