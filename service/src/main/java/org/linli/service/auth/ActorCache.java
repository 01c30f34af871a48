package org.linli.service.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.service.common.ActorChanged;
import org.linli.service.common.RedisKeys;
import org.linli.service.community.CommunityService;
import org.linli.service.community.CommunityService.ActorFacts;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.LongCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What authentication needs to know of a user (memberships, roles, platform admin, deleted),
 * remembered for {@code linli.auth.actor-cache-ttl} so that a request does not read it from the
 * database every time: a flash sale sends thousands of requests from users who opened the mini
 * program moments before.
 *
 * <p>A change is never served stale on the instance that made it, nor on others while Redis works:
 * {@link ActorChanged} makes this instance forget the user at once and again after the transaction
 * commits, and tells the other instances through a Redis topic. A read that started before a change
 * cannot store what it read after the change (a per-user generation). If Redis cannot deliver the
 * message, other instances serve the old facts for at most the time to live. Deleted accounts are
 * never remembered.
 */
@Component
public class ActorCache {

  private static final Logger log = LoggerFactory.getLogger(ActorCache.class);
  private static final long NO_COMMUNITY = 0;

  private final CommunityService communities;
  private final RedissonClient redisson;
  private final RedisKeys keys;
  private final Duration ttl;
  private final Cache<Long, Map<Long, Remembered>> byUser;
  private final AtomicLong generations = new AtomicLong();

  /**
   * When each user last changed, as a generation; only reads still running then need it, so it is
   * kept for a few minutes, not for every user forever.
   */
  private final Cache<Long, Long> changedAt =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();

  public ActorCache(
      CommunityService communities,
      RedissonClient redisson,
      RedisKeys keys,
      AuthProperties properties) {
    this.communities = communities;
    this.redisson = redisson;
    this.keys = keys;
    this.ttl = properties.actorCacheTtl();
    this.byUser = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
  }

  @PostConstruct
  void listen() {
    if (ttl.isZero()) {
      return;
    }
    try {
      topic().addListener(Long.class, (channel, userId) -> forgetHere(userId));
    } catch (RuntimeException e) {
      // Without the topic, other instances' changes reach this one within the time to live.
      log.warn("Actor cache topic unavailable: {}", e.getClass().getSimpleName());
    }
  }

  /** The facts of a user acting in the requested community (or the first joined, if none). */
  public ActorFacts facts(long userId, Long requestedCommunityId) {
    if (ttl.isZero()) {
      return communities.actorFacts(userId, requestedCommunityId);
    }
    long community = requestedCommunityId == null ? NO_COMMUNITY : requestedCommunityId;
    Map<Long, Remembered> known = byUser.getIfPresent(userId);
    Remembered cached = known == null ? null : known.get(community);
    long now = System.nanoTime();
    // Each community's entry ages on its own (the user's map is rewritten when one is added).
    if (cached != null && now - cached.readAt() < ttl.toNanos()) {
      return cached.facts();
    }
    long generation = generations.get();
    ActorFacts facts = communities.actorFacts(userId, requestedCommunityId);
    if (facts != null && !facts.deleted()) {
      byUser
          .asMap()
          .compute(
              userId,
              (id, map) -> {
                // Changed since this read began: what was read may be older than the change.
                Long changed = changedAt.getIfPresent(id);
                if (changed != null && changed > generation) {
                  return map;
                }
                Map<Long, Remembered> next = map == null ? new ConcurrentHashMap<>() : map;
                next.put(community, new Remembered(facts, now));
                return next;
              });
    }
    return facts;
  }

  /** Forgets the user here at once (inside the changing transaction). */
  @EventListener
  public void onChange(ActorChanged change) {
    forgetHere(change.userId());
  }

  /** Forgets the user again once the change is committed, here and on the other instances. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  public void afterChange(ActorChanged change) {
    forgetHere(change.userId());
    if (ttl.isZero()) {
      return;
    }
    try {
      topic().publish(change.userId());
    } catch (RuntimeException e) {
      log.warn("Actor cache topic unavailable: {}", e.getClass().getSimpleName());
    }
  }

  private void forgetHere(long userId) {
    byUser
        .asMap()
        .compute(
            userId,
            (id, map) -> {
              changedAt.put(id, generations.incrementAndGet());
              return null;
            });
  }

  /** Facts as read at {@code readAt} ({@link System#nanoTime()}). */
  private record Remembered(ActorFacts facts, long readAt) {}

  private RTopic topic() {
    return redisson.getTopic(keys.key("auth", "actor-changed"), LongCodec.INSTANCE);
  }
}
