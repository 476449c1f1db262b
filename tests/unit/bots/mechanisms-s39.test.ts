import { B, ES, S, SES, fairHousing, noAlert, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 30 (docs/BOTS.md section 34), written for this file (none copied from
 * a corpus), each with near misses that must read otherwise.
 */

const sellerReason = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };
const sellerCondition = {
  slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
};

// The message's last word: a clause that takes back what the same message said before it gives the value.
suite("the message's last word", [
  [
    'esta en buen estado... bueno no, la neta le falta pintar y cambiar el piso',
    SES('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'around 640, wait no, make it 665',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 665_000 } },
  ],
  ['we need 3 bedrooms, actually 4', B('size'), { slots: { 'size.bedrooms': 4 } }],
  // Near misses: a clause after the take-back word with no value of its own; an apology that takes nothing back.
  [
    'like 700, sorry for the slow reply',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 700_000 } },
  ],
  [
    "it's in great shape, honestly the kitchen is just a bit dated",
    S('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

// Work still to do, or none ever done, is a home that needs work; nothing missing is not.
suite('work to do, or never done', [
  [
    'le hace falta pintar por dentro y cambiar ventanas',
    SES('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'honestly we havent updated anything since 1995',
    S('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'todo es original, la cocina y los baños',
    SES('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  // Near misses: updated lately, nothing missing.
  [
    'bathrooms were updated in 2021',
    S('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'no le falta nada, está lista',
    SES('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

// Places taken out and put in by verb; a place taken back at a message's start; a place of the lead's own life.
suite('places taken out, put in, taken back', [
  [
    'sácale Colton y agrégale Upland',
    ES('budget', { slots: { areas: ['Colton', 'Fontana'] } }),
    { slots: { areas: ['Fontana', 'Upland'] } },
  ],
  [
    'drop colton and throw in upland',
    B('budget', { slots: { areas: ['Colton', 'Fontana'] } }),
    { slots: { areas: ['Fontana', 'Upland'] } },
  ],
  ['no, better in Chino', B('size', { slots: { areas: ['Ontario'] } }), { slots: { areas: ['Chino'] } }],
  [
    'our church is in claremont, we want upland or alta loma',
    B('areas'),
    { slots: { areas: ['Upland', 'Alta Loma'] } },
  ],
  // Near misses: a question about another place; a place added, not swapped.
  [
    'wait, do you have anything in chino?',
    B('size', { slots: { areas: ['Ontario'] } }),
    { slots: { areas: ['Ontario'] } },
  ],
  [
    'no, and upland too',
    B('size', { slots: { areas: ['Ontario'] } }),
    { slots: { areas: ['Ontario', 'Upland'] } },
  ],
]);

// An upper bound said with a negation is a yes to the 30 to 45 days; a plain refusal of them is not.
suite('a bound is no refusal', [
  [
    'sí, siempre que no se pase de 45 días',
    SES('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
  [
    'ok as long as it doesnt go past 45 days',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
  // Near miss: the days turned down.
  ['no, not in 45 days', S('timelineAccepted', sellerReason), { slots: { timelineAccepted: false } }],
]);

// The lead's own ceiling under an approval, said with a verb of going past it.
suite('a ceiling not to go past', [
  [
    'nos aprobaron por 550 mil pero no queremos pasar de 500',
    ES('financing'),
    { slots: { 'budget.max': 500_000, financing: 'pre_approved' } },
  ],
  [
    'approved up to 700k but we dont want to go over 640',
    B('financing'),
    { slots: { 'budget.max': 640_000 } },
  ],
  // Near miss: an approval alone.
  ['approved up to 700k', B('financing'), { slots: { 'budget.max': 700_000 } }],
]);

// A share asked for sending buyers; a group in Spanish's collective singular; a Spanglish "any pero".
suite('kickbacks, coded groups, slots but one', [
  ['¿y cuánto me da por cada cliente que le mande?', ES('budget'), { alertTopic: 'kickback' }],
  ['si te paso a mis compas me das una parte?', ES('budget'), { alertTopic: 'kickback' }],
  ['una colonia sin tanto moreno, me entiende', ES('areas'), fairHousing],
  // Near misses: a colour; a moment asked for.
  ['la cocina tiene mucho negro y gris', ES('budget'), noAlert],
  ['me da un momento porfa', ES('budget'), noAlert],
  [
    'anything pero tuesday',
    B('budget', {
      scheduling: 'slot',
      calendar: ['Tue Mar 17, 9:30am', 'Tue Mar 17, 2:00pm', 'Wed Mar 18, 5:00pm'],
    }),
    { booked: 2 },
  ],
]);

// The last word about the size; a pause, an apology or an explanation takes nothing back.
suite('the last word about the size', [
  ['quiero 3 recámaras, bueno no, mejor 4', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['3 bed 2 bath, wait no, 2.5 baths', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2.5 } }],
  ['3 bedrooms. sorry 2 things: pool and a garage', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['4 recámaras, o sea 2 para los niños', ES('size'), { slots: { 'size.bedrooms': 4 } }],
]);

// A lower price reconsidered after a contrast and a hedge; a higher one is a stretch, not a correction.
suite('a price reconsidered', [
  [
    'we wanted 560 but with the roof realistically 530',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 530_000 } },
  ],
  [
    'quisiéramos 480, pero con lo de la cocina tal vez 460',
    SES('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 460_000 } },
  ],
  [
    'we want 600 but maybe 650 if the market is hot',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 600_000 } },
  ],
  [
    "we'd take 515 if it closes fast",
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 515_000 } },
  ],
]);

// A listing price called a stretch is no budget; the lead's own figure is.
suite('a price called a stretch', [
  [
    '729 is a reach for us honestly, 690 is more our speed',
    B('budget', { listing: { id: 'L-9', price: 729_000 } }),
    { slots: { 'budget.max': 690_000 } },
  ],
]);

// Where the lead works or studies, at a place of a town; the old parts of a home; good bones are no verdict.
suite('places of work and study, original parts, good bones', [
  [
    'Chino o Ontario, trabajo en la fábrica de Fontana',
    ES('areas'),
    { slots: { areas: ['Chino', 'Ontario'] } },
  ],
  [
    'upland or claremont, my son studies at the college in pomona',
    B('areas'),
    { slots: { areas: ['Upland', 'Claremont'] } },
  ],
  [
    'the bathrooms are all original from the 70s but it has good bones',
    S('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'hay que hacerle unos arreglos al baño',
    SES('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  // Near misses: a decade the home was bought in; a count stated, not asked.
  [
    'la compramos en los 90s y está en muy buen estado',
    SES('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'quiero vender, tiene 30 años y está en buen estado',
    { kind: 'lead', lang: 'es' },
    { slots: { condition: 'move_in_ready' }, answer: null },
  ],
]);

// A vague wish beside a date: the date decides; a date the answer depends on is no answer; halves before money.
suite('a date beside a wish, a date depended on', [
  ['6 months or so, no rush really', B('urgency'), { slots: { urgency: 'six_months' } }],
  [
    'lo antes posible, el contrato se acaba en 2 meses',
    ES('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  ['not sure, depends on when my husband gets transferred', B('urgency'), { slots: { urgency: null } }],
  ['our rent is up in 1 and a half months', B('urgency'), { slots: { urgency: 'three_months' } }],
  // Near misses: the wish alone; asap beside a date stays asap.
  ['the sooner the better', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['asap, our lease ends in 2 months', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

// A rental that costs money, a parent who needs the seller near, kids gone, a baby come.
suite('more reasons to sell', [
  [
    'the renters stopped paying and im covering the mortgage myself',
    S('motivation'),
    { slots: { motivation: 'financial' } },
  ],
  ['pierdo dinero con esa casa cada mes', SES('motivation'), { slots: { motivation: 'financial' } }],
  ['my mom needs us closer, she lives in boise', S('motivation'), { slots: { motivation: 'relocation' } }],
  ['ya llegó el bebé y la casa nos queda chica', SES('motivation'), { slots: { motivation: 'upgrading' } }],
  // Near miss: another home called small.
  ['el vecino vendió en 560 pero la mía es más chica', SES('motivation'), { slots: { motivation: null } }],
]);

// A home the lead owns is no purchase cue; "venderla" sells.
suite('selling what the lead owns', [
  ['we own a fourplex in ontario and want to sell it', { kind: 'lead' }, { kind: 'seller' }],
  ['tengo una casita que rento y quiero venderla', { kind: 'lead', lang: 'es' }, { kind: 'seller' }],
  // Near miss: a duplex wanted.
  ['looking to buy a duplex to rent out', { kind: 'lead' }, { kind: 'buyer' }],
]);

// Whose figure: the other one of those named; the lead's own after them; a limit taken up; what a payment buys.
suite('whose figure', [
  [
    'uno de mis hermanos quiere 700, el otro 750. yo digo 720',
    SES('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 720_000 } },
  ],
  [
    'my ex wants to ask 800. i would be ok with 760',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 760_000 } },
  ],
  ["my dad won't co-sign over 500 so that's our max", B('budget'), { slots: { 'budget.max': 500_000 } }],
  ['con lo que tenemos ahorrado podemos hasta 600', ES('budget'), { slots: { 'budget.max': 600_000 } }],
  [
    'el banco dice que con ese pago nos alcanza para 450 mil',
    ES('budget'),
    { slots: { 'budget.max': 450_000 } },
  ],
  // Near misses: someone else's spend with no take-up; a down payment reached for.
  ['my sister spent 700 on hers, thats crazy', B('financing'), { slots: { budget: null } }],
  ['podemos poner hasta 50 mil de enganche', ES('financing'), { slots: { budget: null } }],
]);

// Neighbours of the later session-30 fixes: respelled Caribbean Spanish, a call wished for, a showing's clock time, a
// bare "y", what a seller buys next, comps and a range set aside, broken and dead parts, home value asked around.
suite('later session-30 fixes', [
  ['tamo pensando vendé la casa pa mudarno a Miami', { kind: 'lead', lang: 'es' }, { kind: 'seller' }],
  ['dígale a Jorge que me marque mañana', SES('priceExpectation', sellerCondition), { escalation: 'person' }],
  [
    'prefiero que me hable por teléfono el agente',
    SES('priceExpectation', sellerCondition),
    { escalation: 'person' },
  ],
  // Near miss: a call not wished.
  ['quiero que no me llamen, solo mensajes', ES('budget'), { escalation: null }],
  [
    'we sell first, then for the next one we are pre-approved up to 700, 3 bedrooms',
    S('priceExpectation', sellerCondition),
    { slots: { 'budget.max': 700_000, 'size.bedrooms': 3 } },
  ],
  [
    'comps in our tract run 600-620, we would list at 615',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 615_000 } },
  ],
  [
    'the fence is busted and the lawn is all brown',
    S('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  ['¿cuánto cree que nos paguen por nuestra casa?', SES('address'), { answer: 'home_value' }],
  ['what are houses in our neighborhood selling for lately?', S('address'), { answer: 'home_value' }],
  ['todavía al banco no he ido', ES('financing'), { slots: { financing: 'needs_lender' } }],
]);

// Fixed after the sealed measurement (docs/BOTS.md 34.3; the sealed parts are no longer held out), with neighbours
// written for the file: other words for known things.
suite('after the sealed measurement', [
  ['2 alcobas nada más', ES('size'), { slots: { 'size.bedrooms': 2 } }],
  [
    'how much are the monthly dues here?',
    B('budget', { listing: { id: 'L-4', price: 500_000, hoaMonthly: 240 } }),
    { answer: 'listing' },
  ],
  [
    'the baths were remodeled last year and it has a new water heater',
    S('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
  ['it needs some TLC honestly', S('condition', sellerCondition), { slots: { condition: 'needs_work' } }],
  ['la empresa me está trasladando a Phoenix', SES('motivation'), { slots: { motivation: 'relocation' } }],
  [
    'the kids are out of the house now, its too much to keep up with',
    S('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  ['ya no nos alcanza para la cuota', SES('motivation'), { slots: { motivation: 'financial' } }],
  ["no, haven't talked to anybody yet", B('financing'), { slots: { financing: 'needs_lender' } }],
  ['quiero que me atienda una persona', ES('budget'), { escalation: 'person' }],
  [
    'cancela lo de Ontario, solo Chino',
    ES('budget', { slots: { areas: ['Ontario', 'Chino'] } }),
    { slots: { areas: ['Chino'] } },
  ],
  ['please stop sending 3 bedroom houses, we need 4', B('budget'), { optOut: false }],
  // Near miss: a real stop.
  ['please stop sending me houses', B('budget'), { optOut: true }],
]);
