import type { Logger } from '../logger.js';
import type { ConversationLock } from './ports.js';
import type { TurnOutcome, TurnTaker } from './turn.js';

export interface TurnSchedulerOptions {
  turns: TurnTaker;
  lock: ConversationLock;
  logger: Logger;
  now: () => Date;
  /** A burst is read once the lead was quiet this long (ms; HUB_TURN_QUIET_MS). */
  quietMs: number;
  /** Hard upper bound of the wait, from the first unanswered message, typing or not (ms; HUB_TURN_MAX_WAIT_MS). */
  maxWaitMs: number;
  /** A `typing: true` without its `false` counts for this long (ms, default 6 s). */
  typingGraceMs?: number;
}

interface Pending {
  tenantId: string;
  firstAtMs: number;
  dueAtMs: number;
  /** When the running timer fires: at or before dueAtMs (a later due time re-arms it then, see arm). */
  timerAtMs: number;
  timer: NodeJS.Timeout;
}

/**
 * When this node takes a conversation's turn: a quiet window after the lead's last message (extended while the
 * lead types here, never past the hard bound), at once when asked (a reconnect, a release, the sweeper). Each
 * run takes the conversation lock; a turn that finds the burst still arriving (messages stored through other
 * nodes) says when to come back. Several nodes may schedule the same conversation: the lock and the turn's own
 * bookkeeping make the extra runs no-ops.
 */
export function createTurnScheduler(options: TurnSchedulerOptions) {
  const { turns, lock, logger, now, quietMs, maxWaitMs } = options;
  const typingGraceMs = options.typingGraceMs ?? 6_000;
  const pending = new Map<string, Pending>();
  const typingUntil = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let closed = false;

  const settleIdle = () => {
    if (pending.size > 0 || inFlight.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  function startTimer(conversationId: string, dueAtMs: number): NodeJS.Timeout {
    return setTimeout(() => fire(conversationId), Math.max(0, dueAtMs - now().getTime()));
  }

  /**
   * Sets the conversation's due time. A message that only pushes it later (the usual burst) keeps the running
   * timer, which re-arms itself for the rest when it fires: one timer per burst, not one per message.
   */
  function arm(tenantId: string, conversationId: string, dueAtMs: number, firstAtMs: number): void {
    if (closed) return;
    const existing = pending.get(conversationId);
    if (existing && existing.timerAtMs <= dueAtMs) {
      Object.assign(existing, { tenantId, firstAtMs, dueAtMs });
      return;
    }
    if (existing) clearTimeout(existing.timer);
    const timer = startTimer(conversationId, dueAtMs);
    pending.set(conversationId, { tenantId, firstAtMs, dueAtMs, timerAtMs: dueAtMs, timer });
  }

  function fire(conversationId: string): void {
    const entry = pending.get(conversationId);
    if (!entry) return;
    const at = now().getTime();
    if (entry.dueAtMs > at) {
      entry.timerAtMs = entry.dueAtMs;
      entry.timer = startTimer(conversationId, entry.dueAtMs);
      return;
    }
    entry.timerAtMs = Number.POSITIVE_INFINITY; // no timer runs now: the next arm starts one
    const typing = typingUntil.get(conversationId) ?? 0;
    const capMs = entry.firstAtMs + maxWaitMs;
    if (typing > at && at < capMs) {
      arm(entry.tenantId, conversationId, Math.min(typing, capMs), entry.firstAtMs);
      return;
    }
    pending.delete(conversationId);
    void runNow(entry.tenantId, conversationId, 'take');
  }

  /** Runs a turn under the lock; a superseded turn is retried from a fresh read, a waiting one re-armed. */
  function runNow(tenantId: string, conversationId: string, kind: 'take' | 'resume'): Promise<void> {
    const run = (async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const outcome: TurnOutcome = await lock.run(conversationId, (lease) =>
          kind === 'take'
            ? turns.take(tenantId, conversationId, lease)
            : turns.resume(tenantId, conversationId, lease),
        );
        if (outcome.kind === 'done') return;
        if (outcome.kind === 'wait') {
          if (!pending.has(conversationId)) arm(tenantId, conversationId, outcome.untilMs, now().getTime());
          return;
        }
      }
      logger.warn({ conversationId }, 'turn superseded five times in a row; left to the next trigger');
    })().catch((error: unknown) => logger.error({ err: error, conversationId }, 'bot turn failed'));
    inFlight.add(run);
    void run.finally(() => {
      inFlight.delete(run);
      settleIdle();
    });
    return run;
  }

  return {
    /** A lead message was stored here: (re)start the quiet window. */
    leadMessage(tenantId: string, conversationId: string): void {
      const at = now().getTime();
      const firstAtMs = pending.get(conversationId)?.firstAtMs ?? at;
      arm(tenantId, conversationId, Math.min(at + quietMs, firstAtMs + maxWaitMs), firstAtMs);
    },
    /** The lead's typing indicator: on postpones a pending turn (bounded), off lets it run after the window. */
    typing(tenantId: string, conversationId: string, isTyping: boolean): void {
      const at = now().getTime();
      if (isTyping) typingUntil.set(conversationId, at + typingGraceMs);
      else typingUntil.delete(conversationId);
      const entry = pending.get(conversationId);
      if (entry && !isTyping) {
        arm(tenantId, conversationId, Math.min(at + quietMs, entry.firstAtMs + maxWaitMs), entry.firstAtMs);
      }
    },
    /** Checks the conversation at once (a reconnect, the sweeper): finishes or answers what is pending. */
    now(tenantId: string, conversationId: string): Promise<void> {
      return runNow(tenantId, conversationId, 'take');
    },
    /** The conversation went back to the bot. */
    resume(tenantId: string, conversationId: string): Promise<void> {
      return runNow(tenantId, conversationId, 'resume');
    },
    /** Resolves when no turn is waiting or running on this node (graceful shutdown, tests). */
    idle(): Promise<void> {
      if (pending.size === 0 && inFlight.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** Runs the waiting turns now (shutdown: nothing a lead sent is left to the sweeper when it can be helped). */
    flush(): void {
      for (const [conversationId, entry] of pending) {
        clearTimeout(entry.timer);
        pending.delete(conversationId);
        void runNow(entry.tenantId, conversationId, 'take');
      }
    },
    close(): void {
      closed = true;
      for (const entry of pending.values()) clearTimeout(entry.timer);
      pending.clear();
      settleIdle();
    },
  };
}

export type TurnScheduler = ReturnType<typeof createTurnScheduler>;
