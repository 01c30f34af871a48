package org.linli.persistence.skill;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Suspensions from posting. */
public interface SharingSuspensionMapper extends BaseMapper<SharingSuspensionEntity> {}
