import { normalisePhone } from '../store/personal-data.js';
import type { Store } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';
import type { CallRecord, CallRegistry } from './calls.js';

export { normalisePhone };

export interface InboundMatcher {
  /**
   * Links an inbound call from `from` to the caller's conversation; null when no lead has that number. With the
   * provider's call id, a repeated webhook for the same call (a retry, a replay) gets the same call back.
   */
  open(tenantId: string, from: string, providerCallId?: string): Promise<CallRecord | null>;
}

export function createInboundMatcher(deps: {
  store: Store;
  tenants: TenantDirectory;
  registry: CallRegistry;
}): InboundMatcher {
  const { store, tenants, registry } = deps;
  return {
    async open(tenantId, from, providerCallId) {
      const settings = tenants.get(tenantId)?.telephony;
      const wanted = normalisePhone(from);
      if (!settings || wanted.length < 7) return null;
      // The leads with this number, through the keyed phone hash (the number itself is sealed at rest). The lead
      // that gave it first wins: a visitor who types someone else's number later does not get their calls.
      const leads = await store.findLeadsByContact(tenantId, 'phone', from);
      leads.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      for (const lead of leads) {
        const [conversation] = await store.listConversationsForLead(tenantId, lead.id, 1);
        if (!conversation) continue;
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
          ...(providerCallId ? { providerCallId } : {}),
        });
      }
      return null;
    },
  };
}
