import { randomUUID } from 'node:crypto';
import type { HubEvent, HubEventSink } from '../conversations/events.js';
import {
  createWebhookSender,
  type Destinations,
  type Resolver,
  type WebhookSender,
} from '../jobs/webhook.js';
import type { Logger } from '../logger.js';
import type { ConversationRecord, LeadRecord, StaffMemberRecord, Store } from '../store/types.js';
import { envelope, type PageReason } from './payload.js';

export interface CrmEventsOptions {
  store: Store;
  logger: Logger;
  /** The tenant webhook (HUB_WEBHOOK_URL): every lifecycle event, and the pages of members who chose it. */
  webhook?: WebhookSender;
  /** Builds the sender of a member's own URL (default: the webhook sender with its default retries). */
  channelSender?: (url: string, secret: string) => WebhookSender;
  /** Where members' own URLs may point (default `public`: never loopback, private or metadata addresses). */
  memberDestinations?: Destinations;
  /** How the default channel sender resolves host names (default node:dns; tests pass their own). */
  resolve?: Resolver;
}

export interface CrmEvents extends HubEventSink {
  /**
   * An admin erased the lead (after the store committed it): a signed `lead.erased` event tells the CRM to delete
   * the name, phone and email it received. It carries the lead id and its conversation ids, no personal data.
   */
  leadErased(tenantId: string, leadId: string, at: string): void;
  /** Resolves when every delivery started so far has finished (delivered or given up): tests, shutdown. */
  idle(): Promise<void>;
}

/** Who is paged for an event, and why. */
function pageRule(
  event: HubEvent,
): { reason: PageReason; who: (member: StaffMemberRecord) => boolean } | null {
  switch (event.type) {
    case 'handoff.requested':
      // A new hand-off waits for whichever agent takes it: every agent who set a channel is paged.
      return { reason: 'handoff_waiting', who: (member) => member.role === 'agent' };
    case 'agent.assigned':
      return { reason: 'assigned', who: (member) => member.userId === event.data.agent.id };
    case 'handoff.unclaimed':
      // The escalation: a hot hand-off nobody took pages everyone with a channel, supervisors included.
      return { reason: 'hot_handoff_unclaimed', who: () => true };
    default:
      return null;
  }
}

/**
 * The CRM side of the lifecycle events: each event becomes one signed webhook (version-1 envelope, the lead's
 * contact details as docs/INTEGRATIONS.md states), sent in order per conversation through the webhook sender and
 * its retries; hand-off events also page the staff members who set an alert channel, signed with their
 * channel's own secret (or through the tenant webhook with their user id). Delivery runs in the background: a
 * failure is logged after the retries and never reaches the conversation.
 */
export function createCrmEvents(options: CrmEventsOptions): CrmEvents {
  const { store, logger, webhook } = options;
  const channelSender =
    options.channelSender ??
    ((url: string, secret: string) =>
      createWebhookSender({
        url,
        secret,
        destinations: options.memberDestinations ?? 'public',
        ...(options.resolve ? { resolve: options.resolve } : {}),
      }));
  const pending = new Set<Promise<void>>();
  const tails = new Map<string, Promise<void>>();

  function track(work: Promise<void>): void {
    const settled = work.catch((error: unknown) => logger.warn({ err: error }, 'webhook delivery failed'));
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
  }

  async function context(event: HubEvent): Promise<[LeadRecord | null, ConversationRecord | null]> {
    const conversation = await store.getConversation(event.tenantId, event.conversationId);
    const lead = conversation ? await store.getLead(event.tenantId, conversation.leadId) : null;
    return [lead, conversation];
  }

  async function deliver(event: HubEvent): Promise<void> {
    if (!webhook) return;
    const [lead, conversation] = await context(event);
    const id = randomUUID();
    const payload = envelope(id, event.type, event, lead, conversation, event.data);
    const result = await webhook.send(event.type, payload, { deliveryId: id });
    if (!result.ok)
      logger.warn(
        { type: event.type, deliveryId: id, attempts: result.attempts, error: result.error },
        'CRM webhook gave up after its retries',
      );
  }

  async function page(event: HubEvent): Promise<void> {
    const rule = pageRule(event);
    if (!rule) return;
    const members = (await store.listStaffMembers(event.tenantId)).filter(
      (member) => member.active && member.alertChannel && rule.who(member),
    );
    if (members.length === 0) return;
    const [lead, conversation] = await context(event);
    await Promise.all(
      members.map(async (member) => {
        const channel = member.alertChannel!;
        const id = randomUUID();
        const payload = envelope(id, 'agent.paged', event, lead, conversation, {
          agent: { id: member.userId, name: member.name },
          reason: rule.reason,
          cause: { type: event.type, ...event.data },
        });
        const sender = channel.kind === 'url' ? channelSender(channel.url, channel.secret) : webhook;
        if (!sender) {
          logger.warn(
            { userId: member.userId },
            'page skipped: the member chose the tenant webhook and HUB_WEBHOOK_URL is not set',
          );
          return;
        }
        const result = await sender.send('agent.paged', payload, { deliveryId: id });
        if (!result.ok)
          logger.warn(
            { userId: member.userId, deliveryId: id, attempts: result.attempts, error: result.error },
            'page gave up after its retries',
          );
      }),
    );
  }

  async function erased(tenantId: string, leadId: string, at: string): Promise<void> {
    if (!webhook) return;
    const lead = await store.getLead(tenantId, leadId);
    const conversationIds = (await store.listConversationsForLead(tenantId, leadId)).map(({ id }) => id);
    const id = randomUUID();
    // The tombstone's view: the id, nulls for the contact details, opted out.
    const payload = envelope(id, 'lead.erased', { tenantId, at }, lead, null, { conversationIds });
    const result = await webhook.send('lead.erased', payload, { deliveryId: id });
    if (!result.ok)
      logger.warn(
        { type: 'lead.erased', deliveryId: id, attempts: result.attempts, error: result.error },
        'CRM webhook gave up after its retries',
      );
  }

  return {
    leadErased(tenantId, leadId, at) {
      track(erased(tenantId, leadId, at));
    },
    emit(event) {
      const key = `${event.tenantId}/${event.conversationId}`;
      // In order per conversation (lead.created before lead.identified...), whatever each delivery's retries.
      const next = (tails.get(key) ?? Promise.resolve()).then(() => deliver(event));
      const tail = next.catch(() => undefined);
      tails.set(key, tail);
      void tail.finally(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      track(next);
      // Pages never wait behind the CRM's retries.
      track(page(event));
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
