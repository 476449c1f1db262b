import type { ExperimentStore } from '../store/experiment-types.js';
import { leadArm, type LeadArm } from './experiments.js';

/**
 * The variant point's read (src/conversations/service.ts, as a lead's first message starts a conversation): the
 * arm of the tenant's running experiment (bot or coaching) for this lead, or undefined when none runs. One store read: every
 * node reads the same definition, and the arm is a hash of the salt and the lead's id, so every node agrees.
 */
export async function runningArm(
  store: Pick<ExperimentStore, 'listExperiments'>,
  tenantId: string,
  leadId: string,
): Promise<LeadArm | undefined> {
  const [running] = await store.listExperiments(tenantId, { status: 'running' });
  return running ? leadArm(running, leadId) : undefined;
}

/** What a new conversation stores for its arm: the meta that names it (counted arms only). */
export const experimentMeta = (arm: LeadArm | undefined) =>
  arm?.counted ? { experiment: { id: arm.experimentId, variant: arm.variant } } : {};
