import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { suite } from './probe-suite.js';

/**
 * Session 54's reading mechanisms (docs/BOTS.md section 58), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const askingBudget = { kind: 'buyer', asking: 'budget' } as CorpusCase['setup'];
const askingBudgetEs = { ...askingBudget, lang: 'es' } as CorpusCase['setup'];
const askingLender = {
  kind: 'buyer',
  asking: 'financing',
  slots: { budget: { max: 560000 } },
} as CorpusCase['setup'];
const askingLenderEs = { ...askingLender, lang: 'es' } as CorpusCase['setup'];
const askingSize = {
  kind: 'buyer',
  asking: 'size',
  slots: { budget: { max: 560000 }, financing: 'needs_lender' },
} as CorpusCase['setup'];
const askingTime = {
  kind: 'buyer',
  asking: 'urgency',
  slots: { budget: { max: 560000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
} as CorpusCase['setup'];

suite('a date volunteered without the move named, and not said alone, is said of something else', [
  ['not yet, we were planning on doing that next week', askingLender, { slots: { urgency: null } }],
  ['no todavía, vamos a ver a uno el jueves', askingLenderEs, { slots: { urgency: null } }],
  [
    "haven't yet. my brother in law knows a guy, we'll see him saturday",
    askingLender,
    { slots: { urgency: null } },
  ],
  ['no sé el número, mi esposa maneja eso y regresa el lunes', askingBudgetEs, { slots: { urgency: null } }],
  ["she handles the money and she's away until thursday", askingBudget, { slots: { urgency: null } }],
  ['i sat down with the numbers last night, 540 tops', askingBudget, { slots: { urgency: null } }],
  ['600 tops, i get my bonus in 3 weeks', askingBudget, { slots: { urgency: null } }],
  [
    'my sister visits next month, she can help us with the number',
    askingBudget,
    { slots: { urgency: null } },
  ],
  ['700, we fly back from manila next tuesday', askingBudget, { slots: { urgency: null } }],
  ['3 beds. my shift changes in two weeks btw', askingSize, { slots: { urgency: null } }],
  ['tres recámaras, mi hermano viene en dos semanas a ver', askingSize, { slots: { urgency: null } }],
]);

suite('...but a date said of the move, or as a time frame of its own, is the move', [
  ['around 600k, we want to move in about 2 months', askingBudget, { slots: { urgency: 'three_months' } }],
  ['500 max. lease ends in 6 weeks', askingBudget, { slots: { urgency: 'three_months' } }],
  ['cash, looking to close within 30 days', askingBudget, { slots: { urgency: 'immediate' } }],
  [
    'hasta 550, el contrato de renta se acaba en 2 meses',
    askingBudgetEs,
    { slots: { urgency: 'three_months' } },
  ],
  ['550, new job starts in 5 weeks', askingBudget, { slots: { urgency: 'three_months' } }],
  [
    'like 700. the landlord is selling and we gotta be out in 60 days',
    askingBudget,
    {
      slots: { urgency: 'three_months' },
    },
  ],
  ['3 bedrooms, within 3 months', askingSize, { slots: { urgency: 'three_months' } }],
  ['2 bed is fine. prob in 4 to 6 months', askingSize, { slots: { urgency: 'six_months' } }],
  ['3 recámaras, como en dos meses', askingSize, { slots: { urgency: 'three_months' } }],
  ['not yet, but we want to be in a place by june', askingLender, { slots: { urgency: 'three_months' } }],
  ['todavía no, queremos mudarnos en un mes', askingLenderEs, { slots: { urgency: 'immediate' } }],
  ['3, and we are in no rush, maybe next year', askingSize, { slots: { urgency: 'browsing' } }],
  [
    'the kids switch schools in 8 weeks so ideally before that, 3 beds',
    askingSize,
    {
      slots: { urgency: 'three_months' },
    },
  ],
  ['next week', askingTime, { slots: { urgency: 'immediate' } }],
]);

const askingAreas = {
  kind: 'buyer',
  asking: 'areas',
  slots: { budget: { max: 560000 }, financing: 'pre_approved', size: { bedrooms: 3 }, urgency: 'six_months' },
} as CorpusCase['setup'];
const askingAreasEs = { ...askingAreas, lang: 'es' } as CorpusCase['setup'];

suite('a place named as where a workplace or business is, is no area wished for', [
  [
    'my husband owns a body shop in fontana, we want to buy in rialto',
    askingBudget,
    {
      contains: { areas: 'rialto' },
      slots: { areas: ['Rialto'] },
    },
  ],
  [
    'trabajo en una clínica de Upland pero queremos vivir en Chino',
    askingAreasEs,
    { slots: { areas: ['Chino'] } },
  ],
  ['i manage a restaurant in ontario btw, 560 max', askingBudget, { slots: { areas: null } }],
  ['soy mesera en un hotel de Ontario, hasta 500 mil', askingBudgetEs, { slots: { areas: null } }],
  [
    'we run a little salon out of pomona. eastvale or corona for the house',
    askingAreas,
    {
      slots: { areas: ['Eastvale', 'Corona'] },
    },
  ],
  ["it's not ontario, it's upland", askingAreas, { slots: { areas: ['Upland'] } }],
  ['no es chino, es chino hills', askingAreasEs, { slots: { areas: ['Chino Hills'] } }],
  ['we want a house with a shop in fontana', askingAreas, { slots: { areas: ['Fontana'] } }],
  [
    'close to my office in upland would be ideal, upland or claremont',
    askingAreas,
    {
      slots: { areas: ['Upland', 'Claremont'] },
    },
  ],
]);

const sellerAsked = {
  kind: 'seller',
  asking: 'motivation',
  slots: { address: '8123 Vineyard Ave' },
} as CorpusCase['setup'];
const sellerAskedEs = { ...sellerAsked, lang: 'es' } as CorpusCase['setup'];
const sellerUnasked = {
  kind: 'seller',
  asking: 'condition',
  slots: { address: '8123 Vineyard Ave', timelineAccepted: true },
} as CorpusCase['setup'];

suite(
  "the household's need for space, said by what the home lacks or has too much of, is the seller's reason",
  [
    [
      "my in-laws are moving in with us and there's just no room",
      sellerAsked,
      { slots: { motivation: 'upgrading' } },
    ],
    ['somos seis y no hay espacio', sellerAskedEs, { slots: { motivation: 'upgrading' } }],
    [
      'we both work from home now, not enough space for two desks',
      sellerAsked,
      { slots: { motivation: 'upgrading' } },
    ],
    [
      'queremos algo más amplio, ya viene el segundo bebé',
      sellerAskedEs,
      { slots: { motivation: 'upgrading' } },
    ],
    ['looking for something more spacious for the kids', sellerAsked, { slots: { motivation: 'upgrading' } }],
    [
      'our two girls have their own homes now, we rattle around in here',
      sellerAsked,
      {
        slots: { motivation: 'downsizing' },
      },
    ],
    [
      'honestly its way more house than me and my wife need these days',
      sellerAsked,
      {
        slots: { motivation: 'downsizing' },
      },
    ],
    [
      'desde que murió mi esposa la casa me queda muy grande',
      sellerAskedEs,
      { slots: { motivation: 'downsizing' } },
    ],
    [
      'my hospital is moving my unit to sacramento in the spring',
      sellerAsked,
      { slots: { motivation: 'relocation' } },
    ],
    // hard negatives: room in a price, someone else's things moved
    ['there is no room to negotiate, we need 700', sellerUnasked, { slots: { motivation: null } }],
    [
      'my brother is moving my stuff to his garage this weekend',
      sellerAsked,
      {
        slots: { motivation: 'other' },
      },
    ],
  ],
);

const askingCondition = {
  kind: 'seller',
  asking: 'condition',
  slots: { address: '8123 Vineyard Ave', motivation: 'downsizing', timelineAccepted: true },
} as CorpusCase['setup'];
const askingConditionEs = { ...askingCondition, lang: 'es' } as CorpusCase['setup'];

suite(
  'a part of the home from an old era, and a state said after words that only open the answer, need work',
  [
    ['the bathrooms are straight out of the 90s', askingCondition, { slots: { condition: 'needs_work' } }],
    [
      'livable, but the kitchen is original from 1979',
      askingCondition,
      { slots: { condition: 'needs_work' } },
    ],
    [
      'new roof, but an 80s kitchen and the baths match it',
      askingCondition,
      { slots: { condition: 'needs_work' } },
    ],
    [
      'el techo es nuevo pero la cocina sigue como en los setentas',
      askingConditionEs,
      {
        slots: { condition: 'needs_work' },
      },
    ],
    ['pues está viejita la casa', askingConditionEs, { slots: { condition: 'needs_work' } }],
    ['bro its a straight disaster in there', askingCondition, { slots: { condition: 'needs_work' } }],
    [
      'no le hemos hecho nada desde que la compramos',
      askingConditionEs,
      { slots: { condition: 'needs_work' } },
    ],
    ['honestly it needs everything', askingCondition, { slots: { condition: 'needs_work' } }],
    // hard negatives: a year of the purchase, a recent redo
    [
      'we bought it in 1988 and the kitchen was redone in 2021, its in great shape',
      askingCondition,
      {
        slots: { condition: 'move_in_ready' },
      },
    ],
    [
      'pues está impecable, la remodelamos toda',
      askingConditionEs,
      { slots: { condition: 'move_in_ready' } },
    ],
  ],
);

suite('after the review (review-s68): the same mechanisms, further words', [
  // a time frame said alone with its limit, a landlord in Spanish, a due date made the deadline
  ['3 bed, 8 weeks max', askingSize, { slots: { urgency: 'three_months' } }],
  [
    '2 recámaras, de aquí a unos 4 meses',
    { ...askingSize, lang: 'es' },
    {
      slots: { urgency: 'six_months' },
    },
  ],
  ['unos 480, el casero nos dio un mes pa desocupar', askingBudgetEs, { slots: { urgency: 'immediate' } }],
  ['twins are due in june and thats our deadline', askingSize, { slots: { urgency: 'three_months' } }],
  ['the baby is due in june', askingSize, { slots: { urgency: null } }],
  // a workplace named by a plural, by a verb of working, by a business owned; a workplace wished near
  ['limpio casas y oficinas en upland, buscamos en rialto', askingAreasEs, { slots: { areas: ['Rialto'] } }],
  [
    'mi suegro tiene una panadería en colton, nosotros queremos fontana',
    askingAreasEs,
    {
      slots: { areas: ['Fontana'] },
    },
  ],
  ['tiene que ser en fontana', askingAreasEs, { slots: { areas: ['Fontana'] } }],
  ['close to my barbershop in upland if we can', askingAreas, { slots: { areas: ['Upland'] } }],
  // the household crowded, the home too big, the post moved
  ['the boys are doubled up in one room', sellerAsked, { slots: { motivation: 'upgrading' } }],
  ['mis hijas comparten cuarto y ya no se puede', sellerAskedEs, { slots: { motivation: 'upgrading' } }],
  ['ya estamos bien apretados con los niños', sellerAskedEs, { slots: { motivation: 'upgrading' } }],
  ['estamos apretados con los pagos', sellerUnasked, { slots: { motivation: null } }],
  [
    'the house feels enormous since the girls went off to college',
    sellerAsked,
    {
      slots: { motivation: 'downsizing' },
    },
  ],
  ['la empresa me mueve a la oficina de houston', sellerAskedEs, { slots: { motivation: 'relocation' } }],
  [
    'the railroad is moving my home terminal out to barstow',
    sellerAsked,
    { slots: { motivation: 'relocation' } },
  ],
]);

const askingWindow = {
  kind: 'seller',
  asking: 'timelineAccepted',
  slots: { address: '8123 Vineyard Ave', motivation: 'downsizing' },
} as CorpusCase['setup'];

suite('a window said to work with a modal of expectation is accepted', [
  [
    'that should work, we already have the next place lined up',
    askingWindow,
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    'sí, debería funcionar',
    { ...askingWindow, lang: 'es' },
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    "honestly that shouldn't work for us, we need 6 months",
    askingWindow,
    { slots: { timelineAccepted: false } },
  ],
]);

suite('after conversations-s68 was spent: reasons in more words, a window made to happen, a part gone', [
  ["the company's moving me over to their reno office", sellerAsked, { slots: { motivation: 'relocation' } }],
  ['the union moved my dispatch to long beach', sellerAsked, { slots: { motivation: 'relocation' } }],
  ['they moved my shift to nights', sellerUnasked, { slots: { motivation: null } }],
  [
    'se nos murieron las vacas y ya no salimos con los pagos',
    sellerAskedEs,
    { slots: { motivation: 'financial' } },
  ],
  [
    'murió mi papá y la casa quedó a nombre de nosotros',
    sellerAskedEs,
    { slots: { motivation: 'inherited' } },
  ],
  ['ya cumplí mis años de trabajo, quiero descansar', sellerAskedEs, { slots: { motivation: 'retirement' } }],
  ['tight with my schedule but we can make that happen', askingWindow, { slots: { timelineAccepted: true } }],
  ['the deck is rotting and the carpet is toast', askingCondition, { slots: { condition: 'needs_work' } }],
]);

suite('after sealed-s68 was spent: a person asked for with "gimme"', [
  ['gimme a live agent pls, this texting is slow', askingSize, { escalation: 'person' }],
  ['gimme a human', askingSize, { escalation: 'person' }],
  ['give a real person a raise lol', askingSize, { escalation: null }],
  ['get a realtor you trust, my dad always says', askingSize, { escalation: null }],
]);
