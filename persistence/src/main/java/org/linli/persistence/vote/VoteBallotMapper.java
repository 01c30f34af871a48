package org.linli.persistence.vote;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Ballots. Append-only; the only update marks a ballot superseded by a changed one. */
public interface VoteBallotMapper extends BaseMapper<VoteBallotEntity> {

  /** The voter's ballot in force, if any, read for display. */
  @Select(
      "SELECT * FROM vote_ballot WHERE vote_id = #{voteId} AND voter_id = #{voterId}"
          + " AND superseded_at IS NULL")
  VoteBallotEntity active(@Param("voteId") long voteId, @Param("voterId") long voterId);

  /**
   * The voter's ballot in force, if any, as last committed (a locking read, so it is current even
   * after waiting for the voter's lock).
   */
  @Select(
      "SELECT * FROM vote_ballot WHERE vote_id = #{voteId} AND voter_id = #{voterId}"
          + " AND superseded_at IS NULL FOR UPDATE")
  VoteBallotEntity lockActive(@Param("voteId") long voteId, @Param("voterId") long voterId);

  /** Marks a ballot superseded. */
  @Update(
      "UPDATE vote_ballot SET superseded_at = #{now} WHERE id = #{id} AND superseded_at IS NULL")
  int supersede(@Param("id") long id, @Param("now") LocalDateTime now);

  /** Every ballot in force, by voter key, for counting. */
  @Select(
      "SELECT v.voter_key, b.option_key FROM vote_ballot b JOIN vote_voter v ON v.id = b.voter_id"
          + " WHERE b.vote_id = #{voteId} AND b.superseded_at IS NULL")
  List<CountedBallotRow> counted(@Param("voteId") long voteId);

  /** A page of ballots in force, in casting order, with the voter's label. */
  @Select(
      "SELECT b.id, b.voter_id, v.label AS voter_label, b.option_key, b.channel, b.cast_by,"
          + " b.cast_for, b.proxy_reference, b.proxy_holder, b.reason, b.cast_at"
          + " FROM vote_ballot b JOIN vote_voter v ON v.id = b.voter_id"
          + " WHERE b.vote_id = #{voteId} AND b.superseded_at IS NULL"
          + " ORDER BY b.cast_at, b.id LIMIT #{limit} OFFSET #{offset}")
  List<BallotRow> page(
      @Param("voteId") long voteId, @Param("offset") long offset, @Param("limit") int limit);

  /** Ballots in force. */
  @Select("SELECT COUNT(*) FROM vote_ballot WHERE vote_id = #{voteId} AND superseded_at IS NULL")
  long countActive(@Param("voteId") long voteId);

  /** A ballot in force, for counting. */
  record CountedBallotRow(String voterKey, String optionKey) {}

  /** A ballot in force with its voter's label. */
  record BallotRow(
      Long id,
      Long voterId,
      String voterLabel,
      String optionKey,
      String channel,
      Long castBy,
      Long castFor,
      String proxyReference,
      String proxyHolder,
      String reason,
      LocalDateTime castAt) {}
}
