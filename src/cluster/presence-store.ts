import { redisKeys } from '../names.js';
import { luaScript, type RedisClient } from './redis.js';

/** Live sockets of one conversation on one node, per role. */
export interface ConversationPresence {
  lead: number;
  agent: number;
  supervisor: number;
}

export interface NodePresence {
  nodeId: string;
  conversations: Record<string, ConversationPresence>;
}

/**
 * Where nodes publish their presence. Entries carry an expiry: a node that stops heart-beating (killed, cut off)
 * disappears from every read within `ttlMs`, without anyone having to clean up after it.
 */
export interface PresenceStore {
  /** Marks the node alive for ttlMs. */
  heartbeat(nodeId: string, ttlMs: number): Promise<void>;
  /** Replaces the node's entries for the tenant; an empty map removes them. */
  write(
    tenantId: string,
    nodeId: string,
    conversations: Record<string, ConversationPresence>,
    ttlMs: number,
  ): Promise<void>;
  /** Every live node's entries for the tenant. */
  read(tenantId: string): Promise<NodePresence[]>;
  /** Which of the given nodes are alive. */
  aliveNodes(nodeIds: string[]): Promise<Set<string>>;
  /** Removes the node at once (clean shutdown). */
  leave(nodeId: string, tenantIds: string[]): Promise<void>;
}

/** One process, no Redis: the node only sees itself. */
export function createLocalPresenceStore(now: () => number = Date.now): PresenceStore {
  type Entry = { expiresAt: number; conversations: NodePresence['conversations'] };
  const entries = new Map<string, Map<string, Entry>>();
  const nodes = new Map<string, number>();
  return {
    async heartbeat(nodeId, ttlMs) {
      nodes.set(nodeId, now() + ttlMs);
    },
    async write(tenantId, nodeId, conversations, ttlMs) {
      let tenant = entries.get(tenantId);
      if (!tenant) entries.set(tenantId, (tenant = new Map<string, Entry>()));
      if (Object.keys(conversations).length === 0) tenant.delete(nodeId);
      else tenant.set(nodeId, { expiresAt: now() + ttlMs, conversations });
    },
    async read(tenantId) {
      return [...(entries.get(tenantId) ?? new Map<string, Entry>())]
        .filter(([, entry]) => entry.expiresAt > now())
        .map(([nodeId, entry]) => ({ nodeId, conversations: entry.conversations }));
    },
    async aliveNodes(nodeIds) {
      return new Set(nodeIds.filter((nodeId) => (nodes.get(nodeId) ?? 0) > now()));
    },
    async leave(nodeId, tenantIds) {
      nodes.delete(nodeId);
      for (const tenantId of tenantIds) entries.get(tenantId)?.delete(nodeId);
    },
  };
}

// Expiry is computed with the Redis server's clock (TIME), so replicas with skewed clocks agree.
const writeScript = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if ARGV[2] == '' then
  redis.call('HDEL', KEYS[1], ARGV[1])
else
  redis.call('HSET', KEYS[1], ARGV[1], (now + tonumber(ARGV[3])) .. '|' .. ARGV[2])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 4)
end
return 1
`);
const readScript = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local all = redis.call('HGETALL', KEYS[1])
local out = {}
for i = 1, #all, 2 do
  local value = all[i + 1]
  local sep = string.find(value, '|', 1, true)
  if sep and tonumber(string.sub(value, 1, sep - 1)) > now then
    table.insert(out, all[i])
    table.insert(out, string.sub(value, sep + 1))
  else
    redis.call('HDEL', KEYS[1], all[i])
  end
end
return out
`);

/** Shared presence: a hash per tenant (field = node id, value = expiry|entries) and a key per live node. */
export function createRedisPresenceStore(redis: RedisClient, keyPrefix: string): PresenceStore {
  const keys = redisKeys(keyPrefix);
  const tenantKey = keys.presence;
  const nodeKey = keys.node;
  return {
    async heartbeat(nodeId, ttlMs) {
      await redis.set(nodeKey(nodeId), JSON.stringify({ nodeId, pid: process.pid }), 'PX', ttlMs);
    },
    async write(tenantId, nodeId, conversations, ttlMs) {
      const json = Object.keys(conversations).length ? JSON.stringify(conversations) : '';
      await writeScript(redis, [tenantKey(tenantId)], [nodeId, json, ttlMs]);
    },
    async read(tenantId) {
      const flat = (await readScript(redis, [tenantKey(tenantId)], [])) as string[];
      const nodes: NodePresence[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        nodes.push({
          nodeId: flat[i]!,
          conversations: JSON.parse(flat[i + 1]!) as NodePresence['conversations'],
        });
      }
      return nodes.sort((a, b) => a.nodeId.localeCompare(b.nodeId));
    },
    async aliveNodes(nodeIds) {
      const unique = [...new Set(nodeIds)];
      const found = await Promise.all(unique.map((nodeId) => redis.exists(nodeKey(nodeId))));
      return new Set(unique.filter((_, index) => found[index] === 1));
    },
    async leave(nodeId, tenantIds) {
      await redis.del(nodeKey(nodeId));
      await Promise.all(
        tenantIds.map((tenantId) => writeScript(redis, [tenantKey(tenantId)], [nodeId, '', 0])),
      );
    },
  };
}
