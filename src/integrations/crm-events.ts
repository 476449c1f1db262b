import { randomUUID } from 'node:crypto';
import type { HubEvent } from '../conversations/events.js';
import type { HubExtension } from '../conversations/hooks.js';
import {
  createWebhookSender,
  type Destinations,
  type Resolver,
  type WebhookSender,
} from '../jobs/webhook.js';
import type { Logger } from '../logger.js';
import type { OutboxEvent } from '../store/outbox-types.js';
import type { ConversationRecord, LeadRecord, StaffMemberRecord, Store } from '../store/types.js';
import type { OutboxDelivery } from './outbox/delivery.js';
import { envelope, type PageReason } from './payload.js';
import { endpointTakes, type TenantWebhook } from '../tenants.js';

export interface CrmEventsOptions {
  store: Store;
  logger: Logger;
  /** The hub's clock (the signature time of a member's own page URL, through the default channel sender). */
  now?: () => Date;
  /** The tenant webhook (HUB_WEBHOOK_URL): every lifecycle event, and the pages of members who chose it. */
  webhook?: WebhookSender;
  /**
   * Delivers the lifecycle events the store wrote to its outbox (set with `webhook`): a new event asks it for a
   * round at once.
   */
  delivery?: OutboxDelivery;
  /**
   * The tenant webhook for pages of members who chose it (default `webhook`): pages are not in the outbox, so
   * this sender keeps its own retries.
   */
  pageWebhook?: WebhookSender;
  /** Builds the sender of a member's own URL (default: the webhook sender with its default retries). */
  channelSender?: (url: string, secret: string) => WebhookSender;
  /** Where members' own URLs may point (default `public`: never loopback, private or metadata addresses). */
  memberDestinations?: Destinations;
  /** How the default channel sender resolves host names (default node:dns; tests pass their own). */
  resolve?: Resolver;
  /**
   * The tenant's webhook endpoints (its settings, read at each event): when it has any they replace `webhook` for
   * the tenant's events, each event written once per enabled endpoint whose filter takes it (`lead.erased` always).
   */
  tenantWebhooks?: (tenantId: string) => readonly TenantWebhook[];
  /** The sender of one of the tenant's endpoints (the pages of members who chose the tenant webhook). */
  endpointSender?: (tenantId: string, endpoint: TenantWebhook) => WebhookSender;
}

/** The CRM integration as an extension of the hub: the outbox rows of each event, and its pages on onEvent. */
export interface CrmEvents extends HubExtension {
  outbox(events: readonly HubEvent[]): OutboxEvent[];
  /** The CRM's copy of the event is in the store's outbox (written with the change): delivers it soon; pages. */
  onEvent(event: HubEvent): Promise<void>;
  /**
   * The `lead.erased` event to write with an erasure (none without a webhook): a signed event that tells the CRM
   * to delete the name, phone and email it received. It carries the lead id and its conversation ids, no
   * personal data.
   */
  erasureEvents(tenantId: string, leadId: string, at: string): OutboxEvent[];
  /** An admin erased the lead (after the store committed it and its event): delivers it soon. */
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
        ...(options.now ? { now: options.now } : {}),
        ...(options.resolve ? { resolve: options.resolve } : {}),
      }));
  const pending = new Set<Promise<void>>();

  function track(work: Promise<void>): Promise<void> {
    const settled = work.catch((error: unknown) => logger.warn({ err: error }, 'webhook delivery failed'));
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
    return settled;
  }

  async function context(event: HubEvent): Promise<[LeadRecord | null, ConversationRecord | null]> {
    const conversation = await store.getConversation(event.tenantId, event.conversationId);
    const lead = conversation ? await store.getLead(event.tenantId, conversation.leadId) : null;
    return [lead, conversation];
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
        if (channel.kind === 'url') {
          await sendPage(channelSender(channel.url, channel.secret), id, payload, member.userId);
          return;
        }
        // The tenant webhook: each of its enabled endpoints whose filter takes pages, else HUB_WEBHOOK_URL.
        const endpoints = options.tenantWebhooks?.(event.tenantId) ?? [];
        if (endpoints.length > 0) {
          const taking = endpoints.filter((endpoint) => endpointTakes(endpoint, 'agent.paged'));
          if (taking.length === 0 || !options.endpointSender)
            logger.warn(
              { userId: member.userId },
              'page skipped: no webhook endpoint of the tenant takes pages',
            );
          await Promise.all(
            taking.map((endpoint) => {
              const copy = taking.length === 1 ? id : randomUUID();
              const sender = options.endpointSender?.(event.tenantId, endpoint);
              return sender
                ? sendPage(sender, copy, { ...payload, id: copy }, member.userId)
                : Promise.resolve();
            }),
          );
          return;
        }
        const sender = options.pageWebhook ?? webhook;
        if (!sender) {
          logger.warn(
            { userId: member.userId },
            'page skipped: the member chose the tenant webhook and HUB_WEBHOOK_URL is not set',
          );
          return;
        }
        await sendPage(sender, id, payload, member.userId);
      }),
    );
  }

  async function sendPage(
    sender: WebhookSender,
    id: string,
    payload: unknown,
    userId: string,
  ): Promise<void> {
    const result = await sender.send('agent.paged', payload, { deliveryId: id });
    if (!result.ok)
      logger.warn(
        { userId, deliveryId: id, attempts: result.attempts, error: result.error },
        'page gave up after its retries',
      );
  }

  const delivery = webhook || options.tenantWebhooks ? options.delivery : undefined;
  /**
   * The endpoints an event of this type goes to: the tenant's enabled endpoints whose filter takes it when it has
   * any (their ids), else the deployment's HUB_WEBHOOK_URL (null) when set, else none.
   */
  const targets = (tenantId: string, type: string): (string | null)[] => {
    const endpoints = options.tenantWebhooks?.(tenantId) ?? [];
    if (endpoints.length === 0) return webhook ? [null] : [];
    return endpoints.filter((endpoint) => endpointTakes(endpoint, type)).map((endpoint) => endpoint.id);
  };
  return {
    name: 'crm',
    outbox(events) {
      if (!delivery) return [];
      // One copy per endpoint, each with its own delivery id (its delivery is tracked on its own).
      return events.flatMap((event) =>
        targets(event.tenantId, event.type).map((endpointId) => ({
          id: randomUUID(),
          tenantId: event.tenantId,
          type: event.type,
          conversationId: event.conversationId,
          leadId: null,
          at: event.at,
          data: event.data,
          endpointId,
        })),
      );
    },
    erasureEvents(tenantId, leadId, at) {
      if (!delivery) return [];
      return targets(tenantId, 'lead.erased').map((endpointId) => ({
        id: randomUUID(),
        tenantId,
        type: 'lead.erased',
        conversationId: null,
        leadId,
        at,
        data: {},
        endpointId,
      }));
    },
    leadErased() {
      delivery?.kick();
    },
    onEvent(event) {
      // The CRM event itself is in the store's outbox (written with the change): deliver it soon.
      delivery?.kick();
      return track(page(event));
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
      await delivery?.idle();
    },
  };
}
