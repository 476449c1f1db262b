import type { Logger } from '../logger.js';
import { encodePart, redisKeys } from '../names.js';
import type { SharedStreamSnapshot, StreamSnapshotShare } from '../realtime/stream-hub.js';
import type { RedisClient } from './redis.js';

export interface RedisStreamSnapshotOptions {
  /**
   * The client the Socket.IO adapter publishes on. Snapshot writes go on the same connection, before the tokens
   * they cover are published, so Redis applies them in that order: a client that joins on another node after a
   * token was published finds that token's text in the snapshot.
   */
  pub: RedisClient;
  /** The node's command client, for reads. */
  cmd: RedisClient;
  keyPrefix: string;
  nodeId: string;
  logger: Logger;
  /** Which of these nodes are alive (presence heartbeats). */
  aliveNodes: (nodeIds: string[]) => Promise<Set<string>>;
  /**
   * A conversation's snapshot hash lives this long after its last write (default 60 s): its expiry is renewed at a
   * stream's first write and then at most every quarter of it, so it lives 3/4 to all of it after the last write.
   */
  ttlMs?: number;
  /** The hub's clock (when a stream opened, the score in the node's index). */
  now: () => Date;
}

export interface RedisStreamSnapshots extends StreamSnapshotShare {
  /**
   * Ends streams whose node died: their snapshot is removed and `fail` announces the end (stream:error or
   * coach:error) to the conversation on every node. Exactly one node reaps each stream. Returns how many.
   */
  reapOrphans(fail: (snapshot: SharedStreamSnapshot) => void): Promise<number>;
}

interface Stored extends SharedStreamSnapshot {
  nodeId: string;
}

const SEP = '|';

/**
 * Stream snapshots shared through Redis: a hash per conversation (field = streamId, value = text so far and
 * nextIndex) refreshed at every flush, plus an index of open streams per node used to reap a dead node's streams.
 */
export function createRedisStreamSnapshots(options: RedisStreamSnapshotOptions): RedisStreamSnapshots {
  const { pub, cmd, keyPrefix, nodeId, logger, aliveNodes, now } = options;
  const ttlMs = options.ttlMs ?? 60_000;
  const keys = redisKeys(keyPrefix);
  const hashKey = keys.streams;
  const indexKey = keys.streamsIndex();
  const member = (s: SharedStreamSnapshot, owner: string) =>
    [owner, s.tenantId, s.conversationId, s.streamId, s.kind, s.audience].map(encodePart).join(SEP);
  const warn = (error: unknown) => logger.debug({ err: error }, 'stream snapshot write dropped');
  /** When this node last renewed each hash's expiry (hashes of its open streams only). */
  const renewedAt = new Map<string, number>();

  return {
    save(snapshot) {
      const key = hashKey(snapshot.tenantId, snapshot.conversationId);
      const value = JSON.stringify({ ...snapshot, nodeId } satisfies Stored);
      pub.hset(key, snapshot.streamId, value).catch(warn);
      // A token flush writes the hash only: the expiry is renewed when a stream opens and every ttl/4 after.
      const at = now().getTime();
      const renewed = renewedAt.get(key);
      if (snapshot.nextIndex === 0 || renewed === undefined || at - renewed >= ttlMs / 4) {
        renewedAt.set(key, at);
        pub.pexpire(key, ttlMs).catch(warn);
      }
      if (snapshot.nextIndex === 0) pub.zadd(indexKey, String(at), member(snapshot, nodeId)).catch(warn);
    },
    remove(snapshot) {
      const key = hashKey(snapshot.tenantId, snapshot.conversationId);
      renewedAt.delete(key);
      pub.hdel(key, snapshot.streamId).catch(warn);
      pub.zrem(indexKey, member(snapshot, nodeId)).catch(warn);
    },
    async read(tenantId, conversationId) {
      const raw = await cmd.hgetall(hashKey(tenantId, conversationId));
      const stored = Object.values(raw).map((value) => JSON.parse(value) as Stored);
      const others = stored.filter((snapshot) => snapshot.nodeId !== nodeId);
      const alive = others.length ? await aliveNodes(others.map((snapshot) => snapshot.nodeId)) : new Set();
      return others
        .filter((snapshot) => alive.has(snapshot.nodeId))
        .map(({ nodeId: _owner, ...snapshot }) => snapshot);
    },
    async reapOrphans(fail) {
      const members = await cmd.zrange(indexKey, '0', '-1');
      const entries = members.map((raw) => {
        const [owner, tenantId, conversationId, streamId, kind, audience] = raw
          .split(SEP)
          .map((part) => decodeURIComponent(part));
        return {
          raw,
          owner: owner!,
          tenantId: tenantId!,
          conversationId: conversationId!,
          streamId,
          kind,
          audience,
        };
      });
      const others = entries.filter((entry) => entry.owner !== nodeId);
      if (others.length === 0) return 0;
      const alive = await aliveNodes(others.map((entry) => entry.owner));
      let reaped = 0;
      for (const entry of others) {
        if (alive.has(entry.owner)) continue;
        // ZREM answers 1 to exactly one node: that node announces the end.
        if ((await cmd.zrem(indexKey, entry.raw)) !== 1) continue;
        const key = hashKey(entry.tenantId, entry.conversationId);
        const stored = await cmd.hget(key, entry.streamId!);
        await cmd.hdel(key, entry.streamId!);
        const snapshot: SharedStreamSnapshot = stored
          ? (JSON.parse(stored) as Stored)
          : {
              streamId: entry.streamId!,
              conversationId: entry.conversationId,
              tenantId: entry.tenantId,
              kind: entry.kind as SharedStreamSnapshot['kind'],
              audience: entry.audience as SharedStreamSnapshot['audience'],
              text: '',
              nextIndex: 0,
            };
        fail(snapshot);
        reaped++;
      }
      return reaped;
    },
  };
}
