import type { Store } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';
import type { CallRecord, CallRegistry } from './calls.js';

/** How many of the tenant's most recently active conversations an inbound number is matched against. */
const MATCH_HORIZON = 1_000;

/** Digits only; a North American number with its country code compares equal to the 10-digit form. */
export function normalisePhone(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

export interface InboundMatcher {
  /** Links an inbound call from `from` to the caller's conversation; null when no lead has that number. */
  open(tenantId: string, from: string): Promise<CallRecord | null>;
}

export function createInboundMatcher(deps: {
  store: Store;
  tenants: TenantDirectory;
  registry: CallRegistry;
}): InboundMatcher {
  const { store, tenants, registry } = deps;
  return {
    async open(tenantId, from) {
      const settings = tenants.get(tenantId)?.telephony;
      const wanted = normalisePhone(from);
      if (!settings || wanted.length < 7) return null;
      // Most recently active first: the caller's latest conversation wins.
      const conversations = await store.listConversations(tenantId, { limit: MATCH_HORIZON });
      const checked = new Set<string>();
      for (const conversation of conversations) {
        if (checked.has(conversation.leadId)) continue;
        checked.add(conversation.leadId);
        const lead = await store.getLead(tenantId, conversation.leadId);
        if (!lead?.phone || normalisePhone(lead.phone) !== wanted) continue;
        const owner = conversation.owner;
        return registry.start({
          tenantId,
          conversationId: conversation.id,
          agent:
            owner.type === 'agent' && owner.id
              ? { id: owner.id, name: owner.name ?? owner.id }
              : settings.inboundAgent,
          inboundTrack: settings.inboundTrack,
          origin: 'inbound',
        });
      }
      return null;
    },
  };
}
