import type { z } from 'zod';
import {
  supervisorPayloads,
  type ConversationSummary,
  type JoinResult,
  type SendResult,
  type StaffRosterEntry,
  type SupervisorResults,
} from '../../src/protocol/index.js';
import { staffBase, type StaffClientBase } from './staff-base.js';
import { createStaffCore, type StaffClientOptions } from './staff-core.js';

export type SupervisorClientOptions = StaffClientOptions;

/** The supervisor dashboard's client for the `/supervisor` namespace. */
export interface SupervisorClient extends StaffClientBase {
  /** Subscribes to the tenant's board (re-subscribed after reconnects); live changes arrive as `conversation`. */
  subscribeBoard(): Promise<ConversationSummary[]>;
  unsubscribeBoard(): Promise<void>;
  /** The board as last known (subscribe first). */
  board(): ConversationSummary[];
  /** Live sockets per conversation (lead, agents, supervisors), summed over the hub nodes (`board:presence`). */
  presence(conversationId: string): { lead: number; agent: number; supervisor: number } | undefined;
  /** Watches a conversation silently: transcript, bot and coaching streams; re-monitored after reconnects. */
  monitor(conversationId: string): Promise<JoinResult>;
  unmonitor(conversationId: string): Promise<void>;
  /** A message to the conversation's agents only; never reaches the lead. Goes through the outbox. */
  whisper(conversationId: string, text: string, options?: { clientMsgId?: string }): Promise<SendResult>;
  barge(conversationId: string): Promise<ConversationSummary>;
  assign(conversationId: string, agentId: string, agentName?: string): Promise<ConversationSummary>;
  /** Sends a held draft, optionally edited. */
  approveDraft(conversationId: string, draftId: string, text?: string): Promise<SendResult>;
  rejectDraft(conversationId: string, draftId: string, reason?: string): Promise<ConversationSummary>;
  /** The staff signed in to the agent console right now (every node), one entry per user. */
  roster(): Promise<StaffRosterEntry[]>;
}

export function createSupervisorClient(options: SupervisorClientOptions): SupervisorClient {
  let boardSubscribed = false;
  const board = new Map<string, ConversationSummary>();
  const core = createStaffCore('/supervisor', 'conversation:monitor', options, async () => {
    if (boardSubscribed) await subscribe();
  });
  const request = <E extends keyof typeof supervisorPayloads>(
    event: E,
    payload: z.input<(typeof supervisorPayloads)[E]>,
  ) => core.request<typeof supervisorPayloads, E, SupervisorResults[E]>(supervisorPayloads, event, payload);
  const summaryOf = async (promise: Promise<{ conversation: ConversationSummary }>) => {
    const { conversation } = await promise;
    core.acceptSummary(conversation);
    return conversation;
  };

  core.emitter.on('conversation', (summary) => {
    if (boardSubscribed) board.set(summary.id, summary);
  });
  core.emitter.on('removed', (conversationId) => board.delete(conversationId));
  let presence = new Map<string, { lead: number; agent: number; supervisor: number }>();
  core.emitter.on('presence', (event) => {
    const next = new Map<string, { lead: number; agent: number; supervisor: number }>();
    for (const node of event.nodes) {
      for (const [conversationId, counts] of Object.entries(node.conversations)) {
        const total = next.get(conversationId) ?? { lead: 0, agent: 0, supervisor: 0 };
        next.set(conversationId, {
          lead: total.lead + counts.lead,
          agent: total.agent + counts.agent,
          supervisor: total.supervisor + counts.supervisor,
        });
      }
    }
    presence = next;
  });

  async function subscribe(): Promise<ConversationSummary[]> {
    boardSubscribed = true;
    board.clear();
    // The waiting hand-offs come first, strongest first (past 500 on the first page: `moreHandoffs`, and the
    // pages after it list the ones it left out); the rest follows page by page while hasMore.
    let cursor: string | undefined;
    for (;;) {
      const page = await request('board:subscribe', cursor === undefined ? {} : { cursor });
      for (const conversation of page.conversations) {
        // An update that arrived while the snapshot was on its way is newer: acceptSummary keeps it.
        core.acceptSummary(conversation);
        board.set(conversation.id, core.summaries.get(conversation.id) ?? conversation);
      }
      if (!page.hasMore || page.cursor === undefined) break;
      cursor = page.cursor;
    }
    return [...board.values()];
  }

  const methods: Omit<SupervisorClient, keyof StaffClientBase> = {
    subscribeBoard: subscribe,
    async unsubscribeBoard() {
      boardSubscribed = false;
      board.clear();
      await request('board:unsubscribe', {});
    },
    board: () => [...board.values()],
    presence: (conversationId) => presence.get(conversationId),
    monitor: (conversationId) => core.join(conversationId),
    async unmonitor(conversationId) {
      core.joined.delete(conversationId);
      await request('conversation:unmonitor', { conversationId });
    },
    whisper: (conversationId, text, extra = {}) =>
      core.post(supervisorPayloads, 'whisper:send', { conversationId, text, ...extra }),
    barge: (conversationId) => summaryOf(request('conversation:barge', { conversationId })),
    assign: (conversationId, agentId, agentName) =>
      summaryOf(
        request('conversation:assign', { conversationId, agentId, ...(agentName ? { agentName } : {}) }),
      ),
    approveDraft: (conversationId, draftId, text) =>
      request('draft:approve', { conversationId, draftId, ...(text ? { text } : {}) }),
    rejectDraft: (conversationId, draftId, reason) =>
      summaryOf(request('draft:reject', { conversationId, draftId, ...(reason ? { reason } : {}) })),
    roster: async () => (await request('staff:roster', {})).agents,
  };
  // Object.assign keeps the base's getters (state) live; a spread would freeze them.
  return Object.assign(staffBase(core), methods);
}
