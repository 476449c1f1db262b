import type { NewConsent } from '../store/consent-types.js';
import type { ConversationRecord, Store } from '../store/types.js';

/**
 * Records a consent the lead gave in a conversation (TCPA): the exact wording shown, when, where, through the
 * store's consent records (idempotent per lead message, so a re-read message never records it twice).
 */
export function createConsentLog(store: Store) {
  return {
    async record(conversation: ConversationRecord, consent: NewConsent): Promise<void> {
      await store.recordConsent(conversation.tenantId, conversation.leadId, consent);
    },
  };
}
