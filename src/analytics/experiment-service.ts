import { randomBytes, randomUUID } from 'node:crypto';
import type { StaffClaims } from '../auth.js';
import { HubError } from '../errors.js';
import type { AuditLog } from '../identity/audit.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import {
  armsToStop,
  experimentResults,
  tallyOf,
  withArmsStopped,
  type ExperimentResults,
} from './experiment-results.js';
import type { experimentInputSchema } from './experiments.js';
import {
  changedExperiment,
  newExperiment,
  variantKey,
  type ExperimentChange,
  type ExperimentRecord,
} from './experiments.js';
import type { z } from 'zod';

/** Who asks, and from where (for the audit entry). */
export interface ExperimentActor {
  claims: StaffClaims;
  origin: string;
}

type ExperimentStorePort = Pick<
  Store,
  | 'createExperiment'
  | 'getExperiment'
  | 'listExperiments'
  | 'runningExperiments'
  | 'updateExperiment'
  | 'rollups'
  | 'appendAudit'
>;

/** How often every node checks the guardrails of the running experiments. */
export const GUARDRAIL_CHECK_MS = 5 * 60_000;

/** Compare-and-set attempts of a guardrail stop that races another writer. */
const STOP_ATTEMPTS = 3;

/**
 * Experiments as the admin routes and the guardrail check use them (docs/ANALYTICS.md, "Experiments"): define,
 * change, start, stop, each audited with the record before and after; results from the rollups; guardrails that
 * stop an arm, audited as the system.
 */
export function createExperimentService(deps: {
  store: ExperimentStorePort;
  audit: AuditLog;
  now: () => Date;
  logger: Pick<Logger, 'warn' | 'info'>;
}) {
  const { store, audit, now } = deps;

  async function existing(tenantId: string, id: string): Promise<ExperimentRecord> {
    const experiment = await store.getExperiment(tenantId, id);
    if (!experiment) throw new HubError('NOT_FOUND', 'No such experiment');
    return experiment;
  }

  async function audited(
    actor: ExperimentActor,
    action: string,
    before: ExperimentRecord | null,
    after: ExperimentRecord,
  ): Promise<void> {
    await audit.record({
      claims: actor.claims,
      action,
      target: { type: 'experiment', id: after.id },
      origin: actor.origin,
      detail: { before, after },
    });
  }

  /** Writes `next` over `current` (compare-and-set): a change that raced another is a CONFLICT, never lost. */
  async function replace(current: ExperimentRecord, next: ExperimentRecord): Promise<ExperimentRecord> {
    const stored = await store.updateExperiment(next, current.version);
    if (!stored) throw new HubError('CONFLICT', 'The experiment changed meanwhile; read it again and retry');
    return stored;
  }

  async function create(
    actor: ExperimentActor,
    input: z.output<typeof experimentInputSchema>,
  ): Promise<ExperimentRecord> {
    const experiment = newExperiment(input, {
      id: `exp-${randomUUID()}`,
      tenantId: actor.claims.tenantId,
      salt: randomBytes(12).toString('hex'),
      at: now().toISOString(),
    });
    await store.createExperiment(experiment);
    await audited(actor, 'experiment.create', null, experiment);
    return experiment;
  }

  async function change(actor: ExperimentActor, id: string, patch: ExperimentChange) {
    const current = await existing(actor.claims.tenantId, id);
    const next = changedExperiment(current, patch, now().toISOString());
    if ('refused' in next) throw new HubError(next.code, next.refused);
    const stored = await replace(current, next);
    await audited(actor, 'experiment.change', current, stored);
    return stored;
  }

  async function start(actor: ExperimentActor, id: string) {
    const current = await existing(actor.claims.tenantId, id);
    if (current.status !== 'draft')
      throw new HubError('CONFLICT', `A ${current.status} experiment cannot start`);
    const at = now().toISOString();
    const stored = await replace(current, { ...current, status: 'running', startedAt: at, updatedAt: at });
    await audited(actor, 'experiment.start', current, stored);
    return stored;
  }

  async function stop(actor: ExperimentActor, id: string) {
    const current = await existing(actor.claims.tenantId, id);
    if (current.status !== 'running')
      throw new HubError('CONFLICT', `A ${current.status} experiment cannot stop`);
    const at = now().toISOString();
    const stored = await replace(current, { ...current, status: 'stopped', stoppedAt: at, updatedAt: at });
    await audited(actor, 'experiment.stop', current, stored);
    return stored;
  }

  /** The results of an experiment as it is stored (no guardrail applied). */
  async function resultsOf(experiment: ExperimentRecord): Promise<ExperimentResults> {
    if (!experiment.startedAt) throw new HubError('CONFLICT', 'A draft has no results yet; start it first');
    const from = experiment.startedAt.slice(0, 10);
    const to = (experiment.stoppedAt ?? now().toISOString()).slice(0, 10);
    const tallies = new Map(
      await Promise.all(
        experiment.variants.map(
          async (variant) =>
            [
              variant.name,
              tallyOf(
                await store.rollups(experiment.tenantId, {
                  grain: 'day',
                  from,
                  to,
                  dimension: 'variant',
                  key: variantKey(experiment.id, variant.name),
                }),
              ),
            ] as const,
        ),
      ),
    );
    return experimentResults(experiment, tallies, { from, to });
  }

  /**
   * Stops every arm whose guardrail is breached (compare-and-set, re-read on a race: each stop is written and
   * audited once, whichever node checks) and returns the experiment and its results as they are after it.
   */
  async function checkGuardrails(
    experiment: ExperimentRecord,
  ): Promise<{ experiment: ExperimentRecord; results: ExperimentResults }> {
    let current = experiment;
    for (let attempt = 0; attempt < STOP_ATTEMPTS; attempt++) {
      const results = await resultsOf(current);
      const stops = armsToStop(current, results);
      if (stops.length === 0) return { experiment: current, results };
      const at = now().toISOString();
      const stored = await store.updateExperiment(withArmsStopped(current, stops, at), current.version);
      if (!stored) {
        const reread = await store.getExperiment(current.tenantId, current.id);
        if (!reread) throw new HubError('NOT_FOUND', 'No such experiment');
        current = reread;
        continue;
      }
      await store.appendAudit({
        id: randomUUID(),
        tenantId: current.tenantId,
        at,
        actor: { type: 'system' },
        action: 'experiment.guardrail_stop',
        target: { type: 'experiment', id: current.id },
        origin: 'guardrail',
        detail: { before: current, after: stored, stopped: stops },
      });
      deps.logger.info({ experimentId: current.id, stopped: stops }, 'experiment guardrail stopped an arm');
      return { experiment: stored, results: await resultsOf(stored) };
    }
    throw new HubError('CONFLICT', 'The experiment kept changing; try again');
  }

  return {
    create,
    change,
    start,
    stop,
    get: (tenantId: string, id: string) => existing(tenantId, id),
    list: (tenantId: string) => store.listExperiments(tenantId),
    /** Results, after the guardrails were checked (a running experiment's breached arm is stopped first). */
    async results(tenantId: string, id: string): Promise<ExperimentResults> {
      const experiment = await existing(tenantId, id);
      if (experiment.status !== 'running') return resultsOf(experiment);
      return (await checkGuardrails(experiment)).results;
    },
    /** The periodic check: every running experiment of every tenant (a failure is logged and the next goes on). */
    async checkAllGuardrails(): Promise<void> {
      for (const experiment of await store.runningExperiments()) {
        try {
          await checkGuardrails(experiment);
        } catch (error) {
          deps.logger.warn({ err: error, experimentId: experiment.id }, 'experiment guardrail check failed');
        }
      }
    },
  };
}

export type ExperimentService = ReturnType<typeof createExperimentService>;
