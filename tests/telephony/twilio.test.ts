import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAnthropic } from '../fakes/anthropic-server.js';
import { connect, emitAck, expectOk, staffToken, waitForEvent, widgetToken } from '../helpers/hub.js';
import { creds, postTwilio, shuffled, startCall, twilioParams, type TwilioCallback } from './helpers.js';
import { collect, liveConversation, startFake, startTelephonyHub } from './rig.js';
import type { Store } from '../../src/store/types.js';

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await startFake();
});
afterEach(async () => {
  await fake.close();
});

/** The call's utterances as stored: "speaker: text", in transcript order. */
async function utterances(store: Store, conversationId: string, tenantId = 'demo') {
  const messages = await store.messagesAfter(tenantId, conversationId, 0);
  return messages
    .filter((message) => message.kind === 'text' && message.visibility === 'staff')
    .map((message) => `${message.author.type}: ${message.text}`);
}

describe('Twilio real-time transcription callbacks', () => {
  it('turns signed callbacks into captions, staff-only utterances and coaching at the agent and a supervisor', async () => {
    const { url, store } = await startTelephonyHub(fake);
    const { widget, agent, supervisor, agentToken, conversationId } = await liveConversation(url);
    const started = await startCall(url, agentToken, conversationId);
    expect(started.twilio?.twiml).toContain('<Start><Transcription');
    expect(started.twilio?.twiml).toContain('inboundTrackLabel="prospect"');
    expect(JSON.stringify(started)).not.toContain(creds.demo.authToken);
    const callbackUrl = started.twilio!.statusCallbackUrl;
    expect(callbackUrl).toContain(started.call.callId);

    const agentCaptions = collect(agent, 'call:caption');
    const supervisorCaptions = collect(supervisor, 'call:caption');
    const widgetMessages = collect(widget, 'message');
    const agentCoaching = waitForEvent<{ result: Record<string, unknown>; streamId: string }>(
      agent,
      'coach:done',
    );
    const supervisorCoaching = waitForEvent<{ streamId: string }>(supervisor, 'coach:done');
    const coachStart = waitForEvent<{ trigger: string }>(agent, 'coach:start');

    const callbacks: TwilioCallback[] = [
      { event: 'transcription-started', sequence: 1 },
      {
        event: 'transcription-content',
        sequence: 2,
        track: 'outbound_track',
        text: 'Hi, this is Ana',
        final: false,
      },
      {
        event: 'transcription-content',
        sequence: 3,
        track: 'outbound_track',
        text: 'Hi, this is Ana from Jorge Salas Real Estate.',
      },
      {
        event: 'transcription-content',
        sequence: 4,
        track: 'inbound_track',
        text: 'Honestly the price',
        final: false,
      },
      {
        event: 'transcription-content',
        sequence: 5,
        track: 'inbound_track',
        text: 'Honestly the price seems too high for what it is.',
      },
    ];
    for (const callback of callbacks) {
      const answer = await postTwilio(callbackUrl, twilioParams('demo', callback));
      expect(answer.status).toBe(204);
    }

    const expected = [
      'agent: Hi, this is Ana from Jorge Salas Real Estate.',
      'lead: Honestly the price seems too high for what it is.',
    ];
    await expect.poll(() => utterances(store, conversationId), { timeout: 15_000 }).toEqual(expected);
    // In arrival order per speaker (a partial of one side may overtake the stored final of the other).
    const captionsOf = (list: Record<string, unknown>[]) =>
      [...list]
        .sort((a, b) => String(a.speaker).localeCompare(String(b.speaker)))
        .map((caption) => `${String(caption.final)} ${String(caption.speaker)}: ${String(caption.text)}`);
    const wanted = [
      'false agent: Hi, this is Ana',
      'true agent: Hi, this is Ana from Jorge Salas Real Estate.',
      'false prospect: Honestly the price',
      'true prospect: Honestly the price seems too high for what it is.',
    ];
    await expect.poll(() => captionsOf(agentCaptions)).toEqual(wanted);
    await expect.poll(() => captionsOf(supervisorCaptions)).toEqual(wanted);

    expect((await coachStart).trigger).toBe('utterance');
    const done = await agentCoaching;
    expect((done.result.objection as { type?: string } | null)?.type).toBe('price');
    expect((await supervisorCoaching).streamId).toBe(done.streamId);
    // Staff-only: the lead's widget never sees the call transcript.
    expect(widgetMessages.filter((message) => message.visibility === 'staff')).toEqual([]);
    const replay = expectOk(
      await emitAck<{ messages: { text: string }[] }>(widget, 'conversation:resume', { lastSeq: 0 }),
    );
    expect(replay.messages.map((message) => message.text)).not.toContain(expected[1]!.slice(6));

    // transcription-stopped ends the call; the transcript stays.
    const ended = waitForEvent<{ state: string }>(agent, 'call:status', (event) => event.state === 'ended');
    expect(
      (await postTwilio(callbackUrl, twilioParams('demo', { event: 'transcription-stopped', sequence: 6 })))
        .status,
    ).toBe(204);
    await ended;
    const summary = expectOk(
      await emitAck<{ conversation: { callActive?: boolean } }>(agent, 'conversation:join', {
        conversationId,
        lastSeq: 0,
      }),
    );
    expect(summary.conversation.callActive).toBeUndefined();
    expect(await utterances(store, conversationId)).toEqual(expected);
  });

  it('refuses a bad or missing signature, a replay, another account and another tenant, storing nothing', async () => {
    const { url, store } = await startTelephonyHub(fake);
    const { agent, agentToken, conversationId } = await liveConversation(url);
    const { twilio, call } = await startCall(url, agentToken, conversationId);
    const callbackUrl = twilio!.statusCallbackUrl;
    const captions = collect(agent, 'call:caption');
    const final = (sequence: number, text: string, extra: Partial<TwilioCallback> = {}) =>
      twilioParams('demo', { event: 'transcription-content', sequence, text, ...extra });

    // Signed with another token.
    expect(
      (await postTwilio(callbackUrl, final(1, 'forged one'), { authToken: creds.acme.authToken })).status,
    ).toBe(403);
    // No signature at all.
    expect((await postTwilio(callbackUrl, final(1, 'unsigned one'), { signature: null })).status).toBe(401);
    // A valid signature over other parameters (the text was changed in transit).
    const signedFor = await import('twilio').then(({ default: twilio }) =>
      twilio.getExpectedTwilioSignature(creds.demo.authToken, callbackUrl, final(1, 'original')),
    );
    expect((await postTwilio(callbackUrl, final(1, 'tampered'), { signature: signedFor })).status).toBe(403);
    // A replay: correctly signed, but captured ten minutes ago.
    const old = new Date(Date.now() - 10 * 60_000);
    expect((await postTwilio(callbackUrl, final(1, 'replayed one', { timestamp: old }))).status).toBe(403);
    // Signed with the tenant's token but from another Twilio account.
    const otherAccount = { ...final(1, 'other account'), AccountSid: creds.acme.accountSid };
    expect((await postTwilio(callbackUrl, otherAccount)).status).toBe(403);
    // Another tenant: acme's URL with demo's call, signed with acme's own credentials.
    const acmeUrl = callbackUrl.replace('/twilio/demo/', '/twilio/acme/');
    const acmeParams = twilioParams('acme', {
      event: 'transcription-content',
      sequence: 1,
      text: 'cross tenant',
    });
    expect((await postTwilio(acmeUrl, acmeParams, { authToken: creds.acme.authToken })).status).toBe(404);
    // ... and demo's credentials on acme's URL.
    expect((await postTwilio(acmeUrl, final(1, 'cross tenant 2'))).status).toBe(403);
    // An unknown call of the right tenant.
    const unknownCall = callbackUrl.replace(call.callId, 'call-unknown');
    expect((await postTwilio(unknownCall, final(1, 'no such call'))).status).toBe(404);

    // A valid callback afterwards is the only thing stored: the refused ones left nothing behind.
    expect((await postTwilio(callbackUrl, final(1, 'The only real one.'))).status).toBe(204);
    await expect
      .poll(() => utterances(store, conversationId), { timeout: 15_000 })
      .toEqual(['lead: The only real one.']);
    await expect.poll(() => captions.map((caption) => caption.text)).toEqual(['The only real one.']);
  });

  it('stores each utterance once and in sequence order under retries and reordering', async () => {
    // A gap wait far above any delivery delay: the order must come from the sequence numbers alone.
    const { url, store } = await startTelephonyHub(fake, { gapWaitMs: 20_000 });
    const { agentToken, conversationId } = await liveConversation(url);
    const { twilio } = await startCall(url, agentToken, conversationId);
    const callbackUrl = twilio!.statusCallbackUrl;

    const callbacks: TwilioCallback[] = [{ event: 'transcription-started', sequence: 1 }];
    const expected: string[] = [];
    for (let turn = 0; turn < 8; turn++) {
      const track = turn % 2 === 0 ? 'inbound_track' : 'outbound_track';
      const text = `Utterance number ${turn + 1}.`;
      const sequence = callbacks.length + 1;
      callbacks.push({
        event: 'transcription-content',
        sequence,
        track,
        text: text.slice(0, 9),
        final: false,
      });
      callbacks.push({ event: 'transcription-content', sequence: sequence + 1, track, text });
      expected.push(`${track === 'inbound_track' ? 'lead' : 'agent'}: ${text}`);
    }
    // Every callback twice (Twilio retries), all in a shuffled order, half of them concurrently.
    const deliveries = shuffled(
      [...callbacks, ...callbacks].map((callback) => twilioParams('demo', callback)),
    );
    const half = Math.floor(deliveries.length / 2);
    const answers = await Promise.all(
      deliveries.slice(0, half).map((params) => postTwilio(callbackUrl, params)),
    );
    for (const params of deliveries.slice(half)) answers.push(await postTwilio(callbackUrl, params));
    expect(answers.every((answer) => answer.status === 204)).toBe(true);

    await expect.poll(() => utterances(store, conversationId), { timeout: 15_000 }).toEqual(expected);
    // Retries after everything was stored change nothing.
    for (const params of shuffled(deliveries, 3).slice(0, 6)) await postTwilio(callbackUrl, params);
    const last = twilioParams('demo', { event: 'transcription-content', sequence: 18, text: 'Barrier.' });
    await postTwilio(callbackUrl, last);
    await expect
      .poll(() => utterances(store, conversationId), { timeout: 15_000 })
      .toEqual([...expected, 'lead: Barrier.']);
  });

  it('links an inbound call to the conversation of the lead with that phone number', async () => {
    const { url, store } = await startTelephonyHub(fake);
    const { agent, conversationId } = await liveConversation(url);
    const conversation = await store.getConversation('demo', conversationId);
    await store.updateLead('demo', conversation!.leadId, { phone: '(909) 555-0142' });
    const voiceUrl = `${url}/api/telephony/twilio/demo/voice`;
    const voice = {
      AccountSid: creds.demo.accountSid,
      CallSid: `CA${'3'.repeat(32)}`,
      From: '+19095550142',
      To: '+19095550100',
      CallStatus: 'ringing',
      Direction: 'inbound',
    };
    expect((await postTwilio(voiceUrl, voice, { signature: 'bad' })).status).toBe(403);
    const status = waitForEvent<{ state: string; callId: string }>(agent, 'call:status');
    const answer = await postTwilio(voiceUrl, voice);
    expect(answer.status).toBe(200);
    const callbackUrl = /statusCallbackUrl="([^"]+)"/.exec(answer.text)?.[1]?.replaceAll('&amp;', '&');
    expect(callbackUrl).toContain(`/api/telephony/twilio/demo/${conversationId}/call-`);
    await postTwilio(callbackUrl!, twilioParams('demo', { event: 'transcription-started', sequence: 1 }));
    expect((await status).state).toBe('started');
    await postTwilio(
      callbackUrl!,
      twilioParams('demo', {
        event: 'transcription-content',
        sequence: 2,
        text: 'Hi, I saw your listing on Banyan.',
      }),
    );
    await expect
      .poll(() => utterances(store, conversationId), { timeout: 15_000 })
      .toEqual(['lead: Hi, I saw your listing on Banyan.']);
    // The same signed webhook again (a retry, or a replay by someone who captured it) is the same call, stored once.
    const again = await postTwilio(voiceUrl, voice);
    expect(again.status).toBe(200);
    expect(/statusCallbackUrl="([^"]+)"/.exec(again.text)?.[1]?.replaceAll('&amp;', '&')).toBe(callbackUrl);
    const stored = await store.lastMessages('demo', conversationId, 200);
    expect(stored.filter((message) => message.text === 'Inbound call (live transcript)')).toHaveLength(1);
    // A number no lead has gets the plain TwiML: no transcription.
    const stranger = await postTwilio(voiceUrl, { ...voice, From: '+12125550000' });
    expect(stranger.status).toBe(200);
    expect(stranger.text).not.toContain('Transcription');
    // Agent tokens of another tenant cannot end this tenant's call.
    const acmeToken = await staffToken(url, 'agent', 'ana', 'acme', 'Ana');
    const callId = /\/(call-[^/"]+)"/.exec(answer.text)?.[1];
    const refused = await fetch(`${url}/api/telephony/calls/${conversationId}/${callId}/end`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acmeToken}` },
    });
    expect(refused.status).toBe(404);
  });

  it('links an inbound call to the lead who gave the number first, not to a later visitor who typed it', async () => {
    const { url, store } = await startTelephonyHub(fake);
    const first = await liveConversation(url);
    const firstLead = (await store.getConversation('demo', first.conversationId))!.leadId;
    await store.updateLead('demo', firstLead, { phone: '(909) 555-0142' });
    // Another visitor, later, gives the same number.
    const later = await connect(url, '/widget', (await widgetToken(url, { intent: 'buy' })).token);
    const { conversationId: laterConversation } = expectOk(
      await emitAck<{ conversationId: string }>(later, 'message:send', {
        clientMsgId: 'later',
        text: 'call me at 909 555 0142',
      }),
    );
    const laterLead = (await store.getConversation('demo', laterConversation))!.leadId;
    await store.updateLead('demo', laterLead, { phone: '909-555-0142' });
    const answer = await postTwilio(`${url}/api/telephony/twilio/demo/voice`, {
      AccountSid: creds.demo.accountSid,
      CallSid: `CA${'7'.repeat(32)}`,
      From: '+19095550142',
      To: '+19095550100',
      CallStatus: 'ringing',
      Direction: 'inbound',
    });
    expect(answer.text).toContain(`/api/telephony/twilio/demo/${first.conversationId}/call-`);
    expect(answer.text).not.toContain(laterConversation);
  });
});
