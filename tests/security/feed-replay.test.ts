import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connect, emitAck, expectOk, startHub } from '../helpers/hub.js';
import { postFeed, telephonyTenants } from '../telephony/helpers.js';
import { openSession } from './helpers.js';

interface Opened {
  callId: string;
  conversationId: string;
  eventsUrl: string;
}

/**
 * Security issue 33, finding 10: the same signed generic-feed `inbound` request, sent twice within the replay window,
 * opened two calls (two "Inbound call" events, two call ids a replayer could feed words into). Its call id now
 * derives from the signed request, and the call's start event is idempotent in the store: one call, on any node.
 */
describe('a replayed signed feed inbound request (issue 33, finding 10)', () => {
  it('opens one call; a newly signed request for the same number opens another', async () => {
    const { url, store } = await startHub({ tenants: telephonyTenants() });
    const visitor = await openSession(url);
    const widget = await connect(url, '/widget', visitor.token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'w1',
        text: 'Please call me',
      }),
    );
    await store.updateLead('demo', visitor.leadId, { phone: '(909) 555-0142' });
    const inboundUrl = `${url}/api/telephony/feed/demo/inbound`;
    const body = { from: '+19095550142' };
    const timestampMs = Date.now();

    const first = await postFeed(inboundUrl, body, { timestampMs });
    const again = await postFeed(inboundUrl, body, { timestampMs });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    const firstCall = first.body as Opened;
    expect(firstCall.conversationId).toBe(conversationId);
    expect((again.body as Opened).callId).toBe(firstCall.callId);
    // Sent at once (a replayer does not wait): still the one call.
    const burst = await Promise.all(
      Array.from({ length: 5 }, () => postFeed(inboundUrl, body, { timestampMs })),
    );
    expect(new Set(burst.map((answer) => (answer.body as Opened).callId))).toEqual(
      new Set([firstCall.callId]),
    );
    const started = async () =>
      (await store.messagesAfter('demo', conversationId, 0)).filter(
        (message) => message.meta?.event === 'call_started',
      );
    expect(await started()).toHaveLength(1);

    // A new request (signed at another time) is a new call.
    const later = await postFeed(inboundUrl, body, { timestampMs: timestampMs + 1 });
    expect(later.status).toBe(201);
    expect((later.body as Opened).callId).not.toBe(firstCall.callId);
    expect(await started()).toHaveLength(2);
  }, 60_000);

  it('opens one call when the replay reaches another node sharing the store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-feed-replay-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const a = await startHub({ tenants: telephonyTenants() }, { dataDir });
    const b = await startHub({ tenants: telephonyTenants() }, { dataDir });
    const visitor = await openSession(a.url);
    const widget = await connect(a.url, '/widget', visitor.token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: 'w1', text: 'Hi' }),
    );
    await a.store.updateLead('demo', visitor.leadId, { phone: '(909) 555-0177' });
    const body = { from: '909 555 0177' };
    const timestampMs = Date.now();
    const path = '/api/telephony/feed/demo/inbound';
    const [onA, onB] = await Promise.all([
      postFeed(`${a.url}${path}`, body, { timestampMs }),
      postFeed(`${b.url}${path}`, body, { timestampMs }),
    ]);
    expect([onA.status, onB.status]).toEqual([201, 201]);
    expect((onB.body as Opened).callId).toBe((onA.body as Opened).callId);
    const started = (await b.store.messagesAfter('demo', conversationId, 0)).filter(
      (message) => message.meta?.event === 'call_started',
    );
    expect(started).toHaveLength(1);
  }, 60_000);
});
