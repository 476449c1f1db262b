import { describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { MessageView } from '../../src/protocol/common.js';
import {
  connect,
  emitAck,
  expectOk,
  postJson,
  startHub,
  waitForEvent,
  widgetToken,
  type TestHub,
} from '../helpers/hub.js';

/** A reason that matches `pattern` (typed for the row records it sits in). */
const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;

/** The team's catalogue: what the bot may say about L-100. */
const CATALOGUE = [
  {
    ListingKey: 'L-100',
    StandardStatus: 'Active',
    ListPrice: 725_000,
    BedroomsTotal: 4,
    BathroomsTotalInteger: 3,
    LivingArea: 2_350,
    YearBuilt: 2004,
    PoolPrivateYN: true,
    GarageSpaces: 3,
    AssociationFee: 95,
    AssociationFeeFrequency: 'Monthly',
    StreetNumber: '12345',
    StreetName: 'Day Creek',
    StreetSuffix: 'Blvd',
    City: 'Rancho Cucamonga',
    PostalCode: '91739',
    PublicRemarks: '<p>Single-story with a pool.</p> Call 909-555-0100.',
    ListAgentEmail: 'pat@example.com',
  },
  { ListingKey: 'L-200', StandardStatus: 'Active', ListPrice: 'a lot' },
  { StandardStatus: 'Active', ListPrice: 500_000 },
];

/** What a hostile page posts about L-100: other facts, a link and a discriminatory "feature". */
const PAGE_FACTS = {
  id: 'L-100',
  price: 1,
  beds: 9,
  hoaMonthly: 0,
  sqft: 99_999,
  features: ['pool (whites only) https://evil.example/join', 'call 909-555-0199'],
};

async function adminToken(url: string): Promise<string> {
  const { status, body } = await postJson(`${url}/api/dev/tokens`, {
    tenantId: 'demo',
    role: 'admin',
    userId: 'ana',
    name: 'Ana',
  });
  expect(status).toBe(201);
  return body.token as string;
}

async function importFeed(hub: TestHub, token: string, feed: unknown, contentType = 'application/json') {
  const response = await fetch(`${hub.url}/api/admin/listings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: typeof feed === 'string' ? feed : JSON.stringify(feed),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The bot's replies to one lead message, once the turn is done. */
async function ask(hub: TestHub, widget: Socket, clientMsgId: string, text: string): Promise<string> {
  const sent = expectOk(
    await emitAck<{ conversationId: string; seq: number }>(widget, 'message:send', { clientMsgId, text }),
  );
  await hub.hub.idle();
  const replay = expectOk(
    await emitAck<{ messages: MessageView[] }>(widget, 'conversation:resume', { lastSeq: sent.seq }),
  );
  return replay.messages
    .filter((message) => message.author.type === 'bot')
    .map((message) => message.text)
    .join(' ');
}

describe('the listing catalogue over the real hub', () => {
  it('imports through the admin route only, reporting every rejected row', async () => {
    const hub = await startHub();
    const agent = await postJson(`${hub.url}/api/dev/tokens`, {
      tenantId: 'demo',
      role: 'supervisor',
      userId: 'maria',
      name: 'Maria',
    });
    const refused = await importFeed(hub, agent.body.token as string, CATALOGUE);
    expect([refused.status, (refused.body.error as { code: string }).code]).toEqual([403, 'FORBIDDEN']);
    expect(await hub.store.hasListings('demo')).toBe(false);

    const { status, body } = await importFeed(hub, await adminToken(hub.url), CATALOGUE);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      tenantId: 'demo',
      rows: 3,
      created: 1,
      updated: 0,
      rejected: [
        { row: 2, ListingKey: 'L-200', reason: matching(/^ListPrice: /) },
        { row: 3, reason: 'ListingKey is missing' },
      ],
      changed: [{ row: 1, ListingKey: 'L-100', notes: ['html_removed', 'contacts_removed'] }],
      ignoredFields: ['ListAgentEmail'],
    });
    const stored = await hub.store.getListing('demo', 'L-100');
    expect(stored?.PublicRemarks).toBe('Single-story with a pool. Call .');
    expect(JSON.stringify(stored)).not.toContain('pat@example.com');

    const csv = await importFeed(
      hub,
      await adminToken(hub.url),
      'ListingKey,StandardStatus,ListPrice\nL-300,Active,"$450,000"\n',
      'text/csv',
    );
    expect(csv.body).toMatchObject({ rows: 1, created: 1, rejected: [] });
    const broken = await importFeed(hub, await adminToken(hub.url), '{"value": 3}');
    expect([broken.status, (broken.body.error as { code: string }).code]).toEqual([400, 'INVALID_PAYLOAD']);
  });

  it('answers from the catalogue whatever the page posts (a link and "whites only" included)', async () => {
    const hub = await startHub();
    await importFeed(hub, await adminToken(hub.url), CATALOGUE);

    const hostile = await connect(
      hub.url,
      '/widget',
      (await widgetToken(hub.url, { listing: PAGE_FACTS })).token,
    );
    const honest = await connect(
      hub.url,
      '/widget',
      (await widgetToken(hub.url, { listing: { id: 'L-100' } })).token,
    );
    const questions = [
      ['q1', 'hi, does it have a pool? and what are the HOA fees?'],
      ['q2', 'how many square feet is it?'],
      ['q3', 'how much is it?'],
    ] as const;
    for (const [id, text] of questions) {
      const fromHostilePage = await ask(hub, hostile, id, text);
      const fromNamedKey = await ask(hub, honest, id, text);
      expect(fromHostilePage, text).toBe(fromNamedKey);
      expect(fromHostilePage, text).not.toMatch(/whites|evil|https?:|909|99,999|\$1\b/i);
    }
    const first = await ask(hub, honest, 'q4', 'does it have a pool?');
    expect(first).toMatch(/yes, it has a pool/i);

    const transcript = async (socket: Socket) =>
      expectOk(await emitAck<{ messages: MessageView[] }>(socket, 'conversation:resume', { lastSeq: 0 }))
        .messages.filter((message) => message.author.type === 'bot')
        .map((message) => message.text)
        .join(' ');
    // Staff (and the coach) see the catalogue's facts too, not the page's.
    const stored = await hub.store.listConversations('demo');
    expect(stored.map((conversation) => conversation.listing?.price)).toEqual([725_000, 725_000]);
    const said = await transcript(hostile);
    expect(said).toMatch(/pool/i);
    expect(said).toMatch(/\$95 a month/);
    expect(said).toMatch(/2,350 square feet/);
    expect(said).toMatch(/\$725,000/);
  });

  it('a key the catalogue does not hold: the page facts are not read, the agent confirms', async () => {
    const hub = await startHub();
    await importFeed(hub, await adminToken(hub.url), CATALOGUE);
    const widget = await connect(
      hub.url,
      '/widget',
      (await widgetToken(hub.url, { listing: { ...PAGE_FACTS, id: 'L-999' } })).token,
    );
    const reply = await ask(hub, widget, 'q1', 'what are the HOA fees?');
    expect(reply).toMatch(/confirm/i);
    expect(reply).not.toMatch(/no HOA|whites|evil/i);
  });

  it('a tenant without a catalogue: only the clean page facts are read', async () => {
    const hub = await startHub();
    const widget = await connect(
      hub.url,
      '/widget',
      (await widgetToken(hub.url, { listing: PAGE_FACTS })).token,
    );
    const reply = await ask(hub, widget, 'q1', 'does it have a pool?');
    expect(reply).toMatch(/confirm/i);
    expect(reply).not.toMatch(/whites|evil|909/i);
    const conversation = (await hub.store.listConversations('demo'))[0]!;
    expect(conversation.listing).toStrictEqual({
      id: 'L-100',
      price: 1,
      beds: 9,
      hoaMonthly: 0,
      sqft: 99_999,
    });
  });

  it('tells the staff of open conversations about a status or price change', async () => {
    const hub = await startHub();
    const admin = await adminToken(hub.url);
    await importFeed(hub, admin, CATALOGUE);
    const widget = await connect(
      hub.url,
      '/widget',
      (await widgetToken(hub.url, { listing: { id: 'L-100' } })).token,
    );
    const sent = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'm1',
        text: 'is it available?',
      }),
    );
    await hub.hub.idle();
    const { token } = (
      await postJson(`${hub.url}/api/dev/tokens`, {
        tenantId: 'demo',
        role: 'agent',
        userId: 'jorge',
        name: 'Jorge',
      })
    ).body as { token: string };
    const agent = await connect(hub.url, '/agent', token);
    expectOk(await emitAck(agent, 'conversation:join', { conversationId: sent.conversationId, lastSeq: 0 }));
    const leadSees: MessageView[] = [];
    widget.on('message', (message: MessageView) => leadSees.push(message));
    const told = waitForEvent<MessageView>(agent, 'message', (message) => message.kind === 'event');

    const changed = CATALOGUE.slice(0, 1).map((listing) => ({
      ...listing,
      StandardStatus: 'Pending',
      ListPrice: 699_000,
    }));
    const report = await importFeed(hub, admin, changed);
    expect(report.body).toMatchObject({ updated: 1, conversationsTold: 1 });
    const event = await told;
    expect(event).toMatchObject({
      conversationId: sent.conversationId,
      visibility: 'staff',
      text: 'Listing L-100 changed: status Active → Pending; price $725,000 → $699,000.',
    });
    // The same feed again changes nothing and tells nobody twice.
    expect((await importFeed(hub, admin, changed)).body).toMatchObject({
      unchanged: 1,
      conversationsTold: 0,
    });
    expect(leadSees.filter((message) => message.kind === 'event')).toEqual([]);
  });

  it('answers "is it still available?" from the catalogue status, in the lead\'s language, as it changes', async () => {
    const hub = await startHub();
    const admin = await adminToken(hub.url);
    await importFeed(hub, admin, CATALOGUE);
    // The page says nothing of the status (and could not: a page's claim is dropped).
    const widget = await connect(
      hub.url,
      '/widget',
      (await widgetToken(hub.url, { listing: { id: 'L-100' } })).token,
    );
    expect(await ask(hub, widget, 'a1', 'hi, is it still available?')).toMatch(
      /^Yes, it's still available\./,
    );
    await importFeed(hub, admin, [{ ...CATALOGUE[0], StandardStatus: 'Pending' }]);
    expect(await ask(hub, widget, 'a2', '¿todavía está disponible la casa?')).toMatch(
      /^Ahora mismo está bajo contrato/,
    );
  });

  it('puts the homes that match a buyer in the hand-off packet', async () => {
    const hub = await startHub();
    const feed = [
      ...CATALOGUE.slice(0, 1),
      {
        ListingKey: 'L-101',
        StandardStatus: 'Active',
        ListPrice: 650_000,
        BedroomsTotal: 4,
        City: 'Rancho Cucamonga',
      },
      {
        ListingKey: 'L-102',
        StandardStatus: 'Active',
        ListPrice: 680_000,
        BedroomsTotal: 2,
        City: 'Rancho Cucamonga',
      },
      // The listing's city is the buyer's area (the bot pre-fills it): a home elsewhere is not offered.
      { ListingKey: 'L-105', StandardStatus: 'Active', ListPrice: 700_000, BedroomsTotal: 4, City: 'Upland' },
      {
        ListingKey: 'L-103',
        StandardStatus: 'Pending',
        ListPrice: 690_000,
        BedroomsTotal: 4,
        City: 'Upland',
      },
      { ListingKey: 'L-104', StandardStatus: 'Active', ListPrice: 990_000, BedroomsTotal: 5, City: 'Upland' },
    ];
    await importFeed(hub, await adminToken(hub.url), feed);
    const widget = await connect(
      hub.url,
      '/widget',
      (await widgetToken(hub.url, { listing: { id: 'L-100' } })).token,
    );
    const { token } = (
      await postJson(`${hub.url}/api/dev/tokens`, {
        tenantId: 'demo',
        role: 'agent',
        userId: 'jorge',
        name: 'Jorge',
      })
    ).body as { token: string };
    const agent = await connect(hub.url, '/agent', token);
    const requested = waitForEvent<{ packet: { matches?: { ListingKey: string }[] } }>(
      agent,
      'handoff:requested',
    );
    await ask(hub, widget, 'm1', 'we need at least 4 bedrooms and our budget is up to 750k');
    await ask(hub, widget, 'm2', 'can I talk to a real person please?');
    // Every online agent is paged with the packet, matches included.
    expect((await requested).packet.matches?.map((match) => match.ListingKey)).toEqual(['L-100', 'L-101']);
    const conversation = (await hub.store.listConversations('demo'))[0]!;
    const packet = (conversation.meta as { handoff?: { botKind: string; matches?: unknown } }).handoff;
    expect(packet?.botKind).toBe('buyer');
    expect(packet?.matches).toEqual([
      {
        ListingKey: 'L-100',
        score: expect.any(Number) as number,
        reasons: ['$725,000', '4 beds', 'in an area they named'],
      },
      {
        ListingKey: 'L-101',
        score: expect.any(Number) as number,
        reasons: ['$650,000', '4 beds', 'in an area they named'],
      },
    ]);
  });
});
