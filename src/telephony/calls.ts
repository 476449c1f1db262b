import { createHash, randomUUID } from 'node:crypto';
import type { ConversationCore } from '../conversations/service.js';
import { HubError } from '../errors.js';
import type { ConversationRecord, MessageRecord, Store } from '../store/types.js';
import type { Speaker } from './settings.js';

/** A phone call linked to a conversation; kept in the transcript as its staff-only "call started" event. */
export interface CallRecord {
  callId: string;
  tenantId: string;
  conversationId: string;
  /** The agent the call's agent-side utterances are attributed to. */
  agent: { id: string; name: string };
  /** Who speaks on the provider's inbound track (Twilio: the leg that ran the TwiML). */
  inboundTrack: Speaker;
  origin: 'console' | 'inbound';
  startedAt: string;
}

export interface CallRegistryDeps {
  store: Store;
  core: ConversationCore;
  now: () => Date;
  /** The first end of a call was stored: the conversation as it is now and the "Call ended" line. */
  onEnded?: (conversation: ConversationRecord, message: MessageRecord) => void;
}

const startId = (callId: string) => `telephony:${callId}`;
const endId = (callId: string) => `telephony:${callId}:end`;
const CACHE_LIMIT = 2_000;

/**
 * The calls of every node live in the store (the transcript's call events, idempotent by clientMsgId), so a
 * callback can land on any node; each node caches what it has read.
 */
export function createCallRegistry(deps: CallRegistryDeps) {
  const { store, core, now } = deps;
  const known = new Map<string, CallRecord>();
  const ended = new Set<string>();
  const key = (tenantId: string, callId: string) => `${tenantId}:${callId}`;
  const remember = (record: CallRecord) => {
    if (known.size >= CACHE_LIMIT) known.delete(known.keys().next().value!);
    known.set(key(record.tenantId, record.callId), record);
  };

  async function setCallActive(tenantId: string, conversationId: string, active: boolean) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await core.getConversation(tenantId, conversationId);
      if (Boolean(current.meta.callActive) === active) return;
      const saved = await store.updateConversation(
        tenantId,
        conversationId,
        { meta: { ...current.meta, callActive: active } },
        current.version,
      );
      if (saved) {
        core.publishUpdate(saved);
        return;
      }
    }
  }

  /**
   * Starts a call on a conversation. With the provider's call id (Twilio's CallSid) the call id is derived from it,
   * so the same call started twice (a retried or replayed webhook) is the first call, stored once.
   */
  async function start(
    input: Omit<CallRecord, 'callId' | 'startedAt'> & { providerCallId?: string },
  ): Promise<CallRecord> {
    const { providerCallId, ...fields } = input;
    await core.getConversation(fields.tenantId, fields.conversationId);
    const callId = providerCallId
      ? `call-${createHash('sha256').update(`${fields.tenantId}:${providerCallId}`).digest('hex').slice(0, 32)}`
      : `call-${randomUUID()}`;
    const record: CallRecord = { ...fields, callId, startedAt: now().toISOString() };
    const { message, duplicate } = await core.append(fields.tenantId, {
      conversationId: input.conversationId,
      clientMsgId: startId(record.callId),
      author: { type: 'system' },
      visibility: 'staff',
      kind: 'event',
      text: input.origin === 'inbound' ? 'Inbound call (live transcript)' : 'Call started (live transcript)',
      meta: { event: 'call_started', call: { ...record } },
    });
    if (duplicate) {
      const first = message.meta?.call as CallRecord;
      remember(first);
      return first;
    }
    remember(record);
    await setCallActive(input.tenantId, input.conversationId, true);
    return record;
  }

  /** The call, or NOT_FOUND (also for another tenant's or another conversation's call id). */
  async function get(tenantId: string, conversationId: string, callId: string): Promise<CallRecord> {
    const cached = known.get(key(tenantId, callId));
    if (cached?.conversationId === conversationId) return cached;
    const message = await store.findMessageByClientId(tenantId, conversationId, startId(callId));
    const record = message?.meta?.call as CallRecord | undefined;
    if (!record || record.callId !== callId) throw new HubError('NOT_FOUND', 'Call not found');
    remember(record);
    return record;
  }

  async function isEnded(call: CallRecord): Promise<boolean> {
    const id = key(call.tenantId, call.callId);
    if (ended.has(id)) return true;
    const message = await store.findMessageByClientId(call.tenantId, call.conversationId, endId(call.callId));
    if (message) ended.add(id);
    return Boolean(message);
  }

  /** Idempotent: the first end stores the "call ended" event and clears the board's call flag. */
  async function end(call: CallRecord, reason: string): Promise<void> {
    const { duplicate, message } = await core.append(call.tenantId, {
      conversationId: call.conversationId,
      clientMsgId: endId(call.callId),
      author: { type: 'system' },
      visibility: 'staff',
      kind: 'event',
      text: 'Call ended',
      meta: { event: 'call_ended', callId: call.callId, reason },
    });
    ended.add(key(call.tenantId, call.callId));
    if (duplicate) return;
    await setCallActive(call.tenantId, call.conversationId, false);
    if (deps.onEnded) deps.onEnded(await core.getConversation(call.tenantId, call.conversationId), message);
  }

  return { start, get, isEnded, end };
}

export type CallRegistry = ReturnType<typeof createCallRegistry>;
