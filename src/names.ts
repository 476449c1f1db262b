import { z } from 'zod';

/**
 * The ONE place that builds room names and Redis keys. Every name carries its tenant, and every part is encoded
 * so that no id (ids may contain ":") can make two different (tenant, id) pairs produce the same name:
 * `c:<tenant>:<conversation>` splits into exactly three parts because ":" inside a part is percent-encoded.
 */

/** Tenant ids: lower-case letters, digits and "-", starting with a letter or digit; checked when tenants load. */
export const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const tenantIdSchema = z
  .string()
  .regex(TENANT_ID_PATTERN, 'tenant ids use a-z, 0-9 and "-" (at most 63 characters, no leading "-")');

/** The characters a part keeps as they are; the usual ids (tenants, uuids, `conv-…`) have no others. */
const UNRESERVED = /^[A-Za-z0-9_.~-]*$/;

/** Percent-encodes everything but [A-Za-z0-9_.~-] so ":" "{" "}" "|" never appear inside a part. */
export const encodePart = (value: string): string =>
  UNRESERVED.test(value)
    ? value
    : encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const decodePart = (value: string): string | null => {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
};

const ROOM_KINDS = { c: 'conversation', l: 'lead', t: 'tenantStaff', b: 'board', u: 'staffMember' } as const;
type RoomKind = (typeof ROOM_KINDS)[keyof typeof ROOM_KINDS];

/**
 * One room name from its kind and encoded parts. Joined, not a template literal: V8 keeps a concatenation as a
 * tree of its pieces (a cons string, about 120 bytes for a lead room), and a room name lives as long as its room
 * (the lead room of every idle widget socket); a joined string is one flat string, about half of that.
 */
const roomName = (...parts: string[]): string => parts.join(':');

/** Room names. */
export const rooms = {
  /** In /widget: the lead's sockets; in /agent and /supervisor: staff who joined or monitor it. */
  conversation: (tenantId: string, conversationId: string) =>
    roomName('c', encodePart(tenantId), encodePart(conversationId)),
  /** In /widget: every socket of one lead (several tabs), before a conversation exists. */
  lead: (tenantId: string, leadId: string) => roomName('l', encodePart(tenantId), encodePart(leadId)),
  /** In /agent: every staff socket of the tenant (hand-off packets, inbox updates). */
  tenantStaff: (tenantId: string) => roomName('t', encodePart(tenantId)),
  /** In /supervisor: sockets subscribed to the tenant's board. */
  board: (tenantId: string) => roomName('b', encodePart(tenantId)),
  /** In /agent and /supervisor: every socket of one staff member (disconnected when an admin disables them). */
  staffMember: (tenantId: string, userId: string) => roomName('u', encodePart(tenantId), encodePart(userId)),
} as const;

export interface ParsedRoom {
  kind: RoomKind;
  tenantId: string;
  /** The conversation, lead or staff user id; '' for tenant-wide rooms. */
  id: string;
}

/** Whether a room name is a conversation's room (as parseRoom would say, without decoding it). */
export const isConversationRoom = (room: string): boolean => room.startsWith('c:');

/** The exact inverse of `rooms`: null for anything this module did not build (a socket's own id room). */
export function parseRoom(room: string): ParsedRoom | null {
  const parts = room.split(':');
  const kind = ROOM_KINDS[parts[0] as keyof typeof ROOM_KINDS] as RoomKind | undefined;
  if (!kind) return null;
  const wide = kind === 'tenantStaff' || kind === 'board';
  if (parts.length !== (wide ? 2 : 3)) return null;
  const tenantId = decodePart(parts[1]!);
  const id = wide ? '' : decodePart(parts[2]!);
  if (tenantId === null || id === null || tenantId === '' || (!wide && id === '')) return null;
  return { kind, tenantId, id };
}

/**
 * Redis keys under the configured prefix. Per-conversation keys keep the tenant and conversation inside one
 * hash tag `{...}` so that a conversation's keys share a Redis Cluster slot.
 */
export function redisKeys(prefix: string) {
  return {
    /** The lease of one conversation; `key` comes from conversationKey(). */
    lease: (key: string) => `${prefix}lease:{${key}}`,
    streams: (tenantId: string, conversationId: string) =>
      `${prefix}streams:{${conversationKey(tenantId, conversationId)}}`,
    streamsIndex: () => `${prefix}streams:open`,
    presence: (tenantId: string) => `${prefix}presence:{${encodePart(tenantId)}}`,
    node: (nodeId: string) => `${prefix}node:${encodePart(nodeId)}`,
    sweeperRound: () => `${prefix}sweeper:round`,
    /** The lease of one outbox delivery (src/integrations/outbox/lease.ts). */
    outboxLease: (tenantId: string, deliveryId: string) =>
      `${prefix}outbox:{${encodePart(tenantId)}:${encodePart(deliveryId)}}`,
    /** rate-limiter-flexible keeps its counters under this prefix (one per limit name). */
    rateLimit: (name: string) => `${prefix}rl:${encodePart(name)}`,
    socketIo: () => `${prefix}socket.io`,
  };
}

/** One conversation across tenants (locks, leases): `<tenant>:<conversation>`, both parts encoded. */
export const conversationKey = (tenantId: string, conversationId: string): string =>
  `${encodePart(tenantId)}:${encodePart(conversationId)}`;

/**
 * The stored clientMsgId of a staff send. Client ids may not contain ":" (protocol/common.ts), and every server id
 * does (`bot:<seq>:<n>`, `followup:<job>`, `draft:<id>`, `s:<user>:<id>`), so client and server ids never meet.
 */
export const staffClientMsgId = (userId: string, clientMsgId: string): string =>
  `s:${encodePart(userId)}:${clientMsgId}`;

/** Rate-limit keys inside a limiter: tenant and subject, encoded. */
export const limitKey = (...parts: string[]): string => parts.map(encodePart).join(':');
