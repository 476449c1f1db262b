import { describe, expect, it } from 'vitest';
import { readOptOut } from '../../../src/bots/optout.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 33's vocabulary (docs/BOTS.md section 37): words for one concept each, with near neighbours written for this
 * file (not the vocabularies' own phrasings) and the hard negatives beside them.
 */
const cash = { slots: { financing: 'cash' } } as const;
const lender = { slots: { financing: 'needs_lender' } } as const;
const approved = { slots: { financing: 'pre_approved' } } as const;
const noFinancing = { slots: { financing: null } } as const;
const work = { slots: { condition: 'needs_work' } } as const;
const ready = { slots: { condition: 'move_in_ready' } } as const;
const noCondition = { slots: { condition: null } } as const;
/** A seller moving away, asked the 30 to 45 days. */
const RELOCATING = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };

suite('a home that needs work, by the kind of work, and what is no work', [
  ['mostly cosmetic stuff, paint and some trim', S('condition'), work],
  ['hubo un incendio en la cochera hace dos años', SES('condition'), work],
  ['la casa tiene comején en el garaje', SES('condition'), work],
  ['you would need to sink some money into it first', S('condition'), work],
  ['hay que meterle lana a los baños', SES('condition'), work],
  ['the subfloor is rotten in the laundry room', S('condition'), work],
  ['we put a ton of money into it last year, new floors and roof', S('condition'), ready],
  ['the fire station is two blocks away, which is nice', S('condition'), noCondition],
  ['nos vamos por el humo de los incendios cada verano', SES('condition'), noCondition],
  ['my neighbor thinks its worth a lot more', S('condition'), noCondition],
]);

suite('a home ready to live in, said other ways', [
  ['it shows like a model, everything redone in 2022', S('condition'), ready],
  ['quedó a nuevo, la remodelamos toda', SES('condition'), ready],
  ['zero deferred maintenance, we fix things right away', S('condition'), ready],
  ['the roof needs to be replaced and the place needs to be rewired', S('condition'), work],
  ['yes we are ready to sell', S('condition'), noCondition],
]);

suite('paying without a loan, and what is not that', [
  ['we are paying for it outright', B('financing'), cash],
  ['sin préstamos, lo pagamos completo', ES('financing'), cash],
  ['la pagamos de una vez con lo de la venta', ES('financing'), cash],
  ['my late dad’s life insurance covers the whole purchase', B('financing'), cash],
  ['the down payment we pay upfront, the rest with a loan, no lender yet', B('financing'), lender],
  ['our place has no mortgage but we will need a loan for the next one', B('financing'), lender],
  ['no mortgage insurance since we put 20 down, still need a lender', B('financing'), lender],
]);

suite('an approval said in other words, only a lender’s', [
  ['our credit union gave us the green light last week', B('financing'), approved],
  ['el banco ya nos dio luz verde hasta 550', ES('financing'), approved],
  ['my husband gave us the green light to start looking', B('financing'), noFinancing],
  ['tenemos la aprobación del casero para irnos antes', ES('financing'), noFinancing],
]);

suite('areas by their nicknames and with typos', [
  ['fontucky or rialto', B('areas'), { slots: { areas: ['Fontana', 'Rialto'] } }],
  ['Temecla', B('areas'), { slots: { areas: ['Temecula'] } }],
  ['Redlnads', B('areas'), { slots: { areas: ['Redlands'] } }],
  ['Chino mejor, Chino Hills no', ES('areas'), { slots: { areas: ['Chino'] } }],
]);

suite('urgency in other words', [
  ['de volada, ya se nos acaba el contrato', ES('urgency'), { slots: { urgency: 'immediate' } }],
  ['in a month or two', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['medio año más o menos', ES('urgency'), { slots: { urgency: 'six_months' } }],
  ['sometime this spring', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['before school starts, like 6 weeks', B('urgency'), { slots: { urgency: 'three_months' } }],
]);

// After the held-out measurement of sealed-s43 (labelled): the school year's start read as a date had turned a
// conditional yes into a no.
suite('a deadline past the 30 to 45 days is met by them', [
  [
    'Ya, está bien, mientras sea antes de que empiecen las clases',
    SES('timelineAccepted', RELOCATING),
    { slots: { timelineAccepted: true } },
  ],
  [
    "sure, as long as we're out before august",
    S('timelineAccepted', RELOCATING),
    { slots: { timelineAccepted: true } },
  ],
  [
    'sí pero necesitamos quedarnos hasta agosto',
    SES('timelineAccepted', RELOCATING),
    { slots: { timelineAccepted: false } },
  ],
  ['not before august', S('timelineAccepted', RELOCATING), { slots: { timelineAccepted: false } }],
]);

describe('opt-outs said in other words, and what they are not', () => {
  it.each([
    ['please discontinue all texts to this number'],
    ['Denme de baja, gracias'],
    ['ya no me molesten más'],
    ['sorry, there is no Carlos at this number'],
    ['este número era de mi tío, ahora es mío y no ando buscando nada'],
    ['add me to your do not call list'],
  ])('%j opts out', (text) => {
    expect(readOptOut(text)?.kind).toBe('opt_out');
  });
  it.each([
    ["pa' ya, nos urge"],
    ['wrong number on the baths, its 3 not 2'],
    ['la alberca no me interesa, mejor un patio'],
    ['the listing agent said they would cease all contact until the inspection'],
    ['no molesten más al vendedor con ofertas bajas'],
    ['este número era de mi tío, ahora es mío, mándame info de casas en Fontana'],
  ])('%j does not', (text) => {
    expect(readOptOut(text)?.kind).not.toBe('opt_out');
  });
});
