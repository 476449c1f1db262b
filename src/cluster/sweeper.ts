import type { ConversationLock } from '../conversations/ports.js';
import type { Logger } from '../logger.js';
import type { ConversationRecord, Store } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';

/** What the sweeper needs from the hub: check a conversation now (under the lease), and who holds leases. */
export interface TurnChecker {
  now(tenantId: string, conversationId: string): Promise<void>;
  readonly lock: ConversationLock;
}

export interface SweeperOptions {
  store: Store;
  tenants: TenantDirectory;
  turns: TurnChecker;
  logger: Logger;
  /**
   * A pending turn untouched this long, whose lease nobody holds, is presumed orphaned by a dead node
   * (HUB_SWEEPER_DEADLINE_MS). Keep it above the turn's quiet-window bound, so live windows are left alone.
   */
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
}

/**
 * DESIGN.md section 3, "no lost bot turn", for what nobody reconnects to: finds conversations with a pending
 * turn (lastLeadSeq > answeredSeq, a typed store field) untouched for the deadline and whose lease is free, and
 * checks them through the turn scheduler: the turn finishes a dead node's outbox and answers every unprocessed
 * lead message once. A lead who reconnects does not wait for this: its resume checks at once. Safe on every node
 * at once: the turn runs under the lease, the store fences, replies are idempotent by clientMsgId.
 */
export function createSweeper(options: SweeperOptions) {
  const { store, tenants, turns, logger, deadlineMs } = options;
  const horizonMs = options.horizonMs ?? 24 * 3600_000;
  const limit = options.limit ?? 500;
  const now = options.now ?? (() => new Date());
  const busy = new Set<string>();

  async function sweepConversation(conversation: ConversationRecord): Promise<boolean> {
    if (await turns.lock.held?.(conversation.id)) return false;
    logger.warn(
      {
        conversationId: conversation.id,
        lastLeadSeq: conversation.lastLeadSeq,
        answeredSeq: conversation.answeredSeq,
      },
      'taking over a pending bot turn',
    );
    await turns.now(conversation.tenantId, conversation.id);
    return true;
  }

  /** One pass over every tenant; conversations already being swept on this node are skipped. */
  async function sweepOnce(): Promise<SweepResult> {
    const total: SweepResult = { scanned: 0, rerun: 0 };
    const at = now().getTime();
    for (const tenant of tenants.all()) {
      const candidates = await store.listConversations(tenant.id, {
        pendingTurn: true,
        updatedBefore: new Date(at - deadlineMs).toISOString(),
        updatedAfter: new Date(at - horizonMs).toISOString(),
        limit,
      });
      await Promise.all(
        candidates
          .filter((conversation) => !busy.has(conversation.id))
          .map(async (conversation) => {
            busy.add(conversation.id);
            total.scanned++;
            try {
              if (await sweepConversation(conversation)) total.rerun++;
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
