package org.linli.persistence.skill;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Skill categories of the current community. */
public interface SkillCategoryMapper extends BaseMapper<SkillCategoryEntity> {

  default List<SkillCategoryEntity> all() {
    return selectList(
        Wrappers.<SkillCategoryEntity>lambdaQuery().orderByAsc(SkillCategoryEntity::getId));
  }
}
