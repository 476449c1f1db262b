import { describe, expect, it } from 'vitest';
import type { ExperimentResults } from '../../src/analytics/experiment-results.js';
import type { ExperimentRecord } from '../../src/analytics/experiments.js';
import type { LeadEvent } from '../../src/analytics/events.js';
import type { AuditRecord } from '../../src/store/types.js';
import { staffToken, startHub } from '../helpers/hub.js';

const definition = {
  name: 'Areas first',
  target: 'bot.question_order',
  variants: [
    { name: 'control', weight: 1, control: true },
    {
      name: 'areas',
      weight: 1,
      settings: { buyerOrder: ['areas', 'budget', 'financing', 'size', 'urgency'] },
    },
  ],
  primaryMetric: 'booked_call_rate',
  guardrails: [{ metric: 'opt_out_rate', threshold: 0.02 }],
  minSample: 100,
};

/** The experiment routes over a real hub (in process, real SQLite): validation, status rules, guardrails, audit. */
describe('the experiment routes', () => {
  it('refuse bad input and wrong moves with typed errors, changing nothing', async () => {
    const hub = await startHub();
    const response = await fetch(`${hub.url}/api/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' }),
    });
    const admin = ((await response.json()) as { token: string }).token;
    const call = async <T>(method: string, path: string, body?: unknown, token = admin) => {
      const answer = await fetch(`${hub.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return {
        status: answer.status,
        body: (await answer.json()) as T & { error?: { code: string; message: string } },
      };
    };
    type One = { experiment: ExperimentRecord };

    const supervisor = await staffToken(hub.url, 'supervisor', 'sam');
    expect((await call('GET', '/api/admin/experiments', undefined, supervisor)).status).toBe(403);
    const noControl = await call('POST', '/api/admin/experiments', {
      ...definition,
      variants: definition.variants.map((variant) => ({ ...variant, control: false })),
    });
    expect(noControl).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
    expect(noControl.body.error?.message).toContain('exactly one variant is the control');
    expect((await call('POST', '/api/admin/experiments', { ...definition, extra: 1 })).status).toBe(400);
    expect(
      (await call<{ experiments: ExperimentRecord[] }>('GET', '/api/admin/experiments')).body.experiments,
    ).toEqual([]);

    const { body: created } = await call<One>('POST', '/api/admin/experiments', definition);
    const id = created.experiment.id;
    expect((await call('GET', `/api/admin/experiments/${id}/results`)).body.error?.code).toBe('CONFLICT');
    expect((await call('POST', `/api/admin/experiments/${id}/stop`)).body.error?.code).toBe('CONFLICT');
    expect((await call('GET', '/api/admin/experiments/exp-nope')).status).toBe(404);
    expect((await call('GET', '/api/admin/experiments/not-an-id')).status).toBe(400);
    const renamed = await call<One>('PATCH', `/api/admin/experiments/${id}`, { name: 'Areas asked first' });
    expect(renamed.body.experiment).toMatchObject({ name: 'Areas asked first', version: 2 });
    const badOrder = await call('PATCH', `/api/admin/experiments/${id}`, {
      variants: [
        { name: 'control', weight: 1, control: true },
        { name: 'areas', weight: 1, settings: { buyerOrder: ['areas'] } },
      ],
    });
    expect(badOrder.status).toBe(400);
    expect((await call<One>('POST', `/api/admin/experiments/${id}/start`)).body.experiment.status).toBe(
      'running',
    );
    expect((await call('POST', `/api/admin/experiments/${id}/start`)).body.error?.code).toBe('CONFLICT');
    // A running experiment's arms stay as they started; a second experiment cannot run beside it.
    const change = await call('PATCH', `/api/admin/experiments/${id}`, { variants: definition.variants });
    expect(change.body.error?.code).toBe('CONFLICT');
    const { body: second } = await call<One>('POST', '/api/admin/experiments', definition);
    const secondStart = await call('POST', `/api/admin/experiments/${second.experiment.id}/start`);
    expect(secondStart.body.error?.code).toBe('CONFLICT');
    expect((await hub.store.getExperiment('demo', second.experiment.id))?.status).toBe('draft');
    const stored = await hub.store.getExperiment('demo', id);
    expect(stored).toMatchObject({ status: 'running', name: 'Areas asked first', version: 3 });
    const audit = await call<{ entries: AuditRecord[] }>('GET', `/api/audit?targetId=${id}`);
    expect(audit.body.entries.map((entry) => entry.action).sort()).toEqual([
      'experiment.change',
      'experiment.create',
      'experiment.start',
    ]);
    const changed = audit.body.entries.find((entry) => entry.action === 'experiment.change')!.detail as {
      before: ExperimentRecord;
      after: ExperimentRecord;
    };
    expect([changed.before.name, changed.after.name]).toEqual(['Areas first', 'Areas asked first']);

    // The persona tone and the coaching prompt version are targets like the others: their arms are stored as
    // defined, and an arm that reaches past its target (a tone arm with a greeting) is refused.
    const arms = (control: Record<string, unknown>, variant: Record<string, unknown>) => [
      { name: 'control', weight: 1, control: true, settings: control },
      { name: 'variant', weight: 1, settings: variant },
    ];
    for (const [target, control, variant] of [
      ['bot.persona_tone', {}, { tone: 'brief' }],
      [
        'coaching.prompt_version',
        { coachingPrompt: 'coaching-2026-11' },
        { coachingPrompt: 'coaching-2026-12' },
      ],
    ] as const) {
      const made = await call<One>('POST', '/api/admin/experiments', {
        ...definition,
        target,
        variants: arms(control, variant),
      });
      expect(made.status).toBe(201);
      const read = await hub.store.getExperiment('demo', made.body.experiment.id);
      expect(read).toMatchObject({ target, status: 'draft' });
      expect(read?.variants.map((arm) => arm.settings)).toEqual([control, variant]);
    }
    const reaching = await call('POST', '/api/admin/experiments', {
      ...definition,
      target: 'bot.persona_tone',
      variants: arms({}, { tone: 'warm', greeting: { en: 'Hi there.', es: 'Hola.' } }),
    });
    expect(reaching).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
    expect(reaching.body.error?.message).toContain('cannot change greeting');
  });

  it('take a coaching.sections experiment and refuse an arm without COMPLIANCE, unknown or repeated, typed', async () => {
    const hub = await startHub();
    const issued = await fetch(`${hub.url}/api/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' }),
    });
    const admin = ((await issued.json()) as { token: string }).token;
    const call = async <T>(method: string, path: string, body?: unknown) => {
      const answer = await fetch(`${hub.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return {
        status: answer.status,
        body: (await answer.json()) as T & { error?: { code: string; message: string } },
      };
    };
    const withLean = (coachingSections: unknown) => ({
      ...definition,
      name: 'Lean card',
      target: 'coaching.sections',
      variants: [
        { name: 'full', weight: 1, control: true },
        { name: 'lean', weight: 1, settings: { coachingSections } },
      ],
    });
    const made = await call<{ experiment: ExperimentRecord }>(
      'POST',
      '/api/admin/experiments',
      withLean(['NEXT', 'SAY', 'COMPLIANCE']),
    );
    expect(made.status).toBe(201);
    const id = made.body.experiment.id;
    expect((await hub.store.getExperiment('demo', id))?.variants.map((arm) => arm.settings)).toEqual([
      {},
      { coachingSections: ['NEXT', 'SAY', 'COMPLIANCE'] },
    ]);
    for (const [sections, message] of [
      [['NEXT', 'SAY'], 'variants.1.settings.coachingSections: COMPLIANCE is always shown'],
      [['NEXT', 'SUMMARY', 'COMPLIANCE'], 'variants.1.settings.coachingSections.1'],
      [['SAY', 'SAY', 'COMPLIANCE'], 'variants.1.settings.coachingSections: each section at most once'],
      ['SAY', 'variants.1.settings.coachingSections'],
    ] as const) {
      const refused = await call('POST', '/api/admin/experiments', withLean(sections));
      expect(refused).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
      expect(refused.body.error?.message).toContain(message);
    }
    // A draft's arms cannot be changed into one that hides COMPLIANCE either; nothing changes.
    const change = await call('PATCH', `/api/admin/experiments/${id}`, {
      variants: withLean(['SAY']).variants,
    });
    expect(change).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
    expect(change.body.error?.message).toContain('COMPLIANCE is always shown');
    expect(await hub.store.getExperiment('demo', id)).toMatchObject({ version: 1 });
    // The sections belong to this target only.
    const reaching = await call('POST', '/api/admin/experiments', {
      ...withLean(['SAY', 'COMPLIANCE']),
      target: 'coaching.source',
    });
    expect(reaching.body.error?.message).toContain('cannot change coachingSections');
    expect(
      (await call<{ experiments: ExperimentRecord[] }>('GET', '/api/admin/experiments')).body.experiments,
    ).toHaveLength(1);
  });

  it('stop an arm whose opt-out rate is worse beyond the guardrail, once, audited as the system', async () => {
    const hub = await startHub();
    const response = await fetch(`${hub.url}/api/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' }),
    });
    const admin = ((await response.json()) as { token: string }).token;
    const call = async <T>(method: string, path: string) => {
      const answer = await fetch(`${hub.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${admin}` },
      });
      return (await answer.json()) as T;
    };
    const post = await fetch(`${hub.url}/api/admin/experiments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify(definition),
    });
    const { experiment } = (await post.json()) as { experiment: ExperimentRecord };
    await call('POST', `/api/admin/experiments/${experiment.id}/start`);

    // 200 exposed leads per arm; 5 opt-outs in the control, 30 in the variant (as the store logs them).
    const at = new Date().toISOString();
    const events: LeadEvent[] = [];
    for (const arm of ['control', 'areas'])
      for (let i = 0; i < 200; i++) {
        const scope = {
          tenantId: 'demo',
          leadId: `${arm}-${i}`,
          conversationId: `conv-${arm}-${i}`,
          at,
          variant: `${experiment.id}:${arm}`,
        };
        events.push({ type: 'experiment_exposure', ...scope });
        if (i < (arm === 'control' ? 5 : 30)) events.push({ type: 'opted_out', ...scope });
      }
    expect(await hub.store.appendLeadEvents(events)).toBe(events.length);

    const { results } = await call<{ results: ExperimentResults }>(
      'GET',
      `/api/admin/experiments/${experiment.id}/results`,
    );
    expect(results.arms.map((arm) => [arm.name, arm.exposures, arm.stoppedReason])).toEqual([
      ['control', 200, undefined],
      ['areas', 200, 'opt_out_rate'],
    ]);
    expect(results.arms[1]!.guardrails[0]).toMatchObject({ rate: 0.15, breached: true });
    expect(results.sampleRatio.checked).toBe(false);
    // Asked again (or by the periodic check): nothing more to stop, nothing more audited.
    await call('GET', `/api/admin/experiments/${experiment.id}/results`);
    const entries = await hub.store.listAudit('demo', { targetId: experiment.id });
    const stops = entries.filter((entry) => entry.action === 'experiment.guardrail_stop');
    expect(stops).toHaveLength(1);
    expect(stops[0]!.actor).toEqual({ type: 'system' });
    expect(stops[0]!.detail).toMatchObject({ stopped: [{ name: 'areas', reason: 'opt_out_rate' }] });
    const stored = await hub.store.getExperiment('demo', experiment.id);
    expect(stored?.status).toBe('running');
    expect(stored?.variants[1]?.stoppedAt).toBeDefined();
  });
});
