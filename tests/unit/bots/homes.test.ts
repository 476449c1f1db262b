import { describe, expect, it } from 'vitest';
import { homesToOffer, readHomesAnswer } from '../../../src/bots/homes.js';
import type { JorgeState } from '../../../src/bots/index.js';
import { createMatchIndex } from '../../../src/listings/match.js';
import { homeCard, homeCardsText } from '../../../src/listings/home-cards.js';
import type { ListingRecord } from '../../../src/store/listing-types.js';
import { conversation, effectOf } from './helpers.js';

const home = (key: string, facts: Partial<ListingRecord>): ListingRecord => ({
  ListingKey: key,
  StandardStatus: 'Active',
  tenantId: 'demo',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...facts,
});

const CATALOGUE = [
  home('E-1', {
    ListPrice: 585_000,
    BedroomsTotal: 3,
    BathroomsTotalInteger: 2,
    SubdivisionName: 'Etiwanda',
    City: 'Rancho Cucamonga',
  }),
  home('E-2', {
    ListPrice: 610_000,
    BedroomsTotal: 4,
    BathroomsTotalInteger: 3,
    SubdivisionName: 'Etiwanda',
    City: 'Rancho Cucamonga',
  }),
  home('A-1', {
    ListPrice: 560_000,
    BedroomsTotal: 3,
    SubdivisionName: 'Alta Loma',
    City: 'Rancho Cucamonga',
  }),
  home('U-1', { ListPrice: 1_900_000, BedroomsTotal: 6, City: 'Upland' }),
  home('P-1', {
    ListPrice: 590_000,
    BedroomsTotal: 3,
    SubdivisionName: 'Etiwanda',
    StandardStatus: 'Pending',
  }),
];
const catalogue = createMatchIndex(CATALOGUE);

/** A warm buyer (needs a lender, six months) who answered every question: budget 600k, 3 beds, Etiwanda. */
function qualified(context = { intent: 'buy' as const, catalogue }, lang: 'en' | 'es' = 'en') {
  const c = conversation(context);
  if (lang === 'es') {
    c.say('hola, quiero comprar una casa');
    c.say('unos 600 mil');
    c.say('todavía no hablamos con un banco');
    c.say('3 recámaras y 2 baños');
    c.say('en unos 5 meses');
    return { c, last: c.say('Etiwanda') };
  }
  c.say('hi');
  c.say('around 600k');
  c.say("we haven't talked to a lender yet");
  c.say('3 bed 2 bath');
  c.say('in about 5 months');
  return { c, last: c.say('Etiwanda') };
}

describe('homes that match: the offer decision', () => {
  it('offers the matching homes once the buyer is qualified, in the lead language', () => {
    const { c, last } = qualified();
    expect(last.reply).toBe(
      'Thanks, that gives me a clear picture. Two homes fit what you described; want me to send them?',
    );
    expect(c.state.homes?.status).toBe('offered');
    expect(c.state.homes?.matches.map((match) => match.ListingKey)).toEqual(['E-1', 'E-2']);
    const es = qualified(undefined, 'es');
    expect(es.last.reply).toBe(
      'Gracias, eso me da una idea clara. Dos casas encajan con lo que describiste; ¿quieres que te las envíe?',
    );
  });

  it('a yes sends the offered homes with what the lead said, then goes on as before', () => {
    const { c } = qualified();
    const yes = c.say('yes please');
    const send = effectOf(yes.effects, 'send_homes');
    expect(send?.matches.map((match) => match.ListingKey)).toEqual(['E-1', 'E-2']);
    expect(send?.wants).toMatchObject({
      budget: { max: 600_000 },
      bedrooms: { min: 3 },
      areas: ['Etiwanda'],
    });
    expect(send?.lang).toBe('en');
    // After the cards, the close follows up on them; it does not promise to go and find homes.
    expect(yes.reply).toMatch(/^Here they are\. .*will follow up on these and any new homes that fit\.$/);
    expect(yes.reply).not.toMatch(/pull together homes/);
    expect(c.state.homes?.status).toBe('sent');
    expect(c.state.phase).toBe('done');
    // Never offered or sent twice.
    const again = c.say('thanks!');
    expect(effectOf(again.effects, 'send_homes')).toBeUndefined();
  });

  it('a no is respected: nothing sent, never offered again', () => {
    const { c } = qualified();
    const no = c.say('no thanks');
    expect(effectOf(no.effects, 'send_homes')).toBeUndefined();
    expect(no.reply).toMatch(/^No problem\./);
    expect(c.state.homes?.status).toBe('declined');
    expect(homesToOffer(c.state, { catalogue })).toEqual([]);
    const es = qualified(undefined, 'es');
    const nada = es.c.say('no gracias');
    expect(effectOf(nada.effects, 'send_homes')).toBeUndefined();
    expect(nada.reply).toMatch(/^Claro, sin problema\./);
  });

  it('never offers when nothing matches, without a catalogue, or to a buyer not qualified', () => {
    const nothing = createMatchIndex([home('X', { ListPrice: 2_500_000, BedroomsTotal: 6, City: 'Upland' })]);
    const near = qualified({ intent: 'buy', catalogue: nothing });
    expect(near.last.reply).not.toMatch(/fit what you described/);
    expect(near.c.state.homes).toBeUndefined();
    const none = qualified({ intent: 'buy' } as never);
    expect(none.c.state.homes).toBeUndefined();
    // A buyer with a budget but no bedroom count yet is not offered anything.
    const early = conversation({ intent: 'buy', catalogue });
    early.say('hi');
    early.say('around 600k');
    expect(homesToOffer(early.state, { catalogue })).toEqual([]);
  });

  it('never after an opt-out, a hand-off or under the review gate', () => {
    const { c } = qualified();
    const base = { ...c.state, homes: undefined } as JorgeState;
    delete base.homes;
    expect(homesToOffer(base, { catalogue }).length).toBe(2);
    expect(homesToOffer({ ...base, optedOut: true }, { catalogue })).toEqual([]);
    expect(homesToOffer({ ...base, phase: 'handoff', active: false }, { catalogue })).toEqual([]);
    expect(homesToOffer({ ...base, review: true }, { catalogue })).toEqual([]);
    expect(homesToOffer({ ...base, kind: 'seller' }, { catalogue })).toEqual([]);
    // The lead opts out while the offer waits: the yes that follows is not read.
    const out = qualified();
    out.c.say('stop texting me');
    const after = out.c.say('yes');
    expect(effectOf(after.effects, 'send_homes')).toBeUndefined();
  });

  it('reads yes and no in English and Spanish', () => {
    for (const text of ['yes', 'Yes please!', 'sure', 'send them', 'sí, mándalas', 'claro', 'dale']) {
      expect(readHomesAnswer(text), text).toBe('yes');
    }
    for (const text of [
      'no',
      'no thanks',
      'not now',
      "don't send them",
      'no gracias',
      'ahora no',
      'mejor no',
    ]) {
      expect(readHomesAnswer(text), text).toBe('no');
    }
    for (const text of ['what about schools?', 'we also need a pool', 'hmm']) {
      expect(readHomesAnswer(text), text).toBe('other');
    }
  });
});

describe('homes that match: the cards', () => {
  const wants = { budget: { max: 600_000 }, bedrooms: { min: 3 }, areas: ['Etiwanda'] };

  it('shows catalogue facts and why it matches, in the lead language', () => {
    const record = home('E-1', {
      ListPrice: 585_000,
      BedroomsTotal: 3,
      BathroomsTotalInteger: 2,
      StreetNumber: '12',
      StreetName: 'Day Creek',
      StreetSuffix: 'Blvd',
      SubdivisionName: 'Etiwanda',
      PhotoURLs: ['https://photos.example.com/e1.jpg'],
    });
    expect(homeCard(record, wants, 'en')).toEqual({
      ListingKey: 'E-1',
      address: '12 Day Creek Blvd',
      area: 'Etiwanda',
      price: 585_000,
      beds: 3,
      baths: 2,
      photoURL: 'https://photos.example.com/e1.jpg',
      reason: '3 beds, within your budget, in Etiwanda',
    });
    expect(homeCard(record, wants, 'es')?.reason).toBe('3 recámaras, dentro de tu presupuesto, en Etiwanda');
    expect(homeCard({ ...record, ListPrice: 620_000 }, wants, 'en')?.reason).toBe(
      '3 beds, a little over your budget, in Etiwanda',
    );
    expect(homeCardsText({ lang: 'en', cards: [homeCard(record, wants, 'en')!] })).toBe(
      'Homes that match:\n1. 12 Day Creek Blvd, Etiwanda: $585,000, 3 beds, 2 baths (3 beds, within your budget, in Etiwanda).',
    );
  });

  it('leaves out a home no longer active, and one whose texts hold a link, a phone, an email or a Fair Housing breach', () => {
    const base = home('E-1', { ListPrice: 585_000, BedroomsTotal: 3, SubdivisionName: 'Etiwanda' });
    expect(homeCard(base, wants, 'en')).toBeDefined();
    expect(homeCard({ ...base, StandardStatus: 'Pending' }, wants, 'en')).toBeUndefined();
    expect(
      homeCard({ ...base, UnparsedAddress: '12 Main St www.other-agent.com' }, wants, 'en'),
    ).toBeUndefined();
    expect(
      homeCard({ ...base, UnparsedAddress: '12 Main St, call (909) 555-0100' }, wants, 'en'),
    ).toBeUndefined();
    expect(homeCard({ ...base, UnparsedAddress: '12 Main St bob@agent.com' }, wants, 'en')).toBeUndefined();
    expect(homeCard({ ...base, SubdivisionName: 'Etiwanda, whites only' }, wants, 'en')).toBeUndefined();
    // A photo that is not https is not shown (the card stays).
    expect(
      homeCard({ ...base, PhotoURLs: ['http://x.example.com/a.jpg'] }, wants, 'en')?.photoURL,
    ).toBeUndefined();
  });
});
