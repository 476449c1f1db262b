import type { ConversationRecord, Store } from '../store/types.js';
import { metaOf } from './views.js';

/** A consent the lead gave in a conversation (TCPA): the exact wording shown, when, where. */
export interface ContactConsent {
  channel: 'sms' | 'phone' | 'email';
  text: string;
  givenAt: string;
  source: string;
  conversationId: string;
  messageSeq: number;
}

type ConsentRecorder = (tenantId: string, leadId: string, consent: ContactConsent) => Promise<unknown>;

/**
 * Records consents through the store's consent records (recordConsent, idempotent per lead message) when the
 * store has them; a store without them keeps the consent in the conversation's meta (`consents`) instead.
 */
export function createConsentLog(store: Store) {
  const recorder = (store as Store & { recordConsent?: ConsentRecorder }).recordConsent?.bind(store);
  return {
    async record(conversation: ConversationRecord, consent: ContactConsent): Promise<void> {
      if (recorder) {
        await recorder(conversation.tenantId, conversation.leadId, consent);
        return;
      }
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await store.getConversation(conversation.tenantId, conversation.id);
        if (!current) return;
        const meta = metaOf(current) as ReturnType<typeof metaOf> & { consents?: ContactConsent[] };
        const known = meta.consents ?? [];
        if (
          known.some((entry) => entry.messageSeq === consent.messageSeq && entry.channel === consent.channel)
        )
          return;
        const saved = await store.updateConversation(
          conversation.tenantId,
          conversation.id,
          { meta: { ...meta, consents: [...known, consent] } },
          current.version,
        );
        if (saved) return;
      }
    },
  };
}
