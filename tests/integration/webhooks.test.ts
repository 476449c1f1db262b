import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { onTestFinished, describe, expect, it } from 'vitest';
import { createAlertMonitor } from '../../src/conversations/alerts.js';
import { contactAskLine, consentLine } from '../../src/bots/contact-ask.js';
import { createWebhookSender, signBody } from '../../src/jobs/webhook.js';
import { createLogger } from '../../src/logger.js';
import { loadTenants } from '../../src/tenants.js';
import { createReceiver, type HubWebhook } from '../../scripts/webhook-receiver.js';
import { createTokenService } from '../../src/auth.js';
import { connect, emitAck, expectOk, JWT_SECRET, staffToken, startHub, widgetToken } from '../helpers/hub.js';

const SECRET = 'crm-webhook-secret-0123456789abcdef';

/**
 * The example receiver (scripts/webhook-receiver.ts) behind a server on port 0, recording what it accepted. The
 * secret may come later (an agent's channel secret is answered when its URL is set): until then it answers 503.
 */
async function startReceiver(secret?: string, options: { failFirst?: number } = {}) {
  const events: HubWebhook[] = [];
  const statuses: number[] = [];
  let failures = options.failFirst ?? 0;
  let receiver: Server | undefined;
  const useSecret = (value: string) => {
    receiver = createReceiver({
      secret: value,
      onEvent: (event) => {
        if (failures > 0) {
          failures -= 1;
          throw new Error('receiver down');
        }
        events.push(event);
      },
    });
  };
  if (secret) useSecret(secret);
  const server = createServer((req, res) => {
    res.on('finish', () => statuses.push(res.statusCode));
    if (receiver) receiver.emit('request', req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, events, statuses, useSecret };
}

const fastSender = (url: string, secret: string) =>
  createWebhookSender({ url, secret, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 5_000 });

async function say(
  widget: Awaited<ReturnType<typeof connect>>,
  hub: { idle(): Promise<void>; integrations: { idle(): Promise<void> } },
  lines: string[],
  prefix: string,
) {
  let conversationId = '';
  for (const [i, text] of lines.entries()) {
    conversationId = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: `${prefix}${i}`,
        text,
      }),
    ).conversationId;
    await hub.idle();
  }
  await hub.integrations.idle();
  return conversationId;
}

const SELLER_TO_BOOKED_CALL = [
  'It is 1234 Banyan St',
  'We are relocating to Austin for a new job',
  'Yes, 30 days works',
  'It is move in ready, we remodeled',
  'Hoping to get around 750k',
  'Morning works',
  'Tomorrow',
  'Yes, confirmed',
];

describe('CRM webhooks (signed, versioned, one per lifecycle change)', () => {
  it('a lead day end to end: created, qualified, call booked, hand-off, identified with consent, claimed, closed, reopened, opted out', async () => {
    const crm = await startReceiver(SECRET, { failFirst: 1 });
    const { url, hub, store } = await startHub({ integrations: { webhook: fastSender(crm.url, SECRET) } });
    const session = await widgetToken(url, { intent: 'sell' });
    const widget = await connect(url, '/widget', session.token);
    const replies: string[] = [];
    widget.on('message', (message: { author: { type: string }; text: string }) => {
      if (message.author.type === 'bot') replies.push(message.text);
    });

    const conversationId = await say(widget, hub, SELLER_TO_BOOKED_CALL, 'm');
    // The bot asked who the lead is once, at the hand-off, with the consent line as written.
    expect(replies.filter((text) => text === contactAskLine('en', 'Jorge Salas'))).toHaveLength(1);
    await say(widget, hub, ['Maria Lopez, 909-555-0142'], 'c');

    const types = () => crm.events.map((event) => event.type);
    // The contact details are recorded after the turn (lifecycle identify), and the event leaves the outbox then.
    await expect.poll(types).toContain('lead.identified');
    expect(types()).toEqual([
      'lead.created',
      ...types().slice(1, types().indexOf('call.booked')),
      'call.booked',
      'handoff.requested',
      'lead.identified',
    ]);
    expect(
      types()
        .slice(1, types().indexOf('call.booked'))
        .every((type) => type === 'lead.qualified'),
    ).toBe(true);
    const qualified = crm.events.filter((event) => event.type === 'lead.qualified');
    expect(qualified.at(-1)!.data).toMatchObject({ to: 'hot' });
    expect(crm.events.find((event) => event.type === 'call.booked')!.data.when).toMatch(/morning/i);

    const identified = crm.events.find((event) => event.type === 'lead.identified')!;
    expect(identified).toMatchObject({
      version: 1,
      tenantId: 'demo',
      data: { fields: ['name', 'phone'] },
      lead: { name: 'Maria Lopez', phone: '(909) 555-0142', phoneE164: '+19095550142', identified: true },
      conversation: { id: conversationId, status: 'handoff_pending' },
    });
    // The consent to texts is recorded with the exact line shown, when and where it was given.
    const conversation = await store.getConversation('demo', conversationId);
    expect(conversation!.meta.contactAsk?.consentText).toBe(consentLine('en', 'Jorge Salas'));
    const consents = await store.listConsents('demo', conversation!.leadId);
    expect(consents).toEqual([
      expect.objectContaining({
        channel: 'sms',
        text: consentLine('en', 'Jorge Salas'),
        source: 'widget',
        conversationId,
        messageSeq: expect.any(Number) as number,
      }),
    ]);
    // The staff see the lead by name.
    const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana', 'demo', 'Ana'));
    const claimed = expectOk(
      await emitAck<{ conversation: { leadName?: string } }>(agent, 'conversation:claim', { conversationId }),
    );
    expect(claimed.conversation.leadName).toBe('Maria Lopez');
    expectOk(
      await emitAck(agent, 'conversation:close', {
        conversationId,
        outcome: 'appointment_set',
        note: 'Tue 9am',
      }),
    );
    await say(widget, hub, ['one more question about the closing costs'], 'r');
    await say(widget, hub, ['STOP'], 's');
    await hub.integrations.idle();

    expect(types().slice(-4)).toEqual([
      'handoff.claimed',
      'conversation.closed',
      'conversation.reopened',
      'lead.opted_out',
    ]);
    const byType = (type: string) => crm.events.find((event) => event.type === type)!;
    expect(byType('handoff.claimed').data).toMatchObject({ agent: { id: 'ana', name: 'Ana' }, via: 'claim' });
    expect(byType('conversation.closed').data).toEqual({
      outcome: 'appointment_set',
      note: 'Tue 9am',
      closedBy: { id: 'ana', name: 'Ana' },
    });
    expect(byType('lead.opted_out').lead).toMatchObject({ optedOut: true });

    // One envelope for all; ids unique; no visitor secret, visitor id or transcript text ever goes out.
    for (const event of crm.events) {
      expect(Object.keys(event).sort()).toEqual(
        ['conversation', 'data', 'id', 'lead', 'occurredAt', 'tenantId', 'type', 'version'].sort(),
      );
    }
    expect(new Set(crm.events.map((event) => event.id)).size).toBe(crm.events.length);
    const everything = JSON.stringify(crm.events);
    expect(everything).not.toContain(session.visitorSecret);
    expect(everything).not.toMatch(/visitor/i);
    expect(everything).not.toContain('closing costs');
    // The receiver failed the first delivery once (500): the sender retried it, and it arrived once.
    expect(crm.statuses[0]).toBe(500);
    expect(crm.events.filter((event) => event.type === 'lead.created')).toHaveLength(1);
  }, 60_000);

  it('the example receiver refuses a wrong signature, a changed body and a stale event, and acks a repeat once', async () => {
    const crm = await startReceiver(SECRET);
    const body = JSON.stringify({
      version: 1,
      id: 'evt-1',
      type: 'lead.created',
      occurredAt: new Date().toISOString(),
      tenantId: 'demo',
      lead: null,
      conversation: null,
      data: {},
    });
    const post = (payload: string, signature: string) =>
      fetch(crm.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        body: payload,
      }).then((response) => response.status);
    expect(await post(body, signBody('another-secret-0123456789', body))).toBe(401);
    expect(await post(body.replace('demo', 'acme'), signBody(SECRET, body))).toBe(401);
    expect(await post(body, 'sha256=00')).toBe(401);
    expect(await post(body, '')).toBe(401);
    const stale = body.replace(/"occurredAt":"[^"]+"/, '"occurredAt":"2020-01-01T00:00:00.000Z"');
    expect(await post(stale, signBody(SECRET, stale))).toBe(400);
    expect(await post(body, signBody(SECRET, body))).toBe(204);
    expect(await post(body, signBody(SECRET, body))).toBe(200);
    expect(crm.events).toHaveLength(1);
  });
});

describe('agent alert channels (paging away from the screen)', () => {
  it('pages an agent on their own signed URL for a waiting hand-off and an assignment, and escalates an unclaimed hot hand-off through the tenant webhook', async () => {
    const crm = await startReceiver(SECRET);
    // Near the real time: the receiver refuses events older than its window (an hour) by its own clock.
    let clock = Date.now();
    const now = () => new Date(clock);
    const { url, hub, store } = await startHub({
      now,
      integrations: { webhook: fastSender(crm.url, SECRET), channelSender: fastSender },
      // The pager listens on 127.0.0.1: allowed only by the local-testing setting (HUB_ALERT_CHANNELS_ALLOW_PRIVATE).
      security: { alertChannelsAllowPrivate: true },
    });
    const agentToken = await staffToken(url, 'agent', 'ana', 'demo', 'Ana');
    const supervisorToken = await staffToken(url, 'supervisor', 'sue', 'demo', 'Sue');
    const put = (path: string, token: string, body: unknown) =>
      fetch(`${url}${path}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    // Bad input: a typed error, nothing stored.
    const bad = await put('/api/staff/me/alert-channel', agentToken, { kind: 'url', url: 'ftp://x.example' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('INVALID_PAYLOAD');
    expect(
      (await put('/api/staff/me/alert-channel', agentToken, { kind: 'url', url: 'http://u:p@127.0.0.1/' }))
        .status,
    ).toBe(400);
    expect((await store.getStaffMember('demo', 'ana'))?.alertChannel ?? null).toBeNull();
    // An agent cannot set another member's channel.
    expect((await put('/api/staff/sue/alert-channel', agentToken, { kind: 'tenant_webhook' })).status).toBe(
      403,
    );

    // Ana's own receiver: the answer carries its secret once; GET never shows it.
    const pager = await startReceiver();
    const set = await put('/api/staff/me/alert-channel', agentToken, { kind: 'url', url: pager.url });
    expect(set.status).toBe(200);
    const { channel, secret } = (await set.json()) as {
      channel: { kind: string; url: string };
      secret: string;
    };
    expect(channel).toMatchObject({ kind: 'url', url: pager.url });
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    pager.useSecret(secret);
    const shown = await fetch(`${url}/api/staff/me/alert-channel`, {
      headers: { authorization: `Bearer ${agentToken}` },
    });
    expect(JSON.stringify(await shown.json())).not.toContain(secret);
    // Setting the same URL again keeps its secret (the receiver already holds it).
    const again = await put('/api/staff/me/alert-channel', agentToken, { kind: 'url', url: pager.url });
    expect(((await again.json()) as { secret?: string }).secret).toBeUndefined();
    // Sue (a supervisor) is paged through the tenant webhook.
    await connect(url, '/supervisor', supervisorToken);
    expect(
      (await put('/api/staff/me/alert-channel', supervisorToken, { kind: 'tenant_webhook' })).status,
    ).toBe(200);

    const widget = await connect(url, '/widget', (await widgetToken(url, { intent: 'sell' })).token);
    const conversationId = await say(widget, hub, SELLER_TO_BOOKED_CALL, 'm');
    await hub.integrations.idle();
    expect(pager.events.map((event) => event.type)).toEqual(['agent.paged']);
    expect(pager.events[0]).toMatchObject({
      version: 1,
      type: 'agent.paged',
      conversation: { id: conversationId, status: 'handoff_pending', temperature: 'hot' },
      data: {
        agent: { id: 'ana', name: 'Ana' },
        reason: 'handoff_waiting',
        cause: { type: 'handoff.requested' },
      },
    });
    // Sue is a supervisor: a new hand-off pages agents only.
    expect(crm.events.filter((event) => event.type === 'agent.paged')).toHaveLength(0);

    // Unclaimed for 2 minutes: everyone with a channel is paged, Sue through the tenant webhook with her id.
    const monitor = createAlertMonitor({
      store,
      tenants: loadTenants('config/tenants.json'),
      core: hub.core,
      logger: createLogger('silent'),
      now,
    });
    clock += 121_000;
    expect(await monitor.tick()).toBe(1);
    await hub.integrations.idle();
    const escalated = crm.events.filter((event) => event.type === 'agent.paged');
    expect(escalated).toHaveLength(1);
    expect(escalated[0]!.data).toMatchObject({ agent: { id: 'sue' }, reason: 'hot_handoff_unclaimed' });
    expect(crm.events.some((event) => event.type === 'handoff.unclaimed')).toBe(true);
    expect(pager.events.map((event) => event.data.reason)).toEqual([
      'handoff_waiting',
      'hot_handoff_unclaimed',
    ]);

    // Assigned by the supervisor: Ana is paged, and the CRM hears the hand-off was taken.
    const supervisor = await connect(url, '/supervisor', supervisorToken);
    expectOk(
      await emitAck(supervisor, 'conversation:assign', { conversationId, agentId: 'ana', agentName: 'Ana' }),
    );
    await hub.integrations.idle();
    expect(pager.events.at(-1)!.data).toMatchObject({ reason: 'assigned', agent: { id: 'ana' } });
    expect(crm.events.find((event) => event.type === 'handoff.claimed')!.data).toMatchObject({
      agent: { id: 'ana' },
      via: 'assign',
      waitedMs: 121_000,
    });

    // Removing the channel stops the pages.
    expect((await put('/api/staff/me/alert-channel', agentToken, { kind: 'none' })).status).toBe(200);
    expect((await store.getStaffMember('demo', 'ana'))?.alertChannel ?? null).toBeNull();
  }, 60_000);
});

describe('alert channels in production (a second black-box attack: SSRF)', () => {
  it('refuses a member URL that is not https or names a loopback, private or metadata address', async () => {
    const { url, store } = await startHub({ devTokensEnabled: false });
    const token = await createTokenService(JWT_SECRET, 60).signStaff({
      tenantId: 'demo',
      userId: 'ana',
      name: 'Ana',
      role: 'agent',
    });
    const put = (body: unknown) =>
      fetch(`${url}/api/staff/me/alert-channel`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const target of [
      'https://127.0.0.1:6379/',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]:3900/',
      'https://localhost:3977/',
      'https://10.0.0.8/hook',
      'http://pager.example.com/hook',
    ]) {
      const answer = await put({ kind: 'url', url: target });
      expect(answer.status, target).toBe(400);
    }
    expect((await store.getStaffMember('demo', 'ana'))?.alertChannel ?? null).toBeNull();
  });
});
