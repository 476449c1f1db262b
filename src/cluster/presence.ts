import type { Namespace, Server } from 'socket.io';
import type { Logger } from '../logger.js';
import type { BoardPresenceEvent } from '../protocol/events.js';
import { parseRoom, rooms } from '../names.js';
import type { TenantDirectory } from '../tenants.js';
import { repeat, type Repeating } from './interval.js';
import type { ConversationPresence, PresenceStore } from './presence-store.js';

export interface PresenceOptions {
  io: Server;
  nodeId: string;
  store: PresenceStore;
  tenants: TenantDirectory;
  logger: Logger;
  /** How often the node re-announces itself (default 5 s). */
  heartbeatMs?: number;
  /** How long an entry lives without a heartbeat: bounds how long a dead node's sockets stay shown (default 3 × heartbeat). */
  ttlMs?: number;
  /** Tell the other nodes when this node's presence changed (needs a cluster adapter; default false). */
  notifyPeers?: boolean;
  /** The hub's clock (the `at` of each snapshot). */
  now: () => Date;
}

export interface Presence {
  /** Every live node's sockets in the tenant's conversations. */
  snapshot(tenantId: string): Promise<BoardPresenceEvent>;
  /** Removes this node's entries at once (clean shutdown) and stops the heartbeat. */
  stop(): Promise<void>;
}

const ROLE_BY_NAMESPACE = { '/widget': 'lead', '/agent': 'agent', '/supervisor': 'supervisor' } as const;
const CHANGED = 'presence:changed';

/**
 * Cross-node presence for the supervisor board. Counts this node's sockets per conversation room from the
 * adapters' join-room/leave-room events (no change to the handlers), publishes them with a TTL, tells the other
 * nodes that the tenant changed, and pushes `board:presence` to this node's board subscribers whenever the
 * merged view changes (and at every heartbeat, which is how a dead node's entries visibly expire).
 */
export function startPresence(options: PresenceOptions): Presence {
  const { io, nodeId, store, tenants, logger, now } = options;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const ttlMs = options.ttlMs ?? 3 * heartbeatMs;
  /** tenantId → conversationId → counts on this node */
  const local = new Map<string, Map<string, ConversationPresence>>();
  const published = new Set<string>();
  const dirty = new Set<string>();
  const lastSent = new Map<string, string>();
  const supervisor: Namespace = io.of('/supervisor');
  let flushTimer: NodeJS.Timeout | undefined;

  /** The exact tenant of a room (never a prefix match), and only for tenants this hub knows. */
  const roomOf = (room: string, kind: 'conversation' | 'board') => {
    const parsed = parseRoom(room);
    if (parsed?.kind !== kind || !tenants.get(parsed.tenantId)) return null;
    return { tenantId: parsed.tenantId, rest: parsed.id };
  };

  const track = (role: keyof ConversationPresence, room: string, delta: 1 | -1) => {
    const parsed = roomOf(room, 'conversation');
    if (!parsed?.rest) return;
    let conversations = local.get(parsed.tenantId);
    if (!conversations) local.set(parsed.tenantId, (conversations = new Map<string, ConversationPresence>()));
    const counts = conversations.get(parsed.rest) ?? { lead: 0, agent: 0, supervisor: 0 };
    counts[role] = Math.max(0, counts[role] + delta);
    if (counts.lead + counts.agent + counts.supervisor === 0) conversations.delete(parsed.rest);
    else conversations.set(parsed.rest, counts);
    dirty.add(parsed.tenantId);
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      void flushDirty();
    }, 50);
  };

  for (const [name, role] of Object.entries(ROLE_BY_NAMESPACE)) {
    const adapter = io.of(name).adapter;
    adapter.on('join-room', (room: string, socketId: string) => {
      track(role, room, 1);
      const board = name === '/supervisor' ? roomOf(room, 'board') : null;
      if (board) void sendTo(board.tenantId, socketId);
    });
    adapter.on('leave-room', (room: string) => track(role, room, -1));
  }

  const entriesOf = (tenantId: string) => Object.fromEntries(local.get(tenantId) ?? []);

  async function writeTenant(tenantId: string): Promise<void> {
    const entries = entriesOf(tenantId);
    await store.write(tenantId, nodeId, entries, ttlMs);
    if (Object.keys(entries).length) published.add(tenantId);
    else published.delete(tenantId);
  }

  async function snapshot(tenantId: string): Promise<BoardPresenceEvent> {
    let nodes: BoardPresenceEvent['nodes'];
    try {
      nodes = await store.read(tenantId);
    } catch {
      // The shared store is away: show what this node knows.
      const mine = entriesOf(tenantId);
      nodes = Object.keys(mine).length ? [{ nodeId, conversations: mine }] : [];
    }
    return { tenantId, nodes, at: now().toISOString() };
  }

  const hasLocalBoard = (tenantId: string) => supervisor.adapter.rooms.has(rooms.board(tenantId));

  async function sendTo(tenantId: string, socketId: string): Promise<void> {
    const event = await snapshot(tenantId);
    supervisor.local.to(socketId).emit('board:presence', event);
  }

  /** Pushes the merged view to this node's board subscribers when it changed. */
  async function refreshBoards(tenantIds: Iterable<string>): Promise<void> {
    for (const tenantId of tenantIds) {
      if (!hasLocalBoard(tenantId)) continue;
      const event = await snapshot(tenantId);
      const key = JSON.stringify(event.nodes);
      if (lastSent.get(tenantId) === key) continue;
      lastSent.set(tenantId, key);
      supervisor.local.to(rooms.board(tenantId)).emit('board:presence', event);
    }
  }

  async function flushDirty(): Promise<void> {
    const tenantIds = [...dirty];
    dirty.clear();
    try {
      await Promise.all(tenantIds.map(writeTenant));
    } catch (error) {
      for (const tenantId of tenantIds) dirty.add(tenantId);
      logger.debug({ err: error }, 'presence write failed; retried at the next heartbeat');
      return;
    }
    if (options.notifyPeers) for (const tenantId of tenantIds) supervisor.serverSideEmit(CHANGED, tenantId);
    await refreshBoards(tenantIds);
  }

  supervisor.on(CHANGED, (tenantId: unknown) => {
    if (typeof tenantId === 'string') void refreshBoards([tenantId]);
  });

  const heartbeat: Repeating = repeat(
    'presence heartbeat',
    heartbeatMs,
    async () => {
      await store.heartbeat(nodeId, ttlMs);
      const tenantIds = new Set([...published, ...local.keys(), ...dirty]);
      dirty.clear();
      await Promise.all([...tenantIds].map(writeTenant));
      await refreshBoards(tenants.all().map((tenant) => tenant.id));
    },
    logger,
  );
  void heartbeat.runNow();

  return {
    snapshot,
    async stop() {
      heartbeat.stop();
      clearTimeout(flushTimer);
      await store.leave(nodeId, [...published]).catch(() => undefined);
    },
  };
}
