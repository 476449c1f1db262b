import type { AfterSummary } from '../coaching/summary.js';
import type { Temperature } from '../protocol/common.js';

/**
 * Lifecycle events the conversation core raises for the outside world through the extensions' onEvent hook
 * (hooks.ts): the CRM webhooks and agent paging in src/integrations, the tenant's new-lead count. The core only
 * says what happened; an extension reads the lead and conversation it needs and delivers. Raising one never
 * throws and never waits: delivery (with retries) runs in the background.
 */
export type HubEventData =
  | { type: 'lead.created'; data: { channel: string } }
  | { type: 'lead.identified'; data: { fields: ('name' | 'phone' | 'email')[] } }
  | { type: 'lead.qualified'; data: { from: Temperature; to: Temperature } }
  | { type: 'handoff.requested'; data: { reason: string; summary: string } }
  | {
      type: 'handoff.claimed';
      data: { agent: { id: string; name: string }; via: 'claim' | 'barge' | 'assign'; waitedMs?: number };
    }
  | { type: 'call.booked'; data: { when: string } }
  /** A supervisor assigned the conversation to an agent (the agent is paged). */
  | {
      type: 'agent.assigned';
      data: { agent: { id: string; name: string }; by: { id: string; name: string } };
    }
  | {
      type: 'conversation.closed';
      data: { outcome: string; note?: string; closedBy: { id: string; name: string } };
    }
  | { type: 'conversation.reopened'; data: Record<string, never> }
  /**
   * The after-conversation summary (src/coaching/summary.ts), at a close or when a call ended: `summary` without
   * the lead's words, and the follow-up task it implies (null: nothing should follow).
   */
  | {
      type: 'conversation.summarized';
      data: {
        summary: Omit<AfterSummary, 'quotes' | 'followUp'>;
        followUp: AfterSummary['followUp'];
      };
    }
  | { type: 'lead.opted_out'; data: Record<string, never> }
  | {
      type: 'handoff.unclaimed';
      data: { requestedAt: string; waitedMs: number };
    };

export type HubEvent = HubEventData & {
  tenantId: string;
  conversationId: string;
  /** When it happened (ISO 8601). */
  at: string;
};

export type HubEventType = HubEvent['type'];
