import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';
import type { ConversationCore } from './service.js';
import type { HubEvent } from './events.js';

export const UNCLAIMED_HOT_HANDOFF = 'unclaimed_hot_handoff';

export interface AlertMonitorOptions {
  store: Store;
  tenants: TenantDirectory;
  core: ConversationCore;
  logger: Logger;
  now: () => Date;
  /** A hot hand-off unclaimed for longer than this raises a supervisor alert (default 2 minutes). */
  unclaimedAfterMs?: number;
  intervalMs?: number;
}

/** Raises the supervisor alerts that depend on time passing (unclaimed hot hand-offs). */
export function createAlertMonitor(options: AlertMonitorOptions) {
  const { store, tenants, core, logger, now } = options;
  const unclaimedAfterMs = options.unclaimedAfterMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;

  async function tick(): Promise<number> {
    let raised = 0;
    for (const tenant of tenants.all()) {
      // Strongest signals first (handoff-rank.ts): a flood of newer throwaway hand-offs cannot crowd a real one out.
      const waiting = await store.listConversations(tenant.id, {
        statuses: ['handoff_pending'],
        byHandoff: {},
      });
      for (const conversation of waiting) {
        const meta = conversation.meta;
        const requestedAt = meta.handoff ? Date.parse(meta.handoff.requestedAt) : NaN;
        const overdue = now().getTime() - requestedAt >= unclaimedAfterMs;
        if (conversation.temperature !== 'hot' || !overdue || meta.alerts?.includes(UNCLAIMED_HOT_HANDOFF))
          continue;
        const unclaimed: HubEvent = {
          type: 'handoff.unclaimed',
          tenantId: tenant.id,
          conversationId: conversation.id,
          at: now().toISOString(),
          data: { requestedAt: meta.handoff!.requestedAt, waitedMs: now().getTime() - requestedAt },
        };
        const saved = await store.updateConversation(
          tenant.id,
          conversation.id,
          { meta: { ...meta, alerts: [...(meta.alerts ?? []), UNCLAIMED_HOT_HANDOFF] } },
          conversation.version,
          { events: core.outboxOf(unclaimed) },
        );
        if (saved) {
          raised++;
          core.publishUpdate(saved);
          core.emit(unclaimed);
        }
      }
    }
    return raised;
  }

  return {
    tick,
    start(intervalMs = options.intervalMs ?? 15_000) {
      timer = setInterval(() => {
        tick().catch((error: unknown) => logger.warn({ err: error }, 'alert monitor tick failed'));
      }, intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
}
