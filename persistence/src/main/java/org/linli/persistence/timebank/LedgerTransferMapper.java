package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Time-bank transfers. */
public interface LedgerTransferMapper extends BaseMapper<LedgerTransferEntity> {}
