package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Time-bank movements (append only). */
public interface LedgerMovementMapper extends BaseMapper<LedgerMovementEntity> {}
