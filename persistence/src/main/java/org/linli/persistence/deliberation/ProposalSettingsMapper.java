package org.linli.persistence.deliberation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Per-community deliberation settings (a missing row means the defaults). */
public interface ProposalSettingsMapper extends BaseMapper<ProposalSettingsEntity> {}
