package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Communities' time-bank limits. */
public interface TimeBankSettingsMapper extends BaseMapper<TimeBankSettingsEntity> {}
