import type { QuestionSlot } from '../../../src/bots/questions.js';
import { describe, expect, it } from 'vitest';
import { runCase, type CorpusCase } from '../../fixtures/corpus/run.js';
import { B, ES, fairHousing, noAlert, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms behind the blind-s25 tuning misses (docs/BOTS.md section 25): several phrasings of
 * each mechanism in English, Spanish and Spanglish, with near misses that must not be read. The corpus instant is
 * Tuesday 10 March 2026 in Rancho Cucamonga.
 */

// English "a mil" is a million, with English words after it; Spanish "a mil" is "to a thousand" and idioms.
suite('a mil: English slang for a million', [
  ['a mil two', B('budget'), { slots: { 'budget.max': 1_200_000 } }],
  ['a mil', B('budget'), { slots: { 'budget.max': 1_000_000 } }],
  ['a mil max', B('budget'), { slots: { 'budget.max': 1_000_000 } }],
  ['like a mil and a half', B('budget'), { slots: { 'budget.max': 1_500_000 } }],
  ['one mil three tops', B('budget'), { slots: { 'budget.max': 1_300_000 } }],
  ['un millon dos', ES('budget'), { slots: { 'budget.max': 1_200_000 } }],
  ['un millón doscientos', ES('budget'), { slots: { 'budget.max': 1_200_000 } }],
  ['a mil por hora con el trabajo jaja', ES('budget'), { slots: { budget: null } }],
  ['estoy a mil, luego te digo', ES('budget'), { slots: { budget: null } }],
]);

// "another year", "el año que entra": a duration from now and next year, as "a year" and "el año que viene".
suite('another year, el año que entra', [
  ['not for another year at least', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['another year or so', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['el año que entra', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['el año entrante', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['el siguiente año, sin prisa', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['in another 2 months', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['el mes que entra', ES('urgency'), { slots: { urgency: 'immediate' } }],
]);

// A count of people is not a bedroom count; a bedroom count said beside it still is.
suite('people are not bedrooms', [
  ['family of 5 plus grandma', B('size'), { slots: { size: null } }],
  ['somos 6 en la familia', ES('size'), { slots: { size: null } }],
  ['we are 4', B('size'), { slots: { size: null } }],
  ['5 of us', B('size'), { slots: { size: null } }],
  ['familia de 5', ES('size'), { slots: { size: null } }],
  ['3 kids so 4 bedrooms', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['somos 4, con 3 recamaras basta', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['4', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['3 or 4', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

// A call asked for without "me" is a request for a person; a call to someone else is not.
suite('a call asked for', [
  ['can you call instead? i hate texting', B('budget'), { escalation: 'person' }],
  ['could u just call', B('budget'), { escalation: 'person' }],
  ["i'd rather a phone call", B('budget'), { escalation: 'person' }],
  ['we prefer to talk on the phone', B('budget'), { escalation: 'person' }],
  ['prefiero que me llames', ES('budget'), { escalation: 'person' }],
  ['can you call the lender for me?', B('budget'), { escalation: null }],
  ['can you call the seller and ask about the roof?', B('budget'), { escalation: null }],
]);

// Commission beside the lead's own possessive or a pay noun is their pay, not our fee.
suite("the lead's own commission", [
  [
    'my commission check comes next month so we can do the down payment then',
    B('budget'),
    { alertTopic: null },
  ],
  ["when my commission comes in we'll have the down payment", B('budget'), { alertTopic: null }],
  ['cuando me llegue mi comisión damos el enganche', ES('budget'), { alertTopic: null }],
  ['can you check if the commission is negotiable?', B('budget'), { alertTopic: 'commission' }],
  ["what's your commission?", B('budget'), { alertTopic: 'commission' }],
  ['¿cuánto es tu comisión?', ES('budget'), { alertTopic: 'commission' }],
]);

// The lead's own number corrected, in any language, is a contact update, never a wrong-number opt-out.
suite('own number corrected', [
  ['oops puse el wrong number en el form, mi número es 909-555-0111', ES('budget'), { optOut: false }],
  ['puse el número equivocado en el form, es 909-555-0111', ES('budget'), { optOut: false }],
  ['escribí mal mi teléfono, es 9095550111', ES('budget'), { optOut: false }],
  ['wrong number on the form lol, the right one is 909 555 0111', B('budget'), { optOut: false }],
  ['número equivocado', ES('budget'), { optOut: true }],
  ['wrong number, this is jimmy’s wife, he changed his number', B('budget'), { optOut: true }],
  ['no soy maria, numero equivocado', ES('budget'), { optOut: true }],
]);

// An expired pre-approval is no pre-approval, in Spanish verb forms too; cash right before an amount is how they pay.
suite('financing: expired approvals and cash before the amount', [
  ['hace 2 años nos pre aprobaron pero ya venció', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['la preaprobación ya caducó', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['estamos preaprobados', ES('financing'), { slots: { financing: 'pre_approved' } }],
  ['our preapproval expired last month', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['house in chino hills, cash 1.5 million, five bedrooms', B('budget'), { slots: { financing: 'cash' } }],
  ['tenemos efectivo 500 mil', ES('budget'), { slots: { financing: 'cash' } }],
  ['is cash 500k enough for that area?', B('budget'), { slots: { financing: null } }],
  ['cash flow is 5k a month', B('financing'), { slots: { financing: null } }],
]);

// Sell first, then buy: the seller bot, whatever buyer facts come along.
suite('sell first, then buy', [
  [
    'we want to sell our house and then buy a bigger one, already pre approved for 900k',
    { kind: 'lead' },
    { kind: 'seller' },
  ],
  [
    'queremos vender primero y luego comprar, ya estamos pre aprobados',
    { kind: 'lead', lang: 'es' },
    { kind: 'seller' },
  ],
  ["we'll buy once we sell our condo, preapproved 700k", { kind: 'lead' }, { kind: 'seller' }],
  ['we want to buy first and then sell ours, pre approved', { kind: 'lead' }, { kind: 'buyer' }],
]);

// A message that opens by taking something back and says one count later replaces the bedroom count said before.
const THREE = (lang: 'en' | 'es' = 'en') =>
  ({ kind: 'buyer', asking: 'urgency', lang, slots: { size: { bedrooms: 3 } } }) as CorpusCase['setup'];
suite('a later count after taking it back', [
  ['wait no, mi suegra se viene a vivir con nosotros, need 4', THREE(), { slots: { 'size.bedrooms': 4 } }],
  ['actually my mom is moving in so 4', THREE(), { slots: { 'size.bedrooms': 4 } }],
  ['perdón, necesitamos 4', THREE('es'), { slots: { 'size.bedrooms': 4 } }],
  ['sorry 5 mins late to reply', THREE(), { slots: { 'size.bedrooms': 3 } }],
  ['actually we have 2 kids', THREE(), { slots: { 'size.bedrooms': 3 } }],
]);

// A seller who also buys: the purchase budget and approval are kept for the buying part, never read as the sale price.
const SELLING = (asking: QuestionSlot, lang: 'en' | 'es' = 'en') =>
  ({ kind: 'seller', asking, lang, slots: { address: '8231 Haven Ave' } }) as CorpusCase['setup'];
suite("a seller's purchase budget is not the sale price", [
  [
    'we want to sell our house and then buy a bigger one, already pre approved for 900k',
    SELLING('motivation'),
    { slots: { financing: 'pre_approved', 'budget.max': 900_000, priceExpectation: null } },
  ],
  [
    "we'd list at 750k, and we're approved for 900k on the next one",
    SELLING('priceExpectation'),
    { slots: { priceExpectation: 750_000, 'budget.max': 900_000 } },
  ],
  [
    'queremos vender y luego comprar, estamos aprobados para 600 mil',
    SELLING('motivation', 'es'),
    { slots: { 'budget.max': 600_000, priceExpectation: null } },
  ],
  ['850k', SELLING('priceExpectation'), { slots: { priceExpectation: 850_000, budget: null } }],
]);

// Which area suits a kind of household (family status, age) is a steering question; an area for a purpose is not.
suite('fair housing: an area for a kind of household', [
  ['¿qué zona es buena para familias jóvenes?', ES('budget'), fairHousing],
  ['whats a good area for a young family?', B('budget'), fairHousing],
  ['good area for retirees?', B('budget'), fairHousing],
  ['which part of town is best for a growing family?', B('budget'), fairHousing],
  ['zona buena para jubilados?', ES('budget'), fairHousing],
  ['qué zona es buena para invertir?', ES('budget'), noAlert],
  ['good area for commuting to LA?', B('budget'), noAlert],
  ['mejor zona para mi negocio?', ES('budget'), noAlert],
]);

// Money from a sale to buy with, or having relocated here, says buyer when nothing says seller.
suite('a buyer by the money or the move', [
  [
    'so basically we relocated for my job, staying w family rn, cash from the sale of our house in san diego, around 1.1, 5 bedrooms, asap',
    { kind: 'lead' },
    { kind: 'buyer', slots: { 'budget.max': 1_100_000 } },
  ],
  ['cash from the sale of our house, 5 bedrooms', { kind: 'lead' }, { kind: 'buyer' }],
  ['we moved here from LA 10 years ago and want to sell', { kind: 'lead' }, { kind: 'seller' }],
]);

// A sentence that is only what answers, asked ("real person?", "bot?"), is a disclosure question; asked for, a hand-off.
suite('what answers, asked or asked for', [
  ['real person?', B('budget'), { disclosure: true, escalation: null }],
  ['human??', B('budget'), { disclosure: true }],
  ['¿persona real?', ES('budget'), { disclosure: true }],
  ['bot?', B('budget'), { disclosure: true }],
  ['real person please', B('budget'), { escalation: 'person', disclosure: false }],
  ['live agent?', B('budget'), { escalation: 'person' }],
  ['is the seller a real person?', B('budget'), { disclosure: false }],
]);

// What we send, said as a whole ("messages about houses", "listings"), is a stop of everything we send; a kind of
// home, or what we send narrowed (a place, a price, "only", "we want"), is a preference.
suite('a stop of what we send, or of a kind', [
  ['paren de mandarme mensajes de casas', ES('budget'), { optOut: true }],
  ['stop sending me messages about houses', B('budget'), { optOut: true }],
  ['ya no me manden mensajes de casas', ES('budget'), { optOut: true }],
  ['stop texting me about listings', B('budget'), { optOut: true }],
  ['stop sending me listings, we found a house', B('budget'), { optOut: true }],
  ['deja de mandarme casas, ya compramos', ES('budget'), { optOut: true }],
  ['paren de mandarme condos, solo casas', ES('budget'), { optOut: false }],
  ['stop sending me condos, only houses', B('budget'), { optOut: false }],
  ['deja de mandarme casas en fontana', ES('budget'), { optOut: false }],
  ['stop sending me houses under 500k', B('budget'), { optOut: false }],
  ['stop sending me houses, we want a condo', B('budget'), { optOut: false }],
  ["don't send me houses with pools", B('budget'), { optOut: false }],
]);

// Our channel refused as the whole message is a stop; "no" before a channel inside another sentence is not.
suite('our channel refused alone', [
  ['no calls', B('budget'), { optOut: true }],
  ['no llamadas por favor', ES('budget'), { optOut: true }],
  ['nada de mensajes', ES('budget'), { optOut: true }],
  ['no texts', B('budget'), { optOut: true }],
  ['no calls yet?', B('budget'), { optOut: false }],
  ['no calls from the lender yet', B('budget'), { optOut: false }],
]);

// The lot's size is answered from the catalogue (acres from half an acre up); another part's size is the agent's.
const LOT_LISTING = { id: 'L-9', price: 689_000, beds: 4, lotSqft: 7_200, hoaMonthly: 0 };
const ACRE_LISTING = { id: 'L-10', price: 1_450_000, beds: 5, lotSqft: 30_492 };
suite('the lot, from the catalogue', [
  ['how big is the lot?', B('budget', { listing: LOT_LISTING }), { answer: 'listing' }],
  ['lot size?', B('budget', { listing: LOT_LISTING }), { answer: 'listing' }],
  ['¿cuánto mide el terreno?', ES('budget', { listing: LOT_LISTING }), { answer: 'listing' }],
  ['how many acres is it?', B('budget', { listing: ACRE_LISTING }), { answer: 'listing' }],
  ['how big is the master bedroom?', B('budget', { listing: LOT_LISTING }), { answer: 'agent' }],
  ['how big is the lot?', B('budget', { listing: { id: 'L-11', price: 500_000 } }), { answer: 'agent' }],
]);

// After the sealed measurement (docs/BOTS.md 24.4): the mechanisms behind its misses, with neighbours.
// A stop of one contact asked politely is that channel's ("can you stop calling and just text?"), not every one.
suite('a polite stop of one channel', [
  ["can you stop calling and just text? i'm at work", B('budget'), { optOut: false }],
  ['can you stop calling and text instead', B('budget'), { optOut: false }],
  ['can you stop texting me', B('budget'), { optOut: true }],
  ['please stop', B('budget'), { optOut: true }],
  ['could you stop with the calls and texts', B('budget'), { optOut: true }],
]);

// A later state said after a turn ("..., ahora ya estoy pre aprobado") is the answer.
suite('financing as it stands now', [
  [
    'tuve que cancelar la compra anterior porque no me aprobaron, ahora ya estoy pre aprobado',
    ES('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    "we weren't approved last year but now we're preapproved with chase",
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  ['we were pre approved, now it expired', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['not approved yet, now looking for a lender', B('financing'), { slots: { financing: 'needs_lender' } }],
]);

// Requests, referrals and who is writing, in Spanish and Spanglish.
suite('Spanish requests, referral pay, Spanglish disclosure', [
  ['que me llame jorge por favor', ES('budget'), { escalation: 'person' }],
  ['q me marquen mañana', ES('budget'), { escalation: 'person' }],
  ['que me llama la atención la cocina', ES('budget'), { escalation: null }],
  ['¿pagan por referidos?', ES('budget'), { alertTopic: 'kickback' }],
  ['los vendedores pagan por la inspección?', ES('budget'), { alertTopic: null }],
  ['ok pero am i talking con jorge o con una computadora?', ES('budget'), { disclosure: true }],
]);

// Two questions in one message: both answered, also beside a showing.
const POOL_HOA = { id: 'L-12', price: 739_000, beds: 4, hoaMonthly: 95, features: ['pool'] };
suite('every question of the message answered', [
  ['does it have a pool? and whats the hoa', B('budget', { listing: POOL_HOA }), { answer: 'listing' }],
  ['can we see it saturday? and what is the hoa?', B('budget', { listing: POOL_HOA }), { answer: 'showing' }],
]);

describe('the replies to two questions in one message', () => {
  const reply = (text: string, lang: 'en' | 'es' = 'en') =>
    runCase({
      id: 'm',
      class: 'lead_question',
      lang,
      text,
      setup: (lang === 'es' ? ES : B)('budget', { listing: POOL_HOA }),
      expect: {},
    }).reply ?? '';
  it('answers the HOA after the pool, and beside a showing, in either language', () => {
    expect(reply('does it have a pool? and whats the hoa')).toMatch(/pool.*\$95/i);
    expect(reply('can we see it saturday? and what is the hoa?')).toMatch(/\$95/);
    expect(reply('can we verla el sábado? y cuánto es el HOA?', 'es')).toMatch(/\$95/);
  });
});

// Homes to tour say buyer when nothing says seller; the facts of a first-message hand-off are kept.
suite('a buyer by the homes to see', [
  [
    '$1.6M cash, want to see homes this week, call me today',
    { kind: 'lead' },
    {
      kind: 'buyer',
      escalation: 'person',
      slots: { 'budget.max': 1_600_000, financing: 'cash' },
      temperature: 'hot',
    },
  ],
  ['queremos ver casas el sábado', { kind: 'lead', lang: 'es' }, { kind: 'buyer' }],
  ['we want to see homes, but first sell ours', { kind: 'lead' }, { kind: 'seller' }],
]);

// Found on review: Spanish "a mil" opening a message is "a thousand" ("a mil dólares", "a mil metros"); a kind of
// home said with "tan", "so", "too" is a preference.
suite('review: a mil in Spanish, a preference by degree', [
  ['a mil dolares al mes la renta', ES('budget'), { slots: { budget: null } }],
  ['a mil metros de la escuela', ES('budget'), { slots: { budget: null } }],
  ['a mil, cash', B('budget'), { slots: { 'budget.max': 1_000_000 } }],
  ['deja de mandarme casas tan caras', ES('budget'), { optOut: false }],
  ['stop sending me houses so far out', B('budget'), { optOut: false }],
  ['deja de mandarme casas', ES('budget'), { optOut: true }],
]);
