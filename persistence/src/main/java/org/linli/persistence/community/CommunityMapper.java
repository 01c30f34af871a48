package org.linli.persistence.community;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Communities. */
public interface CommunityMapper extends BaseMapper<CommunityEntity> {

  default List<CommunityEntity> listAll() {
    return selectList(Wrappers.<CommunityEntity>lambdaQuery().orderByAsc(CommunityEntity::getId));
  }
}
