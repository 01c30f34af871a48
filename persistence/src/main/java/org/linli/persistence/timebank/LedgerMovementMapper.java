package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Time-bank movements (append only). */
public interface LedgerMovementMapper extends BaseMapper<LedgerMovementEntity> {

  /** Sum of a transfer's movements: always 0. */
  @Select("SELECT COALESCE(SUM(amount_minutes), 0) FROM ledger_movement WHERE transfer_id = #{id}")
  long transferSum(@Param("id") long transferId);
}
