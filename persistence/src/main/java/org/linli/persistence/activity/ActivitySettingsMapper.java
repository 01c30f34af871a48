package org.linli.persistence.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Per-community activity settings (a missing row means the defaults). */
public interface ActivitySettingsMapper extends BaseMapper<ActivitySettingsEntity> {}
