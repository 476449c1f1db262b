import { isLeadTurn } from '../conversations/bot-runner.js';
import { metaOf } from '../conversations/views.js';
import type { Logger } from '../logger.js';
import type { ConversationRecord, MessageRecord, Store } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';

/** What the sweeper needs from the bot runner (both run under the conversation lock). */
export interface TurnRunner {
  enqueue(tenantId: string, conversationId: string, leadMessage: MessageRecord): Promise<void>;
  resendOutbox(tenantId: string, conversationId: string): Promise<number>;
}

export interface SweeperOptions {
  store: Store;
  tenants: TenantDirectory;
  turns: TurnRunner;
  logger: Logger;
  /** A lead message unanswered for this long is presumed orphaned by a dead node (HUB_SWEEPER_DEADLINE_MS). */
  deadlineMs: number;
  /** Conversations idle for longer than this are not looked at (default 24 h). */
  horizonMs?: number;
  /** Conversations looked at per tenant and round (default 500). */
  limit?: number;
  now?: () => Date;
}

export interface SweepResult {
  scanned: number;
  rerun: number;
  resent: number;
}

/** Where a bot step still runs: bot-owned ones reply; the others only mark the turn handled. */
const STATUSES = ['open', 'opted_out', 'handoff_pending', 'human'] as const;

/**
 * DESIGN.md section 3, "no lost bot turn": finds acked lead messages that never got their bot step (seq above
 * meta.answeredSeq, older than the deadline) and re-runs the step through the bot runner, under the lease; and
 * stores replies a step decided (meta.outbox) but did not store. Safe to run on every node at once: the step
 * re-checks answeredSeq under the lease, the store's version compare-and-set fences, and replies are idempotent
 * by clientMsgId, so each turn is answered exactly once.
 */
export function createSweeper(options: SweeperOptions) {
  const { store, tenants, turns, logger, deadlineMs } = options;
  const horizonMs = options.horizonMs ?? 24 * 3600_000;
  const limit = options.limit ?? 500;
  const now = options.now ?? (() => new Date());
  const busy = new Set<string>();

  async function unstoredOutbox(conversation: ConversationRecord): Promise<boolean> {
    for (const entry of metaOf(conversation).outbox ?? []) {
      const found = await store.findMessageByClientId(
        conversation.tenantId,
        conversation.id,
        entry.clientMsgId,
      );
      if (!found) return true;
    }
    return false;
  }

  async function sweepConversation(conversation: ConversationRecord, cutoff: string): Promise<SweepResult> {
    const result = { scanned: 1, rerun: 0, resent: 0 };
    const { tenantId, id } = conversation;
    if (await unstoredOutbox(conversation)) result.resent = await turns.resendOutbox(tenantId, id);
    const answeredSeq = metaOf(conversation).answeredSeq ?? 0;
    if (conversation.lastSeq <= answeredSeq) return result;
    const after = await store.messagesAfter(tenantId, id, answeredSeq, {
      limit: 200,
      visibility: ['everyone'],
    });
    const orphans = after.filter((message) => isLeadTurn(message) && message.createdAt <= cutoff);
    for (const message of orphans) {
      logger.warn({ conversationId: id, seq: message.seq }, 're-running an unanswered bot turn');
      await turns.enqueue(tenantId, id, message);
      result.rerun++;
    }
    return result;
  }

  /** One pass over every tenant; conversations already being swept on this node are skipped. */
  async function sweepOnce(): Promise<SweepResult> {
    const total: SweepResult = { scanned: 0, rerun: 0, resent: 0 };
    const at = now().getTime();
    const cutoff = new Date(at - deadlineMs).toISOString();
    for (const tenant of tenants.all()) {
      const candidates = await store.listConversations(tenant.id, {
        statuses: [...STATUSES],
        updatedBefore: cutoff,
        updatedAfter: new Date(at - horizonMs).toISOString(),
        limit,
      });
      await Promise.all(
        candidates
          .filter((conversation) => !busy.has(conversation.id))
          .map(async (conversation) => {
            busy.add(conversation.id);
            try {
              const result = await sweepConversation(conversation, cutoff);
              total.scanned += result.scanned;
              total.rerun += result.rerun;
              total.resent += result.resent;
            } catch (error) {
              logger.warn({ err: error, conversationId: conversation.id }, 'sweep of a conversation failed');
            } finally {
              busy.delete(conversation.id);
            }
          }),
      );
    }
    return total;
  }

  return { sweepOnce };
}
