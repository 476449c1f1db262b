import { describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { MessageView } from '../../src/protocol/common.js';
import type { ListingCardResult } from '../../src/protocol/events.js';
import { homeCardsOf } from '../../src/protocol/homes.js';
import { connect, emitAck, expectOk, postJson, startHub, widgetToken, type TestHub } from '../helpers/hub.js';

/** The team's catalogue: two homes fit a 600k, 3-bedroom buyer in Etiwanda; the others do not. */
const CATALOGUE = [
  {
    ListingKey: 'E-1',
    StandardStatus: 'Active',
    ListPrice: 585_000,
    BedroomsTotal: 3,
    BathroomsTotalInteger: 2,
    StreetNumber: '12',
    StreetName: 'Day Creek',
    StreetSuffix: 'Blvd',
    SubdivisionName: 'Etiwanda',
    City: 'Rancho Cucamonga',
    PhotoURLs: ['https://photos.example.com/e1.jpg'],
    PublicRemarks: 'Call 909-555-0100 or visit www.other-agent.example.com',
  },
  {
    ListingKey: 'E-2',
    StandardStatus: 'Active',
    ListPrice: 610_000,
    BedroomsTotal: 4,
    BathroomsTotalInteger: 3,
    UnparsedAddress: '7 Vintage Dr',
    SubdivisionName: 'Etiwanda',
    City: 'Rancho Cucamonga',
  },
  {
    ListingKey: 'E-3',
    StandardStatus: 'Pending',
    ListPrice: 590_000,
    BedroomsTotal: 3,
    SubdivisionName: 'Etiwanda',
  },
  { ListingKey: 'U-1', StandardStatus: 'Active', ListPrice: 1_900_000, BedroomsTotal: 6, City: 'Upland' },
];

async function token(url: string, role: 'admin' | 'agent') {
  const { body } = await postJson(`${url}/api/dev/tokens`, {
    tenantId: 'demo',
    role,
    userId: role === 'admin' ? 'ana' : 'jorge',
    name: role === 'admin' ? 'Ana' : 'Jorge',
  });
  return body.token as string;
}

async function importFeed(hub: TestHub, feed: unknown) {
  const response = await fetch(`${hub.url}/api/admin/listings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await token(hub.url, 'admin')}`, 'content-type': 'application/json' },
    body: JSON.stringify(feed),
  });
  expect(response.status).toBe(200);
}

/** A buyer's widget over a real socket, with every message the widget receives. */
async function buyer(hub: TestHub) {
  const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url, { intent: 'buy' })).token);
  const received: MessageView[] = [];
  widget.on('message', (message: MessageView) => received.push(message));
  let n = 0;
  /** Sends one lead message and returns the bot's text in answer, once the turn is done. */
  const say = async (text: string) => {
    const sent = expectOk(
      await emitAck<{ conversationId: string; seq: number }>(widget, 'message:send', {
        clientMsgId: `m${++n}`,
        text,
      }),
    );
    await hub.hub.idle();
    const replay = expectOk(
      await emitAck<{ messages: MessageView[] }>(widget, 'conversation:resume', { lastSeq: sent.seq }),
    );
    return {
      conversationId: sent.conversationId,
      replies: replay.messages.filter((m) => m.author.type === 'bot'),
    };
  };
  return { widget, received, say };
}

/** Answers every buyer question: 600k, a lender not seen yet, 3 beds 2 baths, five months, Etiwanda. */
async function qualify(say: Awaited<ReturnType<typeof buyer>>['say'], lang: 'en' | 'es' = 'en') {
  const lines =
    lang === 'es'
      ? [
          'hola, quiero comprar una casa',
          'unos 600 mil',
          'todavía no hablamos con un banco',
          '3 recámaras y 2 baños',
          'en unos 5 meses',
          'Etiwanda',
        ]
      : [
          'hi, looking to buy',
          'around 600k',
          "we haven't talked to a lender yet",
          '3 bed 2 bath',
          'in about 5 months',
          'Etiwanda',
        ];
  const answers = [];
  for (const line of lines) answers.push(await say(line));
  return answers[answers.length - 1]!;
}

const close = (...sockets: Socket[]) => sockets.forEach((socket) => socket.close());

describe('homes that match, over the real hub', () => {
  it('a qualified buyer is offered the homes, says yes and receives the cards; the console shows the same', async () => {
    const hub = await startHub();
    await importFeed(hub, CATALOGUE);
    const { widget, received, say } = await buyer(hub);
    const offered = await qualify(say);
    expect(offered.replies.map((m) => m.text)).toEqual([
      'Thanks, that gives me a clear picture. Two homes fit what you described; want me to send them?',
    ]);
    const yes = await say('yes please');
    expect(yes.replies[0]!.text).toMatch(/^Here they are\./);
    const cardsMessage = yes.replies[1]!;
    expect(cardsMessage.text).toBe(
      'Homes that match:\n' +
        '1. 12 Day Creek Blvd, Etiwanda: $585,000, 3 beds, 2 baths (3 beds, within your budget, in Etiwanda).\n' +
        '2. 7 Vintage Dr, Etiwanda: $610,000, 4 beds, 3 baths (4 beds, a little over your budget, in Etiwanda).',
    );
    const cards = homeCardsOf(cardsMessage.meta);
    expect(cards).toEqual({
      lang: 'en',
      cards: [
        {
          ListingKey: 'E-1',
          address: '12 Day Creek Blvd',
          area: 'Etiwanda',
          price: 585_000,
          beds: 3,
          baths: 2,
          photoURL: 'https://photos.example.com/e1.jpg',
          reason: '3 beds, within your budget, in Etiwanda',
        },
        {
          ListingKey: 'E-2',
          address: '7 Vintage Dr',
          area: 'Etiwanda',
          price: 610_000,
          beds: 4,
          baths: 3,
          reason: '4 beds, a little over your budget, in Etiwanda',
        },
      ],
    });
    // The widget received the cards live, once; nothing of the remarks (a phone, a link) reached the lead.
    expect(received.filter((m) => homeCardsOf(m.meta)).length).toBe(1);
    expect(JSON.stringify(received)).not.toMatch(/555-0100|other-agent/);
    // Never offered twice.
    const later = await say('great, thanks');
    expect(later.replies.some((m) => /fit what you described/.test(m.text) || homeCardsOf(m.meta))).toBe(
      false,
    );

    // The console's listing panel reads the same homes (one source: the bot's offer).
    const agent = await connect(hub.url, '/agent', await token(hub.url, 'agent'));
    const panel = expectOk(
      await emitAck<ListingCardResult>(agent, 'listing:card', { conversationId: yes.conversationId }),
    );
    expect(panel.matches.map((match) => [match.ListingKey, match.card?.status])).toEqual([
      ['E-1', 'Active'],
      ['E-2', 'Active'],
    ]);
    close(widget, agent);
    await hub.close();
  });

  it('in Spanish: the offer and the cards in the lead language', async () => {
    const hub = await startHub();
    await importFeed(hub, CATALOGUE);
    const { widget, say } = await buyer(hub);
    const offered = await qualify(say, 'es');
    expect(offered.replies.at(-1)!.text).toBe(
      'Gracias, eso me da una idea clara. Dos casas encajan con lo que describiste; ¿quieres que te las envíe?',
    );
    const yes = await say('sí, mándalas');
    expect(yes.replies[0]!.text).toMatch(/^Aquí las tienes\./);
    const cards = homeCardsOf(yes.replies[1]!.meta);
    expect(cards?.lang).toBe('es');
    expect(cards?.cards.map((card) => card.reason)).toEqual([
      '3 recámaras, dentro de tu presupuesto, en Etiwanda',
      '4 recámaras, un poco por encima de tu presupuesto, en Etiwanda',
    ]);
    close(widget);
    await hub.close();
  });

  it('a near miss: nothing in the catalogue fits, so nothing is offered', async () => {
    const hub = await startHub();
    await importFeed(
      hub,
      CATALOGUE.filter((home) => home.SubdivisionName !== 'Etiwanda'),
    );
    const { widget, received, say } = await buyer(hub);
    const last = await qualify(say);
    expect(last.replies.map((m) => m.text).join(' ')).not.toMatch(/fit what you described/);
    expect(last.replies.map((m) => m.text).join(' ')).toMatch(/pull together homes that fit/);
    await say('yes');
    expect(received.some((m) => homeCardsOf(m.meta))).toBe(false);
    close(widget);
    await hub.close();
  });

  it('a no is respected: no cards, no second offer', async () => {
    const hub = await startHub();
    await importFeed(hub, CATALOGUE);
    const { widget, received, say } = await buyer(hub);
    await qualify(say);
    const no = await say('no thanks');
    expect(no.replies.map((m) => m.text)).toEqual([expect.stringMatching(/^No problem\./) as string]);
    await say('yes actually');
    expect(received.some((m) => homeCardsOf(m.meta))).toBe(false);
    expect(received.filter((m) => /fit what you described/.test(m.text)).length).toBe(1);
    close(widget);
    await hub.close();
  });
});
