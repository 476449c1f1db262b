import type { ConversationRecord, LeadRecord } from './types.js';

/**
 * What erasure leaves of a lead and its conversations (Store.eraseLead), the same in every adapter: nothing that
 * names, reaches or quotes the lead; only ids, times, the channel, the owner (staff), the listing and the outcome.
 */
export function erasedLead(lead: LeadRecord, at: string): LeadRecord {
  return {
    id: lead.id,
    tenantId: lead.tenantId,
    profile: {},
    temperature: lead.temperature,
    optedOut: true,
    optedOutAt: at,
    createdAt: lead.createdAt,
    updatedAt: at,
  };
}

export function erasedConversation(conversation: ConversationRecord, at: string): ConversationRecord {
  const lifecycle = conversation.meta.lifecycle;
  // A seller's listing is the lead's own home: its address goes with the lead (a buyer's is a public listing).
  const seller = conversation.intent === 'sell' || conversation.botKind === 'seller';
  const { listing: _listing, ...kept } = conversation;
  return {
    ...(seller ? kept : conversation),
    botState: null,
    outbox: [],
    // No bot turn is pending on an erased conversation.
    processedSeq: conversation.lastLeadSeq,
    answeredSeq: conversation.lastLeadSeq,
    status: 'closed',
    stateSince: at,
    updatedAt: at,
    version: conversation.version + 1,
    meta: {
      botActive: false,
      erasedAt: at,
      lifecycle: {
        ...(lifecycle?.outcome ? { outcome: lifecycle.outcome } : {}),
        closedAt: lifecycle?.closedAt ?? at,
      },
    },
  };
}
