import { B, ES, S, SES, fairHousing, noAlert, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms behind the blind-s24 tuning misses (docs/BOTS.md section 24): several phrasings of
 * each mechanism in English, Spanish and Spanglish, with near misses that must not be read. The corpus instant is
 * Tuesday 10 March 2026 in Rancho Cucamonga.
 */

// A group of people named as who lives somewhere is a steering question; a colour word only beside a people word
// ("a white neighborhood", not "white cabinets").
suite('fair housing: who lives there, by group', [
  ['is the area mostly hispanic?', B('budget'), fairHousing],
  ['is it a white neighborhood?', B('budget'), fairHousing],
  ['any latinos around there?', B('budget'), fairHousing],
  ['hay muchos inmigrantes en esa zona?', ES('budget'), fairHousing],
  ['la gente es blanca por ahí?', ES('budget'), fairHousing],
  ['which area has fewer section 8 people?', B('budget'), fairHousing],
  ['many black families on that street?', B('budget'), fairHousing],
  ['we love the white kitchen cabinets', B('budget'), noAlert],
  ['any black mold in the basement?', B('budget'), noAlert],
  ['granito negro en la cocina, me encanta', ES('budget'), noAlert],
  ['a lot of white paint would brighten it up', B('budget'), noAlert],
  ['my wife is mexican, she wants a big kitchen', B('budget'), noAlert],
  ['we have three kids and a dog, need 4 bedrooms', B('budget'), noAlert],
]);

// Kickbacks offered per client, and the lead's own pay is not our commission.
suite('kickbacks and commission', [
  ['if you send me clients i will pay you 300 each', B('budget'), { alertTopic: 'kickback' }],
  ['si me mandas clientes te doy 500 dolares', ES('budget'), { alertTopic: 'kickback' }],
  ['i will pay you 200 per referral', B('budget'), { alertTopic: 'kickback' }],
  ['te doy 100 por cada cliente que me pases', ES('budget'), { alertTopic: 'kickback' }],
  ['send me more listings please, I pay 2k rent now', B('budget'), noAlert],
  ['my income is mostly commission, is that ok for a loan?', B('budget'), noAlert],
  ['mi sueldo es por comisiones, califico?', ES('budget'), noAlert],
  ['whats your commission?', S('priceExpectation'), { alertTopic: 'commission' }],
  ['¿cuánto cobras de comisión?', SES('priceExpectation'), { alertTopic: 'commission' }],
]);

// A relative who passed, in any language the lexicon knows, is an inherited home.
suite('inherited, by any relative', [
  [
    'my abuela passed last year, the house is ours now',
    S('motivation'),
    { slots: { motivation: 'inherited' } },
  ],
  ['grandpa died in january', S('motivation'), { slots: { motivation: 'inherited' } }],
  [
    'la casa nos quedó a nosotros cuando murió mi papá',
    SES('motivation'),
    { slots: { motivation: 'inherited' } },
  ],
  ['nos quedó la casa de mi tía', SES('motivation'), { slots: { motivation: 'inherited' } }],
  // near miss: a relative alive is no inheritance (the room wanted is an upgrade)
  ['my abuela lives with us, we need more room', S('motivation'), { slots: { motivation: 'upgrading' } }],
]);

// "Call me crazy/old-fashioned (but)" is an idiom, not a request for a call.
suite('call me, the idiom', [
  ['call me crazy but we really want a pool', B('size'), { escalation: null }],
  ['call me old fashioned, but i want to see it in person', B('size'), { escalation: null }],
  ['call me picky but no carpet please', B('size'), { escalation: null }],
  ['call me please', B('size'), { escalation: 'person' }],
  ['call me now, im free', B('size'), { escalation: 'person' }],
  ['can you call me tonight', B('size'), { escalation: 'person' }],
]);

// "Who is it?" alone, and Spanglish articles, ask who is writing.
suite('who is writing', [
  ['¿quién es?', ES('budget'), { disclosure: true }],
  ['hola, quien es?', ES('budget'), { disclosure: true }],
  ['who is it?', B('budget'), { disclosure: true }],
  ['is this un bot?', B('budget'), { disclosure: true }],
  ['is this una persona real?', B('budget'), { disclosure: true }],
  ['¿quién es el dueño?', ES('budget'), { disclosure: false }],
  ['who is the seller?', B('budget'), { disclosure: false }],
]);

// How something works is a question for the agent, whatever intent its words state.
suite('how it works', [
  ['how does the buying process work? first time buyer here', B('budget'), { openQuestion: true }],
  ['¿cómo funciona el proceso de compra?', ES('budget'), { openQuestion: true }],
  ['what are the steps to buy a house?', B('budget'), { openQuestion: true }],
  ['whats the selling process like?', S('priceExpectation'), { openQuestion: true }],
  ['cuáles son los pasos para vender?', SES('priceExpectation'), { openQuestion: true }],
  ['we want to buy in upland', B('areas'), { openQuestion: false }],
]);

// A first amount and the lead's own ceiling above it make a range.
suite('a range closed by a ceiling', [
  ['around 550, 600 tops', B('budget'), { slots: { budget: { min: 550000, max: 600000 } } }],
  ['650 ideally, 700 max', B('budget'), { slots: { budget: { min: 650000, max: 700000 } } }],
  ['como 450, máximo 500', ES('budget'), { slots: { budget: { min: 450000, max: 500000 } } }],
  ['600k, 550 would be better', B('budget'), { slots: { 'budget.max': 600000 } }],
]);

// A buyer who describes themselves and asks for a call is routed to the buyer bot, read, and rated before hand-off.
suite('a described buyer asking for a call', [
  ['cash buyer, 1.3m, need to move asap, call me', undefined, { temperature: 'hot', escalation: 'person' }],
  [
    'comprador de contado, 1.2 millones, lo antes posible, llámame',
    undefined,
    { temperature: 'hot', escalation: 'person' },
  ],
  ['im a cash buyer, call me', undefined, { kind: 'buyer', escalation: 'person' }],
  ['do you have cash buyers for my house? call me', undefined, { escalation: 'person', kind: 'lead' }],
]);

// A later explicit fact replaces an earlier one that said less: a lender found, a reason named after "other".
const NEEDS_LENDER = { slots: { budget: { max: 500000 }, financing: 'needs_lender' } };
suite('a later fact replaces an earlier one', [
  ['ya estamos pre aprobados', ES('size', NEEDS_LENDER), { slots: { financing: 'pre_approved' } }],
  [
    'update: we got pre-approved yesterday',
    B('size', NEEDS_LENDER),
    { slots: { financing: 'pre_approved' } },
  ],
  ['we decided to pay cash after all', B('size', NEEDS_LENDER), { slots: { financing: 'cash' } }],
  ['still no lender, sorry', B('size', NEEDS_LENDER), { slots: { financing: 'needs_lender' } }],
  [
    'relocating to nashville for work',
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'other' } }),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'nos vamos a texas por trabajo',
    SES('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'other' } }),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'my divorce is final next month',
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } }),
    { slots: { motivation: 'relocation' } },
  ],
]);

// A Spanish "no" before a pronoun or a verb negates that verb: it answers no yes-or-no question.
suite('a "no" that answers nothing', [
  ['no me llamen por favor, prefiero mensajes', ES('financing'), { slots: { financing: null } }],
  ['no sabemos todavía', ES('financing'), { slots: { financing: null } }],
  ['no, todavía no', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['no tenemos todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['no', ES('financing'), { slots: { financing: 'needs_lender' } }],
]);

// Money off the books for the agent is a kickback, in either language.
suite('under the table', [
  [
    "if you get me a buyer fast i'll throw you an extra 1k under the table",
    S('motivation'),
    { alertTopic: 'kickback' },
  ],
  ['te doy algo extra si la vendes rápido', SES('motivation'), { alertTopic: 'kickback' }],
  ['por debajo de la mesa te paso 500', SES('motivation'), { alertTopic: 'kickback' }],
  ['under the kitchen table there is a stain', S('condition'), noAlert],
  ['we need an extra bedroom', B('size'), noAlert],
]);

// The high end's unit speaks for a bare low end.
suite('a range in millions', [
  ['buying in claremont, 1.5 to 1.7m', B('areas'), { slots: { budget: { min: 1500000, max: 1700000 } } }],
  ['between 1.1 and 1.3m', B('budget'), { slots: { budget: { min: 1100000, max: 1300000 } } }],
  ['entre 1.2 y 1.4 millones', ES('budget'), { slots: { budget: { min: 1200000, max: 1400000 } } }],
]);
