import type { ExperimentRecord, ExperimentStatus } from '../analytics/experiments.js';

export type { ExperimentRecord, ExperimentStatus } from '../analytics/experiments.js';

/**
 * Experiment definitions (docs/ANALYTICS.md, "Experiments"), scoped by tenant. A tenant runs at most one experiment
 * at a time (each event names one arm, so two at once could not be told apart): the store refuses a second one
 * with CONFLICT, atomically, whichever node asks.
 */
export interface ExperimentStore {
  /** Throws HubError CONFLICT when the id exists, or when it is running and the tenant runs another. */
  createExperiment(experiment: ExperimentRecord): Promise<ExperimentRecord>;
  getExperiment(tenantId: string, id: string): Promise<ExperimentRecord | null>;
  /** The tenant's experiments, newest first (at most 200), of one status when asked. */
  listExperiments(tenantId: string, query?: { status?: ExperimentStatus }): Promise<ExperimentRecord[]>;
  /** Running experiments of every tenant (the guardrail check), at most 1,000. */
  runningExperiments(): Promise<ExperimentRecord[]>;
  /**
   * Replaces the experiment with `next` (same id and tenant; its version becomes expectedVersion + 1) only if the
   * stored version is still `expectedVersion`; null otherwise (or when it does not exist). CONFLICT when `next`
   * runs and the tenant runs another.
   */
  updateExperiment(next: ExperimentRecord, expectedVersion: number): Promise<ExperimentRecord | null>;
}
