import { HubError } from '../errors.js';
import type { NewConversation } from './types.js';

/**
 * appendToOpenConversation's `start` must be a conversation of the lead the message is from: a caller's mistake
 * here would otherwise start one lead's conversation from another lead's message.
 */
export function assertStartOf(tenantId: string, leadId: string, start: NewConversation): void {
  if (start.tenantId !== tenantId || start.leadId !== leadId) {
    throw new HubError('INVALID_PAYLOAD', 'The conversation to start belongs to another lead');
  }
}
