package org.linli.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.linli.service.common.ActorChanged;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.RedisKeys;
import org.linli.service.community.CommunityService;
import org.linli.service.community.CommunityService.ActorFacts;

class ActorCacheTest {

  private static final ActorFacts STAFF =
      new ActorFacts(false, false, 7L, Set.of(CommunityRole.RESIDENT, CommunityRole.STAFF));
  private static final ActorFacts RESIDENT =
      new ActorFacts(false, false, 7L, Set.of(CommunityRole.RESIDENT));

  /** Answers from a function and counts the database reads. */
  private static final class Facts extends CommunityService {
    final List<Long> reads = new ArrayList<>();
    BiFunction<Long, Long, ActorFacts> answer = (user, community) -> STAFF;

    Facts() {
      super(null, null, null, null, null);
    }

    @Override
    public ActorFacts actorFacts(long userId, Long requestedCommunityId) {
      reads.add(userId);
      return answer.apply(userId, requestedCommunityId);
    }
  }

  private static ActorCache cache(Facts facts, Duration ttl) {
    AuthProperties properties =
        new AuthProperties(Duration.ofHours(2), Duration.ofDays(30), 120, 3, List.of(), 10, ttl);
    return new ActorCache(facts, null, new RedisKeys("test"), properties);
  }

  @Test
  void remembersAUser_untilTheUserChanges() {
    Facts facts = new Facts();
    ActorCache cache = cache(facts, Duration.ofMinutes(1));
    assertThat(cache.facts(1, 7L)).isEqualTo(STAFF);
    assertThat(cache.facts(1, 7L)).isEqualTo(STAFF);
    assertThat(facts.reads).hasSize(1);

    facts.answer = (user, community) -> RESIDENT;
    cache.onChange(new ActorChanged(1));
    assertThat(cache.facts(1, 7L)).isEqualTo(RESIDENT);
    assertThat(facts.reads).hasSize(2);
    // Another user's change forgets nothing of this one.
    cache.onChange(new ActorChanged(2));
    assertThat(cache.facts(1, 7L)).isEqualTo(RESIDENT);
    assertThat(facts.reads).hasSize(2);
  }

  @Test
  void eachRequestedCommunity_isRememberedApart() {
    Facts facts = new Facts();
    facts.answer =
        (user, community) ->
            community == null ? RESIDENT : new ActorFacts(false, false, community, Set.of());
    ActorCache cache = cache(facts, Duration.ofMinutes(1));
    assertThat(cache.facts(1, null)).isEqualTo(RESIDENT);
    assertThat(cache.facts(1, 9L).communityId()).isEqualTo(9L);
    assertThat(cache.facts(1, null)).isEqualTo(RESIDENT);
    assertThat(facts.reads).hasSize(2);
  }

  @Test
  void eachEntry_isForgottenOnceItIsOlderThanTheTimeToLive() throws InterruptedException {
    Facts facts = new Facts();
    ActorCache cache = cache(facts, Duration.ofMillis(1000));
    cache.facts(1, 7L);
    Thread.sleep(600);
    // Remembering another community of the same user does not make the first one younger.
    cache.facts(1, 9L);
    Thread.sleep(600);
    cache.facts(1, 7L);
    assertThat(facts.reads).hasSize(3);
    cache.facts(1, 9L);
    assertThat(facts.reads).hasSize(3);
  }

  @Test
  void aReadThatBeganBeforeAChange_isNotRemembered() {
    Facts facts = new Facts();
    ActorCache cache = cache(facts, Duration.ofMinutes(1));
    // The role is revoked (and committed) while the first read is still running: what it read may
    // be older than the change, so it answers but is not kept.
    facts.answer =
        (user, community) -> {
          cache.onChange(new ActorChanged(user));
          facts.answer = (u, c) -> RESIDENT;
          return STAFF;
        };
    assertThat(cache.facts(1, 7L)).isEqualTo(STAFF);
    assertThat(cache.facts(1, 7L)).isEqualTo(RESIDENT);
    assertThat(cache.facts(1, 7L)).isEqualTo(RESIDENT);
    assertThat(facts.reads).hasSize(2);
  }

  @Test
  void deletedAccountsAndUnknownUsers_areNeverRemembered() {
    Facts facts = new Facts();
    facts.answer =
        (user, community) -> user == 1 ? new ActorFacts(false, true, null, Set.of()) : null;
    ActorCache cache = cache(facts, Duration.ofMinutes(1));
    assertThat(cache.facts(1, null).deleted()).isTrue();
    assertThat(cache.facts(1, null).deleted()).isTrue();
    assertThat(cache.facts(2, null)).isNull();
    assertThat(cache.facts(2, null)).isNull();
    assertThat(facts.reads).hasSize(4);
  }

  @Test
  void aZeroTimeToLive_readsEveryTime() {
    Facts facts = new Facts();
    ActorCache cache = cache(facts, Duration.ZERO);
    cache.facts(1, 7L);
    cache.facts(1, 7L);
    assertThat(facts.reads).hasSize(2);
  }
}
