import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MessageView } from '../../src/protocol/common.js';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { connect, emitAck, expectOk, waitForEvent } from '../helpers/hub.js';
import { postTwilio, startCall, telephonyTenantsFile, twilioParams } from '../telephony/helpers.js';
import { describeWithRedis, staffToken, transcript, useTestCluster, widgetToken } from './harness.js';

const folder = mkdtempSync(join(tmpdir(), 'jorge-telephony-cluster-'));
const tenants = telephonyTenantsFile();
writeFileSync(join(folder, 'tenants.json'), JSON.stringify(tenants.file));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeWithRedis('cluster: Twilio callbacks at node A, the agent and a supervisor on node B', () => {
  const setup = useTestCluster({
    nodes: 2,
    env: {
      ...tenants.env,
      HUB_TENANTS_FILE: join(folder, 'tenants.json'),
      REDIS_KEY_PREFIX: `jorge-test-${randomUUID().slice(0, 8)}:`,
      HUB_TELEPHONY_GAP_WAIT_MS: '20000',
    },
  });
  let cluster: HubCluster;
  beforeAll(async () => {
    cluster = await setup.start();
  }, 60_000);

  it('delivers captions, utterances and coaching across nodes and stores each utterance once', async () => {
    const [a, b] = cluster.nodes;
    const widget = await connect(a!.url, '/widget', await widgetToken(a!.url));
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'first',
        text: 'Please call me about the listing',
      }),
    );
    const agentToken = await staffToken(b!.url, 'agent', 'ana');
    const agent = await connect(b!.url, '/agent', agentToken);
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
    const supervisor = await connect(b!.url, '/supervisor', await staffToken(b!.url, 'supervisor', 'sue'));
    expectOk(await emitAck(supervisor, 'conversation:monitor', { conversationId, lastSeq: 0 }));

    // The console on node B starts the call; Twilio posts to node A.
    const { twilio } = await startCall(b!.url, agentToken, conversationId);
    const callbackUrl = twilio!.statusCallbackUrl.replace(b!.url, a!.url);
    expect(callbackUrl.startsWith(a!.url)).toBe(true);

    const text = 'The price is too high, we saw cheaper homes nearby.';
    const partial = waitForEvent<{ text: string }>(
      supervisor,
      'call:caption',
      (event) => event.text === 'The price',
    );
    const finalAtAgent = waitForEvent<{ seq: number; text: string }>(
      agent,
      'call:caption',
      (event) => event.text === text,
    );
    const message = waitForEvent<MessageView>(agent, 'message', (event) => event.text === text);
    const coaching = waitForEvent<{ source: string; result: Record<string, unknown> }>(
      agent,
      'coach:done',
      () => true,
      20_000,
    );
    const supervisorCoaching = waitForEvent(supervisor, 'coach:done', () => true, 20_000);

    const post = (url: string, params: Record<string, string>) => postTwilio(url, params);
    expect(
      (await post(callbackUrl, twilioParams('demo', { event: 'transcription-started', sequence: 1 }))).status,
    ).toBe(204);
    await post(
      callbackUrl,
      twilioParams('demo', { event: 'transcription-content', sequence: 2, text: 'The price', final: false }),
    );
    await partial;
    // The final result, retried by Twilio at both nodes at once: stored once.
    const final = twilioParams('demo', { event: 'transcription-content', sequence: 3, text });
    const answers = await Promise.all([
      post(callbackUrl, final),
      post(callbackUrl, final),
      post(callbackUrl.replace(a!.url, b!.url), final),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([204, 204, 204]);
    const caption = await finalAtAgent;
    expect((await message).seq).toBe(caption.seq);
    const done = await coaching;
    // The processes run without a model key: the rule-based coach reads the objection.
    expect(done.source).toBe('rules');
    expect((done.result.objection as { type?: string } | null)?.type).toBe('price');
    await supervisorCoaching;

    const barrier = twilioParams('demo', {
      event: 'transcription-content',
      sequence: 4,
      track: 'outbound_track',
      text: 'I understand.',
    });
    await post(callbackUrl, barrier);
    await expect
      .poll(
        async () =>
          (await transcript(b!.url, agentToken, conversationId))
            .filter((entry) => entry.kind === 'text' && entry.visibility === 'staff')
            .map((entry) => `${entry.author.type}: ${entry.text}`),
        { timeout: 15_000 },
      )
      .toEqual([`lead: ${text}`, 'agent: I understand.']);
  });
});
