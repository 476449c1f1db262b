import type { ConversationCore } from '../conversations/service.js';
import type { Logger } from '../logger.js';
import type { FollowUpJob, Store } from '../store/types.js';
import { nurtureMessage } from '../bots/nurture.js';
import type { WebhookSender } from './webhook.js';
import { assistantAuthor } from '../conversations/assistant.js';
import { envelope } from '../integrations/payload.js';

export interface FollowUpDeliveryDeps {
  store: Store;
  core: ConversationCore;
  logger: Logger;
  webhook?: WebhookSender;
}

/**
 * Sends one due follow-up: a bot message in the conversation (idempotent by `followup:<job id>`, so a retried
 * delivery never duplicates it) and the `followup.sent` webhook event for the CRM/SMS integration. Skipped when
 * the lead opted out or a human owns the conversation meanwhile.
 */
export function createFollowUpDelivery({ store, core, logger, webhook }: FollowUpDeliveryDeps) {
  return async function deliver(job: FollowUpJob): Promise<void> {
    const conversation = await store.getConversation(job.tenantId, job.conversationId);
    if (!conversation || conversation.owner.type !== 'bot' || conversation.status !== 'open') {
      logger.info({ jobId: job.id }, 'follow-up skipped: the conversation is no longer bot-owned and open');
      return;
    }
    const tenant = core.tenantOf(job.tenantId);
    const payload = job.payload as {
      text?: string;
      lang?: 'en' | 'es';
      temperature?: 'hot' | 'warm' | 'cold';
    };
    const text =
      payload.text ??
      nurtureMessage({
        step: job.step,
        temperature: payload.temperature ?? 'cold',
        lang: payload.lang ?? 'en',
        agentName: tenant.agentName,
        market: tenant.market,
      });
    const { message } = await core.append(job.tenantId, {
      conversationId: job.conversationId,
      clientMsgId: `followup:${job.id}`,
      author: assistantAuthor(tenant),
      visibility: 'everyone',
      kind: 'text',
      text,
      meta: { followUpStep: job.step },
    });
    if (!webhook) return;
    const lead = await store.getLead(job.tenantId, conversation.leadId);
    // The same version-1 envelope as every lifecycle event (docs/INTEGRATIONS.md); the job id is the delivery id.
    const body = envelope(
      job.id,
      'followup.sent',
      { tenantId: job.tenantId, at: message.createdAt },
      lead,
      conversation,
      { step: job.step, seq: message.seq, text },
    );
    const result = await webhook.send('followup.sent', body, { deliveryId: job.id });
    if (!result.ok)
      logger.warn({ jobId: job.id, error: result.error }, 'follow-up webhook failed after retries');
  };
}
