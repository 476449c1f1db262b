import type { Socket } from 'socket.io-client';
import { jorgeBot } from '../../src/bots/index.js';
import { createModelProvider } from '../../src/llm/index.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import type { HubOptions } from '../../src/app.js';
import type { TelephonyOptions } from '../../src/telephony/index.js';
import { coachingExtension } from '../../src/wiring.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import { connect, emitAck, expectOk, staffToken, startHub, tempStore, widgetToken } from '../helpers/hub.js';
import { telephonyTenants } from './helpers.js';

/** What the fake model answers the coach: a price objection, in the six-line format. */
export const COACHING_TEXT = [
  'FOCUS: Acknowledge the price worry, then show the comparable sales',
  'OBJECTION: price (high)',
  'SAY: I hear you. Let me show you what the three closest homes sold for this spring.',
  'ASK: What monthly payment would feel comfortable for you?',
  'URGENCY: medium',
  'COMPLIANCE: none',
].join('\n');

/** A hub with telephony settings for demo and acme, and coaching on the real SDK against the fake Anthropic. */
export async function startTelephonyHub(
  fake: FakeAnthropic,
  telephony: TelephonyOptions = {},
  extra: Partial<HubOptions> = {},
) {
  const tenants = telephonyTenants();
  const metrics = createMetrics();
  const logger = createLogger(process.env.HUB_TEST_LOG ?? 'silent');
  const model = createModelProvider(
    {
      apiKey: 'fake-key',
      baseURL: fake.url,
      models: { fast: 'claude-fast-test', strong: 'claude-strong-test' },
      firstTokenTimeoutMs: 5_000,
      totalTimeoutMs: 20_000,
      maxRetries: 0,
      tokensPerHour: 10_000_000,
    },
    { registry: metrics.registry, logger },
  );
  const store = tempStore();
  const deps = { store, tenants, model, logger, registry: metrics.registry, debounceMs: 50 };
  return startHub({
    store,
    tenants,
    bot: jorgeBot,
    metrics,
    extensions: [coachingExtension(deps)],
    telephony: { gapWaitMs: 400, ...telephony },
    ...extra,
  });
}

export async function startFake(tokenDelayMs = 2): Promise<FakeAnthropic> {
  const fake = await startFakeAnthropic({ tokenDelayMs });
  fake.setBehaviour((request) => (request.system.includes('Jorge Coach') ? COACHING_TEXT : 'Thanks!'));
  return fake;
}

/** A lead's conversation claimed by agent Ana (joined) and monitored by supervisor Sue. */
export async function liveConversation(url: string, tenantId = 'demo') {
  const widget = await connect(url, '/widget', (await widgetToken(url, { tenantId, intent: 'buy' })).token);
  const sent = expectOk(
    await emitAck<{ conversationId: string }>(widget, 'message:send', {
      clientMsgId: 'first',
      text: 'Can someone call me about this house?',
    }),
  );
  const conversationId = sent.conversationId;
  const agentToken = await staffToken(url, 'agent', 'ana', tenantId, 'Ana');
  const agent = await connect(url, '/agent', agentToken);
  expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
  expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
  const supervisor = await connect(
    url,
    '/supervisor',
    await staffToken(url, 'supervisor', 'sue', tenantId, 'Sue'),
  );
  expectOk(await emitAck(supervisor, 'conversation:monitor', { conversationId, lastSeq: 0 }));
  return { widget, agent, supervisor, agentToken, conversationId };
}

/** Every event of the given names a socket receives, in arrival order. */
export function collect(socket: Socket, event: string) {
  const received: Record<string, unknown>[] = [];
  socket.on(event, (payload: Record<string, unknown>) => received.push(payload));
  return received;
}
