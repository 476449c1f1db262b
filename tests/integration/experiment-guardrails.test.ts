import { describe, expect, it, onTestFinished } from 'vitest';
import { createExperimentService } from '../../src/analytics/experiment-service.js';
import type { LeadEvent } from '../../src/analytics/events.js';
import { createAuditLog } from '../../src/identity/audit.js';
import { createLogger } from '../../src/logger.js';
import { tempStore } from '../helpers/hub.js';

const ADMIN = { kind: 'staff', tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' } as const;

/** The periodic guardrail check (every node, every running experiment) on a real SQLite store. */
describe('the periodic guardrail check', () => {
  it('stops a breached arm of each tenant once, leaves the others, and survives a second node checking too', async () => {
    const store = tempStore();
    onTestFinished(() => store.close());
    const now = () => new Date();
    const logger = createLogger('silent');
    const audit = createAuditLog({ store, now, logger });
    const nodeA = createExperimentService({ store, audit, now, logger });
    const nodeB = createExperimentService({ store, audit, now, logger });
    const actor = (tenantId: string) => ({ claims: { ...ADMIN, tenantId }, origin: '127.0.0.1' });
    const define = async (tenantId: string) => {
      const experiment = await nodeA.create(actor(tenantId), {
        name: 'Second wording',
        target: 'bot.phrasing_set',
        variants: [
          { name: 'control', weight: 1, control: true, settings: {} },
          { name: 'second', weight: 1, control: false, settings: { phrasing: 'second' } },
        ],
        primaryMetric: 'qualified_rate',
        guardrails: [{ metric: 'compliance_alert_rate', threshold: 0.01 }],
        minSample: 150,
      });
      return nodeA.start(actor(tenantId), experiment.id);
    };
    const worse = await define('demo');
    const fine = await define('other');
    const at = new Date().toISOString();
    const events: LeadEvent[] = [];
    const arms = (tenantId: string, id: string, alerts: Record<string, number>) => {
      for (const arm of ['control', 'second'])
        for (let i = 0; i < 160; i++) {
          const scope = {
            tenantId,
            leadId: `${arm}-${i}`,
            conversationId: `c-${arm}-${i}`,
            at,
            variant: `${id}:${arm}`,
          };
          events.push({ type: 'experiment_exposure', ...scope });
          if (i < alerts[arm]!) events.push({ type: 'compliance_alert', ...scope });
        }
    };
    // demo: 2/160 against 25/160 (lower end of the difference about 0.09 > 0.01); other: 2/160 against 4/160.
    arms('demo', worse.id, { control: 2, second: 25 });
    arms('other', fine.id, { control: 2, second: 4 });
    await store.appendLeadEvents(events);

    await Promise.all([nodeA.checkAllGuardrails(), nodeB.checkAllGuardrails()]);
    const demo = await store.getExperiment('demo', worse.id);
    expect(demo?.variants.map((variant) => variant.stoppedReason ?? null)).toEqual([
      null,
      'compliance_alert_rate',
    ]);
    expect(
      (await store.getExperiment('other', fine.id))?.variants.every((variant) => !variant.stoppedAt),
    ).toBe(true);
    const stops = (await store.listAudit('demo', { targetId: worse.id })).filter(
      (entry) => entry.action === 'experiment.guardrail_stop',
    );
    expect(stops).toHaveLength(1);
    expect(
      (await store.listAudit('other', { targetId: fine.id })).map((entry) => entry.action).sort(),
    ).toEqual(['experiment.create', 'experiment.start']);
  });
});
