import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { HubEvent } from '../conversations/events.js';
import type { Temperature } from '../protocol/common.js';
import type { ConversationRecord, LeadRecord } from '../store/types.js';

/** The version of the webhook payload shape (docs/INTEGRATIONS.md); bumped only for breaking changes. */
export const WEBHOOK_PAYLOAD_VERSION = 1;

/** Why an agent is paged (the `agent.paged` event). */
export type PageReason = 'handoff_waiting' | 'hot_handoff_unclaimed' | 'assigned';

export type WebhookEventType = HubEvent['type'] | 'agent.paged' | 'followup.sent' | 'lead.erased';

/**
 * The lead as the CRM gets it. PII policy: the name, phone (as given and in E.164) and email go out once the
 * lead gave them (the CRM needs them to call or text back); never the visitor id or secret, the site identity,
 * transcripts, notes or coaching.
 */
export interface WebhookLead {
  id: string;
  name: string | null;
  phone: string | null;
  phoneE164: string | null;
  email: string | null;
  identified: boolean;
  temperature: Temperature;
  optedOut: boolean;
  intent: 'buy' | 'sell' | null;
}

export interface WebhookConversation {
  id: string;
  status: string;
  botKind: string;
  channel: string;
  owner: { type: 'bot' | 'agent'; id: string | null; name: string | null };
  temperature: Temperature;
  listing: { id: string; address: string | null } | null;
  createdAt: string;
}

/** One webhook delivery: the same envelope for every event type; `data` depends on `type`. */
export interface WebhookEnvelope {
  version: typeof WEBHOOK_PAYLOAD_VERSION;
  /** Unique per event; equal to the `X-Hub-Delivery` header and kept across retries (de-duplicate on it). */
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  tenantId: string;
  lead: WebhookLead | null;
  conversation: WebhookConversation | null;
  data: Record<string, unknown>;
}

function e164(phone: string | undefined): string | null {
  if (!phone) return null;
  const parsed = parsePhoneNumberFromString(phone, 'US');
  return parsed?.isValid() ? parsed.number : null;
}

export function leadView(lead: LeadRecord): WebhookLead {
  return {
    id: lead.id,
    name: lead.name ?? null,
    phone: lead.phone ?? null,
    phoneE164: e164(lead.phone),
    email: lead.email ?? null,
    identified: Boolean(lead.name || lead.phone || lead.email),
    temperature: lead.temperature,
    optedOut: lead.optedOut,
    intent: lead.intent ?? null,
  };
}

export function conversationView(conversation: ConversationRecord): WebhookConversation {
  return {
    id: conversation.id,
    status: conversation.status,
    botKind: conversation.botKind,
    channel: conversation.channel,
    owner: {
      type: conversation.owner.type,
      id: conversation.owner.id ?? null,
      name: conversation.owner.name ?? null,
    },
    temperature: conversation.temperature,
    listing: conversation.listing
      ? { id: conversation.listing.id, address: conversation.listing.address ?? null }
      : null,
    createdAt: conversation.createdAt,
  };
}

export function envelope(
  id: string,
  type: WebhookEventType,
  event: Pick<HubEvent, 'tenantId' | 'at'>,
  lead: LeadRecord | null,
  conversation: ConversationRecord | null,
  data: Record<string, unknown>,
): WebhookEnvelope {
  return {
    version: WEBHOOK_PAYLOAD_VERSION,
    id,
    type,
    occurredAt: event.at,
    tenantId: event.tenantId,
    lead: lead ? leadView(lead) : null,
    conversation: conversation ? conversationView(conversation) : null,
    data,
  };
}
