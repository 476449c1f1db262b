import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { assignVariant } from '../../src/analytics/assignment.js';
import type { ExperimentResults } from '../../src/analytics/experiment-results.js';
import type { ExperimentRecord } from '../../src/analytics/experiments.js';
import type { SendResult } from '../../src/protocol/events.js';
import type { AuditRecord } from '../../src/store/types.js';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { createSqliteStore } from '../helpers/sqlite-store.js';
import { eventually } from './clients.js';
import { client, describeWithRedis, staffToken, transcript, useTestCluster, widgetToken } from './harness.js';

const GREETING = 'Hi, thanks for reaching out to us.';
const ALL_TIME = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

async function adminToken(url: string): Promise<string> {
  const response = await fetch(`${url}/api/dev/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'admin-1', name: 'Ada' }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function api<T>(url: string, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** The lead's id, from the widget token's claims. */
const leadOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { leadId: string }).leadId;

describeWithRedis('cluster: an experiment across two hub processes', () => {
  const setup = useTestCluster({ nodes: 2, env: { HUB_BOT_TOKEN_DELAY_MS: '0' } });
  let cluster: HubCluster;
  beforeAll(async () => {
    cluster = await setup.start();
  }, 60_000);

  it('assigns leads stickily on both nodes, logs each exposure once, and the results show both arms', async () => {
    const [a, b] = cluster.urls as [string, string];
    const admin = await adminToken(a);

    // Defined on node A, started on node B: both read the one definition in the store.
    const created = await api<{ experiment: ExperimentRecord }>(a, admin, 'POST', '/api/admin/experiments', {
      name: 'Greeting or not',
      target: 'bot.greeting',
      variants: [
        { name: 'control', weight: 1, control: true },
        {
          name: 'greet',
          weight: 1,
          settings: { greeting: { en: GREETING, es: 'Hola, gracias por escribirnos.' } },
        },
      ],
      primaryMetric: 'qualified_rate',
      guardrails: [{ metric: 'opt_out_rate', threshold: 0.5 }],
      minSample: 100,
    });
    expect(created.status).toBe(201);
    const experiment = created.body.experiment;
    const started = await api<{ experiment: ExperimentRecord }>(
      b,
      admin,
      'POST',
      `/api/admin/experiments/${experiment.id}/start`,
    );
    expect(started.body.experiment).toMatchObject({ status: 'running', version: 2 });

    // Leads (widget sessions on alternate nodes) until each arm has two; their arm is a hash of salt and id.
    const leads: { token: string; leadId: string; arm: string; node: number }[] = [];
    for (
      let i = 0;
      i < 40 && !['control', 'greet'].every((arm) => leads.filter((l) => l.arm === arm).length >= 2);
      i++
    ) {
      const node = i % 2;
      const token = await widgetToken(cluster.urls[node]!);
      const leadId = leadOf(token);
      const arm = assignVariant(experiment.salt, leadId, experiment.variants)!;
      if (leads.filter((lead) => lead.arm === arm).length < 2) leads.push({ token, leadId, arm, node });
    }
    expect(leads.map((lead) => lead.arm).sort()).toEqual(['control', 'control', 'greet', 'greet']);

    // Each lead starts on one node and goes on on the other.
    const supervisor = await staffToken(a, 'supervisor', 'sup-1');
    for (const [index, lead] of leads.entries()) {
      const first = await client(cluster, lead.node, '/widget', lead.token, `lead${index}@${lead.node}`);
      const sent = await first.ok<SendResult>('message:send', {
        clientMsgId: `x${index}-1`,
        text: 'hello there',
      });
      const firstReply = await eventually(
        `the bot's first reply to lead ${index}`,
        async () =>
          (await transcript(a, supervisor, sent.conversationId)).find((m) => m.author.type === 'bot')?.text,
        30_000,
      );
      expect(firstReply.startsWith(GREETING), `lead ${index} in ${lead.arm}: ${firstReply}`).toBe(
        lead.arm === 'greet',
      );
      first.close();
      const other = 1 - lead.node;
      const second = await client(cluster, other, '/widget', lead.token, `lead${index}@${other}`);
      await second.ok<SendResult>('message:send', {
        clientMsgId: `x${index}-2`,
        text: 'I want to buy a home',
      });
      const replies = await eventually(
        `the bot's second reply to lead ${index}`,
        async () => {
          const bot = (await transcript(b, supervisor, sent.conversationId)).filter(
            (m) => m.author.type === 'bot',
          );
          return bot.length >= 2 ? bot : null;
        },
        30_000,
      );
      // The greeting is said once, whichever node answers next.
      expect(replies.filter((m) => m.text.includes(GREETING)).length).toBe(lead.arm === 'greet' ? 1 : 0);
      second.close();
    }

    // One exposure per lead, with the arm the hash gives, though each lead wrote through both nodes.
    const store = createSqliteStore({ file: join(cluster.dataDir, 'hub.db') });
    try {
      const exposures = await store.leadEvents('demo', { ...ALL_TIME, types: ['experiment_exposure'] });
      expect(exposures.map(({ event }) => `${event.leadId} ${event.variant}`).sort()).toEqual(
        leads.map((lead) => `${lead.leadId} ${experiment.id}:${lead.arm}`).sort(),
      );
    } finally {
      await store.close();
    }

    // The results, from either node: both arms, their exposures, "not enough data yet" below 100 each.
    for (const url of [a, b]) {
      const { status, body } = await api<{ results: ExperimentResults }>(
        url,
        admin,
        'GET',
        `/api/admin/experiments/${experiment.id}/results`,
      );
      expect(status).toBe(200);
      expect(body.results.arms.map((arm) => [arm.name, arm.control, arm.exposures])).toEqual([
        ['control', true, 2],
        ['greet', false, 2],
      ]);
      expect(body.results.arms[0]!.primary).toMatchObject({ kind: 'rate', trials: 2 });
      expect(body.results.arms[1]!.lift).toMatchObject({ status: 'not_enough_data', needed: 98 });
      expect(body.results.enoughData).toBe(false);
      expect(body.results.sampleRatio).toMatchObject({ checked: true, mismatch: false });
    }

    // Start and stop are audited with the record before and after; a stopped experiment assigns nobody.
    const stopped = await api<{ experiment: ExperimentRecord }>(
      a,
      admin,
      'POST',
      `/api/admin/experiments/${experiment.id}/stop`,
    );
    expect(stopped.body.experiment.status).toBe('stopped');
    const audit = await api<{ entries: AuditRecord[] }>(
      a,
      admin,
      'GET',
      `/api/audit?targetId=${experiment.id}`,
    );
    expect(audit.body.entries.map((entry) => entry.action).sort()).toEqual([
      'experiment.create',
      'experiment.start',
      'experiment.stop',
    ]);
    const detail = audit.body.entries.find((entry) => entry.action === 'experiment.start')!.detail as {
      before: ExperimentRecord;
      after: ExperimentRecord;
    };
    expect([detail.before.status, detail.after.status]).toEqual(['draft', 'running']);
    expect(detail.after.startedAt).toBeDefined();
    const late = await client(cluster, 1, '/widget', await widgetToken(b), 'late@1');
    const sent = await late.ok<SendResult>('message:send', { clientMsgId: 'late-1', text: 'hello there' });
    const reply = await eventually(
      'the bot reply after the stop',
      async () =>
        (await transcript(a, supervisor, sent.conversationId)).find((m) => m.author.type === 'bot')?.text,
      30_000,
    );
    expect(reply.startsWith(GREETING)).toBe(false);
    late.close();
  }, 180_000);
});
