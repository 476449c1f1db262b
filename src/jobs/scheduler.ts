import type { FollowUpJob, Store } from '../store/types.js';
import { DEFAULT_QUIET_HOURS, isQuietTime, nextSendableMs, type QuietHours } from '../time-zone.js';

export interface SchedulerLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export interface FollowUpSchedulerOptions {
  store: Pick<Store, 'claimDueFollowUps' | 'completeFollowUp' | 'postponeFollowUp'>;
  /** This hub node's id: the lease owner. */
  nodeId: string;
  clock: () => Date;
  /** How long a claimed job stays leased to this node (longer than a delivery takes). */
  leaseMs: number;
  /** Time between ticks once started. */
  intervalMs: number;
  /** Sends the follow-up (stores it in the conversation, emits the webhook). Throwing means "try again later". */
  deliver: (job: FollowUpJob) => Promise<void>;
  logger: SchedulerLogger;
  /** The tenant's time zone for quiet hours; default `job.payload.timeZone`, else America/Los_Angeles. */
  timeZoneOf?: (tenantId: string) => string | undefined;
  /** Jobs claimed per round. Default 20. */
  batchSize?: number;
  /** Failed deliveries before a job is cancelled. Default 5. */
  maxAttempts?: number;
  /** Delay before retrying a failed delivery, multiplied by the attempt number. Default 60,000 ms. */
  retryDelayMs?: number;
  quietHours?: QuietHours;
  /** The tenant's own quiet hours (its settings, read at each job); default `quietHours`. */
  quietHoursOf?: (tenantId: string) => QuietHours | undefined;
}

export interface TickResult {
  sent: number;
  postponed: number;
  retried: number;
  cancelled: number;
  /** Jobs whose lease was lost before completion (another node may own them now). */
  lost: number;
}

export interface FollowUpScheduler {
  /** Claims and handles every due job once; concurrent calls share the running tick. */
  tick(): Promise<TickResult>;
  start(): void;
  /** Stops the timer and waits for the running tick. */
  stop(): Promise<void>;
}

const FALLBACK_ZONE = 'America/Los_Angeles';
const MAX_ROUNDS = 50;

/**
 * The durable follow-up scheduler (DOMAIN.md section 8): due jobs are claimed with a lease through the store, so
 * each is sent exactly once across hub nodes; jobs due in quiet hours (21:00 to 08:00 in the tenant's zone) are
 * postponed to 08:00 local.
 */
export function createFollowUpScheduler(options: FollowUpSchedulerOptions): FollowUpScheduler {
  const { store, nodeId, clock, leaseMs, logger } = options;
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 60_000;
  const defaultQuiet = options.quietHours ?? DEFAULT_QUIET_HOURS;
  let running: Promise<TickResult> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;

  const zoneOf = (job: FollowUpJob): string => {
    const fromPayload = typeof job.payload.timeZone === 'string' ? job.payload.timeZone : undefined;
    return options.timeZoneOf?.(job.tenantId) ?? fromPayload ?? FALLBACK_ZONE;
  };

  async function handle(job: FollowUpJob, nowMs: number, result: TickResult): Promise<void> {
    const zone = zoneOf(job);
    const quiet = options.quietHoursOf?.(job.tenantId) ?? defaultQuiet;
    if (isQuietTime(nowMs, zone, quiet)) {
      const ok = await store.postponeFollowUp(
        job.tenantId,
        job.id,
        nodeId,
        new Date(nextSendableMs(nowMs, zone, quiet)),
      );
      result[ok ? 'postponed' : 'lost'] += 1;
      return;
    }
    try {
      await options.deliver(job);
    } catch (error) {
      if (job.attempts >= maxAttempts) {
        logger.error(
          { err: error, jobId: job.id, attempts: job.attempts },
          'follow-up failed for good; cancelled',
        );
        result[
          (await store.completeFollowUp(job.tenantId, job.id, nodeId, 'cancelled')) ? 'cancelled' : 'lost'
        ] += 1;
        return;
      }
      logger.warn(
        { err: error, jobId: job.id, attempts: job.attempts },
        'follow-up delivery failed; will retry',
      );
      const retryAt = new Date(nowMs + retryDelayMs * job.attempts);
      result[(await store.postponeFollowUp(job.tenantId, job.id, nodeId, retryAt)) ? 'retried' : 'lost'] += 1;
      return;
    }
    const completed = await store.completeFollowUp(job.tenantId, job.id, nodeId, 'sent');
    if (completed) result.sent += 1;
    else {
      result.lost += 1;
      logger.warn({ jobId: job.id }, 'follow-up lease lost before completion');
    }
  }

  async function runTick(): Promise<TickResult> {
    const result: TickResult = { sent: 0, postponed: 0, retried: 0, cancelled: 0, lost: 0 };
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const now = clock();
      const jobs = await store.claimDueFollowUps(now, nodeId, leaseMs, batchSize);
      for (const job of jobs) await handle(job, now.getTime(), result);
      if (jobs.length < batchSize) break;
    }
    if (result.sent + result.postponed + result.retried + result.cancelled + result.lost > 0) {
      logger.info({ nodeId, ...result }, 'follow-up tick');
    }
    return result;
  }

  function tick(): Promise<TickResult> {
    running ??= runTick().finally(() => {
      running = null;
    });
    return running;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      tick()
        .catch((error: unknown) => logger.error({ err: error, nodeId }, 'follow-up tick failed'))
        .finally(schedule);
    }, options.intervalMs);
    timer.unref();
  }

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
