package org.linli.persistence.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Heads of the per-community audit chains. */
public interface AuditChainHeadMapper extends BaseMapper<AuditChainHeadEntity> {

  /** Creates the head of a new chain unless it exists. */
  @Insert(
      "INSERT IGNORE INTO audit_chain_head (community_id, last_seq, last_hash)"
          + " VALUES (#{communityId}, 0, #{genesis})")
  int createIfAbsent(@Param("communityId") long communityId, @Param("genesis") String genesis);

  /** Reads and row-locks the head until the transaction ends, serialising appends. */
  @Select("SELECT * FROM audit_chain_head WHERE community_id = #{communityId} FOR UPDATE")
  AuditChainHeadEntity lockHead(@Param("communityId") long communityId);

  @Update(
      "UPDATE audit_chain_head SET last_seq = #{seq}, last_hash = #{hash}"
          + " WHERE community_id = #{communityId}")
  int advance(
      @Param("communityId") long communityId, @Param("seq") long seq, @Param("hash") String hash);
}
