import { afterAll, beforeAll, expect, it } from 'vitest';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import { connect, emitAck, expectOk, record, widgetToken } from '../helpers/hub.js';
import {
  importCatalogue,
  isNarrative,
  MODEL_NARRATIVE,
  narrativeRequests,
  words,
} from '../helpers/narrative.js';
import { describeWithRedis, useTestCluster } from './harness.js';

/** Two leads with the same needs (none said yet) on the page of L-100, each on its own node. */
async function askFrom(url: string) {
  const { token } = await widgetToken(url, { listing: { id: 'L-100' } });
  const widget = await connect(url, '/widget', token);
  expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'hi', text: 'Hi there' }));
  const events = record(widget, 'stream:token', 'stream:end', 'stream:error');
  const started = expectOk(
    await emitAck<{ streamId: string }>(widget, 'listing:narrative', { style: 'warm' }),
  );
  await expect
    .poll(
      () =>
        events.find((entry) => entry.event !== 'stream:token' && entry.payload.streamId === started.streamId),
      {
        timeout: 10_000,
      },
    )
    .toMatchObject({ event: 'stream:end' });
  return events
    .filter((entry) => entry.event === 'stream:token' && entry.payload.streamId === started.streamId)
    .map((entry) => String(entry.payload.text))
    .join('');
}

describeWithRedis('cluster: a listing narrative is cached in Redis for every node', () => {
  let fake: FakeAnthropic;
  const state: { setup?: ReturnType<typeof useTestCluster> } = {};
  let cluster: HubCluster;
  const started = startFakeAnthropic({ tokenDelayMs: 1 }).then((server) => {
    fake = server;
    server.setBehaviour((request) =>
      isNarrative(request) ? { tokens: words(MODEL_NARRATIVE), tokenDelayMs: 20 } : 'Thanks!',
    );
    return server;
  });
  state.setup = useTestCluster({ nodes: 2, env: { ANTHROPIC_API_KEY: 'fake-key' } });
  beforeAll(async () => {
    await started;
    // The fake's URL is known only now: the nodes inherit it from this process's environment at their start.
    const before = process.env.ANTHROPIC_BASE_URL;
    process.env.ANTHROPIC_BASE_URL = fake.url;
    try {
      cluster = await state.setup!.start();
    } finally {
      if (before === undefined) delete process.env.ANTHROPIC_BASE_URL;
      else process.env.ANTHROPIC_BASE_URL = before;
    }
  }, 60_000);
  afterAll(async () => {
    await fake.close();
  });

  it('serves the second ask, on another node, from the cache without a model request', async () => {
    const [a, b] = cluster.urls;
    await importCatalogue(a!);
    expect(await askFrom(a!)).toBe(MODEL_NARRATIVE);
    expect(narrativeRequests(fake)).toHaveLength(1);
    expect(await askFrom(b!)).toBe(MODEL_NARRATIVE);
    expect(narrativeRequests(fake)).toHaveLength(1);
  });

  it('a lead who writes from a tab on another node stops the narrative streaming from this one', async () => {
    const [a, b] = cluster.urls;
    await importCatalogue(a!);
    fake.setBehaviour((request) =>
      isNarrative(request) ? { tokens: words(`${MODEL_NARRATIVE} `.repeat(6)), tokenDelayMs: 60 } : 'Thanks!',
    );
    // One lead, two tabs: the first on node A asks for the narrative, the second on node B writes.
    const { token } = await widgetToken(a!, { listing: { id: 'L-100' } });
    const onA = await connect(a!, '/widget', token);
    expectOk(await emitAck(onA, 'message:send', { clientMsgId: 'hi', text: 'Hi there' }));
    const events = record(onA, 'stream:token', 'stream:end', 'stream:error');
    const started = expectOk(
      await emitAck<{ streamId: string }>(onA, 'listing:narrative', { style: 'luxury', length: 'full' }),
    );
    await expect
      .poll(
        () =>
          events.some(
            (entry) => entry.event === 'stream:token' && entry.payload.streamId === started.streamId,
          ),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    const onB = await connect(b!, '/widget', token);
    expectOk(await emitAck(onB, 'message:send', { clientMsgId: 'other', text: 'What are the HOA fees?' }));
    await expect
      .poll(
        () =>
          events.find(
            (entry) => entry.event !== 'stream:token' && entry.payload.streamId === started.streamId,
          ),
        { timeout: 10_000 },
      )
      .toMatchObject({
        event: 'stream:error',
        payload: { code: 'CANCELLED', message: 'The lead wrote something else' },
      });
    onA.disconnect();
    onB.disconnect();
  });
});
