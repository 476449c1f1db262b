import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AfterSummary } from '../../src/coaching/summary.js';
import { createModelProvider } from '../../src/llm/index.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { summaryExtension } from '../../src/wiring.js';
import type { FakeAnthropic } from '../fakes/anthropic-server.js';
import { tempStore, waitForEvent } from '../helpers/hub.js';
import { postFeed, startCall, telephonyTenants } from './helpers.js';
import { liveConversation, startFake, startTelephonyHub } from './rig.js';

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await startFake();
});
afterEach(async () => {
  await fake.close();
});

describe('the summary after a telephony call', () => {
  it('the provider ending the call writes one staff-only call summary from the prospect’s words', async () => {
    const store = tempStore();
    const logger = createLogger('silent');
    const metrics = createMetrics();
    // The rule summary (no key): the fake API serves the coach only.
    const model = createModelProvider(
      {
        models: { fast: 'claude-haiku-4-5', strong: 'claude-sonnet-4-5' },
        firstTokenTimeoutMs: 2_000,
        totalTimeoutMs: 10_000,
        maxRetries: 0,
        tokensPerHour: 1_000_000,
      },
      { registry: metrics.registry, logger },
    );
    const deps = { store, tenants: telephonyTenants(), model, logger, registry: metrics.registry };
    const { url } = await startTelephonyHub(
      fake,
      {},
      {
        store,
        extensions: [summaryExtension(deps, { timeoutMs: 1_000 })],
      },
    );
    const { supervisor, agentToken, conversationId } = await liveConversation(url);
    const { feed } = await startCall(url, agentToken, conversationId);
    await postFeed(feed!.eventsUrl, {
      stream: 'dg-1',
      events: [
        { type: 'started', sequence: 1 },
        {
          type: 'final',
          sequence: 2,
          speaker: 'prospect',
          text: 'We would need to sell our current place first before buying.',
        },
      ],
    });
    const ended = waitForEvent<{ state: string }>(
      supervisor,
      'call:status',
      (event) => event.state === 'ended',
    );
    await postFeed(feed!.eventsUrl, { stream: 'dg-1', events: [{ type: 'stopped', sequence: 3 }] });
    await ended;
    // A stop sent again (a provider's retry) writes no second summary.
    await postFeed(feed!.eventsUrl, { stream: 'dg-1', events: [{ type: 'stopped', sequence: 3 }] });

    const summaries = async () =>
      (await store.messagesAfter('demo', conversationId, 0)).filter(
        (message) => message.meta?.event === 'summary',
      );
    await expect.poll(async () => (await summaries()).length).toBe(1);
    const [line] = await summaries();
    expect(line).toMatchObject({ visibility: 'staff', kind: 'event' });
    const summary = line!.meta!.summary as AfterSummary;
    expect(summary).toMatchObject({ trigger: 'call_ended', source: 'rules', objections: ['sell_first'] });
    expect(summary.quotes).toContain('We would need to sell our current place first before buying.');
    expect(line!.text).toContain('Summary after the call');
  });
});
