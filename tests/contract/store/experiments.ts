import { expect, it } from 'vitest';
import {
  newExperiment,
  experimentInputSchema,
  type ExperimentRecord,
} from '../../../src/analytics/experiments.js';
import {
  type ContractContext,
  expectHubError,
  iso,
  makeConversation,
  makeLead,
  OTHER_TENANT,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

const ALL_TIME = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

/** A draft experiment of the tenant (valid input, through the same schema the route uses). */
function draft(tenantId = TENANT, offsetMs = 0, id = uid('exp-c')): ExperimentRecord {
  const input = experimentInputSchema.parse({
    name: 'Budget first or last',
    target: 'bot.question_order',
    variants: [
      { name: 'control', weight: 1, control: true },
      {
        name: 'areas-first',
        weight: 1,
        settings: { buyerOrder: ['areas', 'budget', 'financing', 'size', 'urgency'] },
      },
    ],
    primaryMetric: 'qualified_rate',
    guardrails: [{ metric: 'opt_out_rate', threshold: 0.02 }],
  });
  return newExperiment(input, { id, tenantId, salt: `salt-${id}`, at: iso(T0 + offsetMs) });
}

/** Experiment definitions (src/store/experiment-types.ts). */
export function experimentContract(ctx: ContractContext): void {
  it('creates an experiment and reads it back whole, in its tenant only; a repeated id is a CONFLICT', async () => {
    const experiment = draft();
    expect(await ctx.store.createExperiment(experiment)).toStrictEqual(experiment);
    expect(await ctx.store.getExperiment(TENANT, experiment.id)).toStrictEqual(experiment);
    expect(await ctx.store.getExperiment(OTHER_TENANT, experiment.id)).toBeNull();
    await expectHubError(ctx.store.createExperiment({ ...experiment, name: 'again' }), 'CONFLICT');
    expect((await ctx.store.getExperiment(TENANT, experiment.id))?.name).toBe('Budget first or last');
    // The same id in another tenant is another experiment.
    await ctx.store.createExperiment({ ...experiment, tenantId: OTHER_TENANT });
    expect(await ctx.store.listExperiments(OTHER_TENANT)).toHaveLength(1);
  });

  it('lists a tenant’s experiments newest first, by status when asked', async () => {
    const older = draft(TENANT, 0);
    const newer = draft(TENANT, 60_000);
    await ctx.store.createExperiment(older);
    await ctx.store.createExperiment(newer);
    await ctx.store.createExperiment(draft(OTHER_TENANT, 30_000));
    expect((await ctx.store.listExperiments(TENANT)).map((e) => e.id)).toEqual([newer.id, older.id]);
    const started = await ctx.store.updateExperiment({ ...older, status: 'running', startedAt: iso(T0) }, 1);
    expect(started).toMatchObject({ status: 'running', version: 2 });
    expect((await ctx.store.listExperiments(TENANT, { status: 'running' })).map((e) => e.id)).toEqual([
      older.id,
    ]);
    expect((await ctx.store.listExperiments(TENANT, { status: 'draft' })).map((e) => e.id)).toEqual([
      newer.id,
    ]);
    expect((await ctx.store.runningExperiments()).map((e) => [e.tenantId, e.id])).toEqual([
      [TENANT, older.id],
    ]);
  });

  it('updates by compare-and-set on the version: a stale writer changes nothing', async () => {
    const experiment = await ctx.store.createExperiment(draft());
    const first = await ctx.store.updateExperiment({ ...experiment, name: 'first' }, experiment.version);
    expect(first).toMatchObject({ name: 'first', version: experiment.version + 1 });
    expect(await ctx.store.updateExperiment({ ...experiment, name: 'stale' }, experiment.version)).toBeNull();
    expect(await ctx.store.getExperiment(TENANT, experiment.id)).toStrictEqual(first);
    expect(
      await ctx.store.updateExperiment({ ...experiment, tenantId: OTHER_TENANT, name: 'x' }, first!.version),
    ).toBeNull();
    expect(await ctx.store.updateExperiment({ ...draft(), name: 'missing' }, 1)).toBeNull();
  });

  it('lets a tenant run one experiment at a time (CONFLICT, nothing changed), other tenants theirs', async () => {
    const one = await ctx.store.createExperiment(draft());
    const two = await ctx.store.createExperiment(draft());
    await ctx.store.updateExperiment({ ...one, status: 'running' }, one.version);
    await expectHubError(ctx.store.updateExperiment({ ...two, status: 'running' }, two.version), 'CONFLICT');
    expect((await ctx.store.getExperiment(TENANT, two.id))?.status).toBe('draft');
    await expectHubError(ctx.store.createExperiment({ ...draft(), status: 'running' }), 'CONFLICT');
    const other = await ctx.store.createExperiment(draft(OTHER_TENANT));
    expect(await ctx.store.updateExperiment({ ...other, status: 'running' }, other.version)).toMatchObject({
      status: 'running',
    });
    // Once the first stops, the second may start.
    const running = (await ctx.store.getExperiment(TENANT, one.id))!;
    await ctx.store.updateExperiment({ ...running, status: 'stopped' }, running.version);
    expect(await ctx.store.updateExperiment({ ...two, status: 'running' }, two.version)).toMatchObject({
      status: 'running',
    });
  });

  it('keeps an experiment across a reopen of the store (adapters that persist)', async () => {
    const experiment = await ctx.store.createExperiment(draft());
    const reopen = ctx.harness.reopen;
    if (!reopen) return;
    const reopened = await reopen();
    expect(await reopened.getExperiment(TENANT, experiment.id)).toStrictEqual(experiment);
  });

  it('logs the exposure with the arm that starts a conversation, once per lead and experiment', async () => {
    const lead = await ctx.store.createLead(makeLead());
    const arm = { id: 'exp-c1', variant: 'areas-first' };
    const start = makeConversation({ leadId: lead.id, meta: { experiment: arm } });
    await ctx.store.appendToOpenConversation(
      TENANT,
      lead.id,
      { author: { type: 'lead' }, visibility: 'everyone', kind: 'text', text: 'hi', createdAt: iso(T0) },
      start,
    );
    // A second conversation of the lead in the same arm, and one in another experiment.
    await ctx.store.createConversation(makeConversation({ leadId: lead.id, meta: { experiment: arm } }));
    await ctx.store.createConversation(
      makeConversation({ leadId: lead.id, meta: { experiment: { id: 'exp-c2', variant: 'control' } } }),
    );
    // Appended again on its own (another node, a retry): still once.
    expect(
      await ctx.store.appendLeadEvents([
        {
          type: 'experiment_exposure',
          tenantId: TENANT,
          leadId: lead.id,
          at: iso(T0),
          variant: 'exp-c1:areas-first',
        },
      ]),
    ).toBe(0);
    const exposures = await ctx.store.leadEvents(TENANT, { ...ALL_TIME, types: ['experiment_exposure'] });
    expect(exposures.map(({ event }) => [event.leadId, event.variant, event.conversationId])).toEqual([
      [lead.id, 'exp-c1:areas-first', start.id],
      [lead.id, 'exp-c2:control', expect.any(String)],
    ]);
    // Every event of the conversation names its arm; the rollups count them per variant.
    const started = await ctx.store.leadEvents(TENANT, { ...ALL_TIME, conversationId: start.id });
    expect(started.every(({ event }) => event.variant === 'exp-c1:areas-first')).toBe(true);
    const rows = await ctx.store.rollups(TENANT, {
      grain: 'day',
      from: '2000-01-01',
      to: '2100-01-01',
      dimension: 'variant',
      metricPrefix: 'n:experiment_exposure',
    });
    expect(rows.map((row) => [row.key, row.n])).toEqual([
      ['exp-c1:areas-first', 1],
      ['exp-c2:control', 1],
    ]);
  });

  it('logs a compliance alert once when a conversation is first flagged', async () => {
    const conversation = await ctx.store.createConversation(
      makeConversation({ meta: { experiment: { id: 'exp-c3', variant: 'control' } } }),
    );
    const flagged = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { meta: { ...conversation.meta, alerts: ['compliance'] } },
      conversation.version,
    );
    const cleared = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { meta: { ...conversation.meta, alerts: [] } },
      flagged!.version,
    );
    await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { meta: { ...conversation.meta, alerts: ['stuck', 'compliance'] } },
      cleared!.version,
    );
    const alerts = await ctx.store.leadEvents(TENANT, { ...ALL_TIME, types: ['compliance_alert'] });
    expect(alerts.map(({ event }) => [event.conversationId, event.variant])).toEqual([
      [conversation.id, 'exp-c3:control'],
    ]);
  });
}
