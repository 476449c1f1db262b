import { randomUUID } from 'node:crypto';
import type { StaffClaims } from '../auth.js';
import type { Logger } from '../logger.js';
import type { AuditRecord, Store } from '../store/types.js';
import { clientIp } from '../http/client-ip.js';

/** Staff events that read a transcript or change a conversation, and the audit action each one records. */
export const auditedEvents: Record<string, string> = {
  '/agent conversation:join': 'transcript.read',
  '/supervisor conversation:monitor': 'transcript.read',
  '/agent conversation:claim': 'conversation.claim',
  '/agent conversation:release': 'conversation.release',
  '/agent bot:enable': 'conversation.bot_enable',
  '/agent conversation:close': 'conversation.close',
  '/agent conversation:snooze': 'conversation.snooze',
  '/supervisor conversation:barge': 'conversation.barge',
  '/supervisor conversation:assign': 'conversation.assign',
  '/supervisor draft:approve': 'conversation.draft_approve',
  '/supervisor draft:reject': 'conversation.draft_reject',
};

export interface AuditLog {
  record(entry: {
    claims: StaffClaims;
    action: string;
    target: AuditRecord['target'];
    origin: string;
    detail?: Record<string, unknown>;
  }): Promise<void>;
}

/** Appends audit entries (who, when, what, from where); the store port offers no way to change them. */
export function createAuditLog(deps: { store: Store; now: () => Date; logger: Logger }): AuditLog {
  return {
    async record({ claims, action, target, origin, detail }) {
      const entry: AuditRecord = {
        id: randomUUID(),
        tenantId: claims.tenantId,
        at: deps.now().toISOString(),
        actor: { type: 'staff', userId: claims.userId, name: claims.name, role: claims.role },
        action,
        target,
        origin,
        ...(detail ? { detail } : {}),
      };
      await deps.store.appendAudit(entry);
    },
  };
}

/** A staff socket as far as the audit needs it: its handshake gives the origin of each entry. */
interface AuditedSocket {
  handshake: { headers: Record<string, string | string[] | undefined>; address: string };
}
type Handlers = Record<string, (socket: never, claims: StaffClaims, payload: never) => Promise<unknown>>;

/**
 * Wraps a namespace's staff handlers (built once per namespace, shared by its sockets): each audited event, once
 * it succeeded, is appended to the audit log before its ack is sent (a read is not answered without its audit
 * entry), with the sender's claims and the origin of its handshake.
 */
export function withAudit<H extends Handlers>(
  handlers: H,
  context: { audit: AuditLog | undefined; namespace: string; trustProxyHops: number },
): H {
  const { audit, namespace, trustProxyHops } = context;
  if (!audit) return handlers;
  const wrapped: Handlers = { ...handlers };
  for (const [event, handler] of Object.entries(handlers)) {
    const action = auditedEvents[`${namespace} ${event}`];
    if (!action) continue;
    wrapped[event] = async (socket: AuditedSocket, claims: StaffClaims, payload: never) => {
      const result = await handler(socket as never, claims, payload);
      const { conversationId, agentId, draftId } = payload as Record<string, string | undefined>;
      await audit.record({
        claims,
        action,
        target: { type: 'conversation', id: conversationId ?? 'unknown' },
        origin: handshakeOrigin(socket.handshake, trustProxyHops),
        ...(agentId || draftId
          ? { detail: { ...(agentId ? { agentId } : {}), ...(draftId ? { draftId } : {}) } }
          : {}),
      });
      return result;
    };
  }
  return wrapped as H;
}

/** The client address of a socket handshake: X-Forwarded-For is read only as far as the trusted proxy hops. */
export function handshakeOrigin(
  handshake: { headers: Record<string, string | string[] | undefined>; address: string },
  trustProxyHops: number,
): string {
  return clientIp(handshake.address, handshake.headers['x-forwarded-for'], trustProxyHops).slice(0, 64);
}
