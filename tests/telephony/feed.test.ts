import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import type { FakeAnthropic } from '../fakes/anthropic-server.js';
import { waitForEvent } from '../helpers/hub.js';
import { creds, postFeed, shuffled, startCall, type FeedEvent } from './helpers.js';
import { collect, liveConversation, startFake, startTelephonyHub } from './rig.js';

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await startFake();
});
afterEach(async () => {
  await fake.close();
});

async function utterances(store: Store, conversationId: string) {
  const messages = await store.messagesAfter('demo', conversationId, 0);
  return messages
    .filter((message) => message.kind === 'text' && message.visibility === 'staff')
    .map((message) => `${message.author.type}: ${message.text}`);
}

describe('the generic signed transcript feed', () => {
  it('turns signed events into captions, utterances and coaching at the agent and a supervisor', async () => {
    const { url, store } = await startTelephonyHub(fake);
    const { agent, supervisor, agentToken, conversationId } = await liveConversation(url);
    const { feed } = await startCall(url, agentToken, conversationId);
    const eventsUrl = feed!.eventsUrl;
    const agentCaptions = collect(agent, 'call:caption');
    const supervisorCaptions = collect(supervisor, 'call:caption');
    const coaching = waitForEvent<{ result: Record<string, unknown>; streamId: string }>(agent, 'coach:done');
    const supervisorCoaching = waitForEvent<{ streamId: string }>(supervisor, 'coach:done');

    const events: FeedEvent[] = [
      { type: 'started', sequence: 1 },
      { type: 'partial', sequence: 2, speaker: 'prospect', text: 'We like it but' },
      { type: 'final', sequence: 3, speaker: 'prospect', text: 'We like it but the price is too high.' },
      { type: 'final', sequence: 4, speaker: 'agent', text: 'Let me walk you through the comparables.' },
    ];
    const answer = await postFeed(eventsUrl, { stream: 'dg-1', events });
    expect(answer).toEqual({ status: 202, body: { accepted: 4, duplicates: 0, ended: false } });

    const expected = [
      'lead: We like it but the price is too high.',
      'agent: Let me walk you through the comparables.',
    ];
    await expect.poll(() => utterances(store, conversationId), { timeout: 15_000 }).toEqual(expected);
    const wanted = [
      'true agent: Let me walk you through the comparables.',
      'false prospect: We like it but',
      'true prospect: We like it but the price is too high.',
    ];
    // In arrival order per speaker (a partial of one side may overtake the stored final of the other).
    const captionsOf = (list: Record<string, unknown>[]) =>
      [...list]
        .sort((a, b) => String(a.speaker).localeCompare(String(b.speaker)))
        .map((caption) => `${String(caption.final)} ${String(caption.speaker)}: ${String(caption.text)}`);
    await expect.poll(() => captionsOf(agentCaptions)).toEqual(wanted);
    await expect.poll(() => captionsOf(supervisorCaptions)).toEqual(wanted);
    const done = await coaching;
    expect((done.result.objection as { type?: string } | null)?.type).toBe('price');
    expect((await supervisorCoaching).streamId).toBe(done.streamId);

    const ended = waitForEvent<{ state: string }>(
      supervisor,
      'call:status',
      (event) => event.state === 'ended',
    );
    await postFeed(eventsUrl, { stream: 'dg-1', events: [{ type: 'stopped', sequence: 5 }] });
    await ended;
    // After the call, events are not stored any more; the transcript stays.
    const late = await postFeed(eventsUrl, {
      stream: 'dg-1',
      events: [{ type: 'final', sequence: 6, speaker: 'prospect', text: 'After the end.' }],
    });
    expect(late).toEqual({ status: 200, body: { accepted: 0, duplicates: 0, ended: true } });
    expect(await utterances(store, conversationId)).toEqual(expected);
  });

  it('refuses a missing or bad signature, an unknown key, a replay and another tenant, storing nothing', async () => {
    const { url, store } = await startTelephonyHub(fake);
    const { agentToken, conversationId } = await liveConversation(url);
    const { feed } = await startCall(url, agentToken, conversationId);
    const eventsUrl = feed!.eventsUrl;
    const body = (text: string) => ({ events: [{ type: 'final', sequence: 1, speaker: 'prospect', text }] });

    expect((await postFeed(eventsUrl, body('unsigned'), { signature: null })).status).toBe(401);
    expect((await postFeed(eventsUrl, body('bad'), { signature: `sha256=${'0'.repeat(64)}` })).status).toBe(
      403,
    );
    expect(
      (await postFeed(eventsUrl, body('wrong secret'), { secret: creds.acme.feedKey.secret })).status,
    ).toBe(403);
    expect((await postFeed(eventsUrl, body('unknown key'), { keyId: 'nobody' })).status).toBe(403);
    const old = Date.now() - 10 * 60_000;
    expect((await postFeed(eventsUrl, body('replayed'), { timestampMs: old })).status).toBe(403);
    // Another tenant: acme's URL and acme's own key, for demo's call.
    const acmeUrl = eventsUrl.replace('/feed/demo/', '/feed/acme/');
    expect(
      (await postFeed(acmeUrl, body('cross tenant'), { secret: creds.acme.feedKey.secret })).status,
    ).toBe(404);
    expect((await postFeed(acmeUrl, body('cross tenant 2'))).status).toBe(403);
    // A body that does not match its signature (changed in transit).
    const signedBody = JSON.stringify(body('original'));
    const { signFeedRequest } = await import('../../src/telephony/index.js');
    const timestamp = String(Date.now());
    const tampered = await fetch(eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-key-id': creds.demo.feedKey.id,
        'x-hub-timestamp': timestamp,
        'x-hub-signature': signFeedRequest(
          creds.demo.feedKey.secret,
          timestamp,
          new URL(eventsUrl).pathname,
          signedBody,
        ),
      },
      body: JSON.stringify(body('tampered')),
    });
    expect(tampered.status).toBe(403);
    // A request signed for another call's URL (captured and replayed within the window) is refused.
    const otherCall = new URL(eventsUrl).pathname.replace(/[^/]+$/, 'another-call');
    expect((await postFeed(eventsUrl, body('replayed'), { signedPath: otherCall })).status).toBe(403);
    expect((await postFeed(eventsUrl, { events: [] })).status).toBe(400);

    expect((await postFeed(eventsUrl, body('The only real one.'))).status).toBe(202);
    await expect
      .poll(() => utterances(store, conversationId), { timeout: 15_000 })
      .toEqual(['lead: The only real one.']);
  });

  it('stores each utterance once and in order under retries and reordering, across batches', async () => {
    const { url, store } = await startTelephonyHub(fake, { gapWaitMs: 20_000 });
    const { agentToken, conversationId } = await liveConversation(url);
    const { feed } = await startCall(url, agentToken, conversationId);
    const events: FeedEvent[] = [{ type: 'started', sequence: 1 }];
    const expected: string[] = [];
    for (let turn = 0; turn < 10; turn++) {
      const speaker = turn % 3 === 0 ? 'agent' : 'prospect';
      const text = `Line ${turn + 1} of the call.`;
      events.push({ type: 'partial', sequence: events.length + 1, speaker, text: text.slice(0, 6) });
      events.push({ type: 'final', sequence: events.length + 1, speaker, text });
      expected.push(`${speaker === 'agent' ? 'agent' : 'lead'}: ${text}`);
    }
    // Batches of 1 to 3 events, each sent twice, all in a shuffled order, concurrently.
    const batches: FeedEvent[][] = [];
    for (let index = 0; index < events.length; index += 1 + (index % 3)) {
      batches.push(events.slice(index, index + 1 + (index % 3)));
    }
    const answers = await Promise.all(
      shuffled([...batches, ...batches], 11).map((batch) => postFeed(feed!.eventsUrl, { events: batch })),
    );
    expect(answers.every((answer) => answer.status === 202)).toBe(true);
    const counted = answers.reduce(
      (sum, answer) => {
        const body = answer.body as { accepted: number; duplicates: number };
        return { accepted: sum.accepted + body.accepted, duplicates: sum.duplicates + body.duplicates };
      },
      { accepted: 0, duplicates: 0 },
    );
    expect(counted).toEqual({ accepted: events.length, duplicates: events.length });
    await expect.poll(() => utterances(store, conversationId), { timeout: 15_000 }).toEqual(expected);
  });
});
