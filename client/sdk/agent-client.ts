import type { z } from 'zod';
import {
  agentPayloads,
  type AgentResults,
  type AgentPayload,
  type CannedReply,
  type CoachRequestResult,
  type ConversationSummary,
  type JoinResult,
  type ListingCardResult,
  type NarrativeLength,
  type NarrativeResult,
  type NarrativeStyle,
  type SendResult,
} from '../../src/protocol/index.js';
import { staffBase, type StaffClientBase } from './staff-base.js';
import { createStaffCore, type StaffClientOptions } from './staff-core.js';

export type AgentClientOptions = StaffClientOptions;

/** The agent console's client for the `/agent` namespace (supervisors may use it too). */
export interface AgentClient extends StaffClientBase {
  /** Assigned conversations and waiting hand-offs, hottest and longest waiting first. */
  inbox(): Promise<ConversationSummary[]>;
  /** Joins a conversation's live room and replays it from the last seq seen; re-joined after reconnects. */
  join(conversationId: string): Promise<JoinResult>;
  leave(conversationId: string): Promise<void>;
  claim(conversationId: string): Promise<ConversationSummary>;
  release(conversationId: string): Promise<ConversationSummary>;
  /**
   * A message to the lead (claim first). Goes through the outbox. A message that breaks a compliance rule is
   * refused with `COMPLIANCE` and `error.details.warning` (an AgentWarning); with `confirm: true` it is sent anyway
   * when the tenant allows it. `coachingSeq`: the text came from that coaching card's "Use as reply" (its
   * coach:done `seq`), recorded as the card used.
   */
  send(
    conversationId: string,
    text: string,
    options?: { clientMsgId?: string; confirm?: boolean; coachingSeq?: number },
  ): Promise<SendResult>;
  /** A staff-only note. Goes through the outbox. */
  addNote(conversationId: string, text: string, options?: { clientMsgId?: string }): Promise<SendResult>;
  startCall(conversationId: string): Promise<ConversationSummary>;
  /** A phone-call utterance; prospect utterances trigger coaching. Goes through the outbox. */
  utterance(
    conversationId: string,
    speaker: 'prospect' | 'agent',
    text: string,
    options?: { clientMsgId?: string },
  ): Promise<SendResult>;
  endCall(conversationId: string): Promise<ConversationSummary>;
  /** Starts a coaching or qualification stream; its tokens arrive as `stream` events (family `coach`). */
  requestCoaching(conversationId: string, kind?: 'coaching' | 'qualification'): Promise<CoachRequestResult>;
  enableBot(conversationId: string): Promise<ConversationSummary>;
  /** Closes the conversation with an outcome; it leaves the live inbox and board, and reopens when the lead writes. */
  closeConversation(
    conversationId: string,
    outcome: AgentPayload<'conversation:close'>['outcome'],
    note?: string,
  ): Promise<ConversationSummary>;
  /** Hides the conversation from the live lists until `until` (ISO time) or until the lead writes. */
  snooze(conversationId: string, until: string): Promise<ConversationSummary>;
  /** Records that this user has read the conversation up to `seq`. */
  markRead(conversationId: string, seq: number): Promise<void>;
  /** Unread lead messages per conversation for this user. */
  unreadCounts(conversationIds: string[]): Promise<Record<string, number>>;
  /** The history list: filters, full-text search, paging. */
  history(
    query: AgentPayload<'history:search'>,
  ): Promise<{ conversations: ConversationSummary[]; total: number }>;
  /** The tenant's canned replies. */
  cannedReplies(): Promise<CannedReply[]>;
  /**
   * A narrative of the conversation's catalogue listing as a draft: a `coach` stream of kind `narrative` whose
   * done result (NarrativeDraftResult) says whether it was held for a supervisor (the review gate).
   */
  narrativeDraft(
    conversationId: string,
    options?: { style?: NarrativeStyle; length?: NarrativeLength },
  ): Promise<NarrativeResult>;
  /** The conversation's catalogue listing and its hand-off packet's matches, as cards. */
  listingCard(conversationId: string): Promise<ListingCardResult>;
}

export function createAgentClient(options: AgentClientOptions): AgentClient {
  const core = createStaffCore('/agent', 'conversation:join', options, async () => undefined);
  const request = <E extends keyof typeof agentPayloads>(
    event: E,
    payload: z.input<(typeof agentPayloads)[E]>,
  ) => core.request<typeof agentPayloads, E, AgentResults[E]>(agentPayloads, event, payload);
  const summaryOf = async (promise: Promise<{ conversation: ConversationSummary }>) => {
    const { conversation } = await promise;
    core.acceptSummary(conversation);
    return conversation;
  };

  const methods: Omit<AgentClient, keyof StaffClientBase> = {
    async inbox() {
      // The waiting hand-offs come first, strongest first (past 500 on the first page: `moreHandoffs`, and the
      // pages after it list the ones it left out); the rest follows page by page while hasMore.
      const all = new Map<string, ConversationSummary>();
      let cursor: string | undefined;
      for (;;) {
        const page = await request('inbox:list', cursor === undefined ? {} : { cursor });
        for (const conversation of page.conversations) {
          // An update that arrived while the page was on its way is newer: acceptSummary keeps it. A hand-off
          // whose rank changed between two pages may come twice: it is listed once.
          core.acceptSummary(conversation);
          all.set(conversation.id, core.summaries.get(conversation.id) ?? conversation);
        }
        if (!page.hasMore || page.cursor === undefined) return [...all.values()];
        cursor = page.cursor;
      }
    },
    join: (conversationId) => core.join(conversationId),
    async leave(conversationId) {
      core.joined.delete(conversationId);
      await request('conversation:leave', { conversationId });
    },
    claim: (conversationId) => summaryOf(request('conversation:claim', { conversationId })),
    release: (conversationId) => summaryOf(request('conversation:release', { conversationId })),
    send: (conversationId, text, extra = {}) =>
      core.post(agentPayloads, 'message:send', { conversationId, text, ...extra }),
    addNote: (conversationId, text, extra = {}) =>
      core.post(agentPayloads, 'note:add', { conversationId, text, ...extra }),
    startCall: (conversationId) => summaryOf(request('call:start', { conversationId })),
    utterance: (conversationId, speaker, text, extra = {}) =>
      core.post(agentPayloads, 'call:utterance', { conversationId, speaker, text, ...extra }),
    endCall: (conversationId) => summaryOf(request('call:end', { conversationId })),
    requestCoaching: (conversationId, kind = 'coaching') =>
      request('coach:request', { conversationId, kind }),
    enableBot: (conversationId) => summaryOf(request('bot:enable', { conversationId })),
    closeConversation: (conversationId, outcome, note) =>
      summaryOf(request('conversation:close', { conversationId, outcome, ...(note ? { note } : {}) })),
    snooze: (conversationId, until) => summaryOf(request('conversation:snooze', { conversationId, until })),
    async markRead(conversationId, seq) {
      await request('conversation:read', { conversationId, seq });
    },
    unreadCounts: async (conversationIds) => (await request('unread:counts', { conversationIds })).counts,
    history: (query) => request('history:search', query),
    narrativeDraft: (conversationId, options = {}) =>
      request('narrative:draft', { conversationId, ...options }),
    listingCard: (conversationId) => request('listing:card', { conversationId }),
    cannedReplies: async () => (await request('canned:list', {})).replies,
  };
  // Object.assign keeps the base's getters (state) live; a spread would freeze them.
  return Object.assign(staffBase(core), methods);
}
