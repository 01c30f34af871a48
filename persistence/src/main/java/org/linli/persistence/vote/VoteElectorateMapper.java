package org.linli.persistence.vote;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * A vote's frozen electorate: read from the registry once, when the vote opens, then only from the
 * vote_voter tables.
 */
public interface VoteElectorateMapper
    extends com.baomidou.mybatisplus.core.mapper.BaseMapper<VoteVoterEntity> {

  String SCOPE =
      "<if test=\"scopeKind == 'BUILDINGS'\"> AND rm.building_id IN"
          + "<foreach collection='ids' item='i' open='(' separator=',' close=')'>#{i}</foreach></if>"
          + "<if test=\"scopeKind == 'UNITS'\"> AND rm.unit_id IN"
          + "<foreach collection='ids' item='i' open='(' separator=',' close=')'>#{i}</foreach></if>"
          + "<if test=\"scopeKind == 'ROOMS'\"> AND rm.id IN"
          + "<foreach collection='ids' item='i' open='(' separator=',' close=')'>#{i}</foreach></if>";

  /**
   * Every room of the scope with each of its owners (one row per owner, or one row without an
   * owner), in room order. Owners whose processing is restricted still count (Civil Code Art. 278
   * makes the count a legal obligation), but their names are not copied.
   */
  @Select(
      "<script>SELECT rm.id AS room_id, rm.building_id, rm.unit_id,"
          + " CONCAT(b.name, ' ', u.name, ' ', rm.number) AS label, rm.area_centi_m2,"
          + " rm.area_source, rm.developer_unsold, o.resident_id AS owner_id,"
          + " CASE WHEN r.restricted_at IS NULL THEN r.name ELSE '*' END AS owner_name"
          + " FROM room rm JOIN building b ON b.id = rm.building_id"
          + " JOIN building_unit u ON u.id = rm.unit_id"
          + " LEFT JOIN ownership o ON o.room_id = rm.id"
          + " LEFT JOIN resident r ON r.id = o.resident_id"
          + " WHERE 1 = 1"
          + SCOPE
          + " ORDER BY rm.building_id, rm.unit_id, rm.id, o.resident_id</script>")
  List<ScopeRoomRow> scopeRooms(
      @Param("scopeKind") String scopeKind, @Param("ids") Collection<Long> ids);

  /**
   * Residents living in the scope on {@code today} and born on or before {@code bornBy} (aged 18 or
   * more), in room order; residents whose processing is restricted are left out.
   */
  @Select(
      "<script>SELECT r.id AS resident_id, r.name, r.household_id, rm.id AS room_id, rm.building_id,"
          + " rm.unit_id, CONCAT(b.name, ' ', u.name, ' ', rm.number) AS label"
          + " FROM resident r JOIN household h ON h.id = r.household_id"
          + " JOIN room rm ON rm.id = h.room_id JOIN building b ON b.id = rm.building_id"
          + " JOIN building_unit u ON u.id = rm.unit_id"
          + " WHERE r.birth_date &lt;= #{bornBy} AND r.restricted_at IS NULL"
          + " AND (r.move_in_date IS NULL OR r.move_in_date &lt;= #{today})"
          + " AND (r.move_out_date IS NULL OR r.move_out_date &gt; #{today})"
          + SCOPE
          + " ORDER BY rm.building_id, rm.unit_id, rm.id, r.household_id, r.id</script>")
  List<ScopeResidentRow> scopeAdults(
      @Param("scopeKind") String scopeKind,
      @Param("ids") Collection<Long> ids,
      @Param("bornBy") LocalDate bornBy,
      @Param("today") LocalDate today);

  /** How many of the given buildings, units or rooms exist in the current community. */
  @Select(
      "<script>SELECT COUNT(*) FROM"
          + "<choose><when test=\"scopeKind == 'BUILDINGS'\"> building</when>"
          + "<when test=\"scopeKind == 'UNITS'\"> building_unit</when>"
          + "<otherwise> room</otherwise></choose>"
          + " WHERE id IN"
          + "<foreach collection='ids' item='i' open='(' separator=',' close=')'>#{i}</foreach>"
          + "</script>")
  int countScope(@Param("scopeKind") String scopeKind, @Param("ids") Collection<Long> ids);

  /** Freezes voters. */
  @Insert(
      "<script>INSERT INTO vote_voter (community_id, vote_id, voter_key, area_centi_m2, developer,"
          + " label) VALUES <foreach collection='rows' item='v' separator=','>(#{communityId},"
          + " #{voteId}, #{v.voterKey}, #{v.areaCentiM2}, #{v.developer}, #{v.label})</foreach>"
          + "</script>")
  int insertVoters(
      @Param("communityId") long communityId,
      @Param("voteId") long voteId,
      @Param("rows") List<VoterRow> rows);

  /** Freezes rooms. */
  @Insert(
      "<script>INSERT INTO vote_voter_room (community_id, vote_id, voter_id, room_id, building_id,"
          + " unit_id, label, area_centi_m2, area_source) VALUES"
          + " <foreach collection='rows' item='r' separator=','>(#{communityId}, #{voteId},"
          + " #{r.voterId}, #{r.roomId}, #{r.buildingId}, #{r.unitId}, #{r.label}, #{r.areaCentiM2},"
          + " #{r.areaSource})</foreach></script>")
  int insertRooms(
      @Param("communityId") long communityId,
      @Param("voteId") long voteId,
      @Param("rows") List<FrozenRoomRow> rows);

  /** Freezes the people who may cast each voter's ballot. */
  @Insert(
      "<script>INSERT INTO vote_voter_person (community_id, vote_id, voter_id, resident_id, name)"
          + " VALUES <foreach collection='rows' item='p' separator=','>(#{communityId}, #{voteId},"
          + " #{p.voterId}, #{p.residentId}, #{p.name})</foreach></script>")
  int insertPersons(
      @Param("communityId") long communityId,
      @Param("voteId") long voteId,
      @Param("rows") List<FrozenPersonRow> rows);

  /** The frozen voters of a vote. */
  @Select(
      "SELECT id, voter_key, area_centi_m2, developer, label FROM vote_voter WHERE vote_id = #{voteId}"
          + " ORDER BY id")
  List<VoterRow> voters(@Param("voteId") long voteId);

  /** A page of frozen voters, optionally of one building. */
  @Select(
      "<script>SELECT v.id, v.voter_key, v.area_centi_m2, v.developer, v.label FROM vote_voter v"
          + " WHERE v.vote_id = #{voteId}"
          + "<if test='buildingId != null'> AND EXISTS (SELECT 1 FROM vote_voter_room x"
          + " WHERE x.voter_id = v.id AND x.building_id = #{buildingId})</if>"
          + " ORDER BY v.id LIMIT #{limit} OFFSET #{offset}</script>")
  List<VoterRow> voterPage(
      @Param("voteId") long voteId,
      @Param("buildingId") Long buildingId,
      @Param("offset") long offset,
      @Param("limit") int limit);

  /** How many voters {@link #voterPage} lists in all. */
  @Select(
      "<script>SELECT COUNT(*) FROM vote_voter v WHERE v.vote_id = #{voteId}"
          + "<if test='buildingId != null'> AND EXISTS (SELECT 1 FROM vote_voter_room x"
          + " WHERE x.voter_id = v.id AND x.building_id = #{buildingId})</if></script>")
  long countVoters(@Param("voteId") long voteId, @Param("buildingId") Long buildingId);

  /** The frozen rooms of the given voters. */
  @Select(
      "<script>SELECT voter_id, room_id, building_id, unit_id, label, area_centi_m2, area_source"
          + " FROM vote_voter_room WHERE vote_id = #{voteId} AND voter_id IN"
          + "<foreach collection='voterIds' item='i' open='(' separator=',' close=')'>#{i}</foreach>"
          + " ORDER BY id</script>")
  List<FrozenRoomRow> roomsOf(
      @Param("voteId") long voteId, @Param("voterIds") Collection<Long> voterIds);

  /** The people of the given voters. */
  @Select(
      "<script>SELECT voter_id, resident_id, name FROM vote_voter_person WHERE vote_id = #{voteId}"
          + " AND voter_id IN"
          + "<foreach collection='voterIds' item='i' open='(' separator=',' close=')'>#{i}</foreach>"
          + " ORDER BY id</script>")
  List<FrozenPersonRow> personsOf(
      @Param("voteId") long voteId, @Param("voterIds") Collection<Long> voterIds);

  /** The voters a resident may cast a ballot for. */
  @Select(
      "SELECT v.id, v.voter_key, v.area_centi_m2, v.developer, v.label FROM vote_voter v"
          + " JOIN vote_voter_person p ON p.voter_id = v.id"
          + " WHERE p.vote_id = #{voteId} AND p.resident_id = #{residentId} ORDER BY v.id")
  List<VoterRow> votersOfResident(
      @Param("voteId") long voteId, @Param("residentId") long residentId);

  /** A voter of a vote, locked: a ballot for it is written only under this lock. */
  @Select(
      "SELECT id, voter_key, area_centi_m2, developer, label FROM vote_voter WHERE id = #{voterId}"
          + " AND vote_id = #{voteId} FOR UPDATE")
  VoterRow lockVoter(@Param("voteId") long voteId, @Param("voterId") long voterId);

  /** Whether a resident may cast a voter's ballot. */
  @Select(
      "SELECT COUNT(*) FROM vote_voter_person WHERE voter_id = #{voterId}"
          + " AND resident_id = #{residentId}")
  int isPerson(@Param("voterId") long voterId, @Param("residentId") long residentId);

  /** Rooms whose voter has no ballot in force, optionally of one building, in room order. */
  @Select(
      "<script>SELECT r.voter_id, r.room_id, r.building_id, r.unit_id, r.label, r.area_centi_m2,"
          + " r.area_source FROM vote_voter_room r WHERE r.vote_id = #{voteId}"
          + "<if test='buildingId != null'> AND r.building_id = #{buildingId}</if>"
          + " AND NOT EXISTS (SELECT 1 FROM vote_ballot b WHERE b.vote_id = #{voteId}"
          + " AND b.voter_id = r.voter_id AND b.superseded_at IS NULL)"
          + " ORDER BY r.building_id, r.unit_id, r.label, r.room_id LIMIT #{limit} OFFSET #{offset}"
          + "</script>")
  List<FrozenRoomRow> roomsNotVoted(
      @Param("voteId") long voteId,
      @Param("buildingId") Long buildingId,
      @Param("offset") long offset,
      @Param("limit") int limit);

  /** How many rooms {@link #roomsNotVoted} lists in all. */
  @Select(
      "<script>SELECT COUNT(*) FROM vote_voter_room r WHERE r.vote_id = #{voteId}"
          + "<if test='buildingId != null'> AND r.building_id = #{buildingId}</if>"
          + " AND NOT EXISTS (SELECT 1 FROM vote_ballot b WHERE b.vote_id = #{voteId}"
          + " AND b.voter_id = r.voter_id AND b.superseded_at IS NULL)</script>")
  long countRoomsNotVoted(@Param("voteId") long voteId, @Param("buildingId") Long buildingId);

  /**
   * The resident bound to a user in the current community, if any. Deliberately also after moving
   * out: an owner who moved away still owns, and the frozen electorate decides who may vote.
   */
  @Select("SELECT id FROM resident WHERE user_id = #{userId}")
  Long residentOfUser(@Param("userId") long userId);

  /** A frozen voter. */
  record VoterRow(Long id, String voterKey, Long areaCentiM2, Boolean developer, String label) {}

  /** A room of the registry in scope, with one owner. */
  record ScopeRoomRow(
      Long roomId,
      Long buildingId,
      Long unitId,
      String label,
      Long areaCentiM2,
      String areaSource,
      Boolean developerUnsold,
      Long ownerId,
      String ownerName) {}

  /** An adult resident living in the scope. */
  record ScopeResidentRow(
      Long residentId,
      String name,
      Long householdId,
      Long roomId,
      Long buildingId,
      Long unitId,
      String label) {}

  /** A frozen room. */
  record FrozenRoomRow(
      Long voterId,
      Long roomId,
      Long buildingId,
      Long unitId,
      String label,
      Long areaCentiM2,
      String areaSource) {}

  /** A frozen person who may cast a voter's ballot. */
  record FrozenPersonRow(Long voterId, Long residentId, String name) {}
}
