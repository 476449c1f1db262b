import { B, conversationSuite, ES, picking, S, priceAsked, priceAskedEs, SES, suite } from './probe-suite.js';

/**
 * Session 57's reading mechanisms (docs/BOTS.md section 61), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const address = S('address', { slots: {} });
const addressEs = SES('address', { slots: {} });

suite('the five digits closing a street address are its zip code, never the price', [
  [
    '1880 Banyan St, Fontana 92335',
    address,
    { contains: { address: '1880 banyan' }, slots: { priceExpectation: null } },
  ],
  [
    'its 7734 Base Line Rd, Rancho Cucamonga, CA 91730',
    address,
    { contains: { address: '7734 base line' }, slots: { priceExpectation: null } },
  ],
  ['4410 Sapphire St 91701', address, { slots: { priceExpectation: null } }],
  ['es la 6120 Hellman Ave, Alta Loma CA 91737', addressEs, { slots: { priceExpectation: null } }],
  // a price said after the address, in its own words, is still one
  ['4410 Sapphire St, we want 640k for it', address, { slots: { priceExpectation: 640000 } }],
  ['6120 Hellman Ave y queremos unos 710 mil', addressEs, { slots: { priceExpectation: 710000 } }],
]);

const price = priceAsked;
const priceEs = priceAskedEs;

suite('what is left of the mortgage, said in Spanish, is a debt, never the price', [
  ['de hipoteca nos quedan como 215 mil', priceEs, { slots: { priceExpectation: null } }],
  ['de hipoteca me queda unos 180 mil, quisiera 620', priceEs, { slots: { priceExpectation: 620000 } }],
  ['we owe like 205 on it, hoping for 655', price, { slots: { priceExpectation: 655000 } }],
]);

conversationSuite(
  'a buyer’s budget answered while the lead says it must sell first is the budget, not a price',
  [
    [
      ['hi', 'we want to buy'],
      'up to 760 but we have to sell our house in Fontana first',
      { kind: 'lead' },
      { kind: 'seller', slots: { priceExpectation: null } },
    ],
  ],
);

suite('...said to the buyer’s budget question', [
  [
    'Hasta setecientos veinte, pero tenemos que vender primero nuestra casa en Ontario',
    ES('budget'),
    { kind: 'seller', slots: { budget: { max: 720000 }, priceExpectation: null } },
  ],
  [
    'we can do 690 max but we need to sell our place in Upland first',
    B('budget'),
    { kind: 'seller', slots: { budget: { max: 690000 }, priceExpectation: null } },
  ],
  // the sale's own price in the same message is the price
  [
    'we need to sell ours first, we want 610 for it',
    B('budget'),
    { kind: 'seller', slots: { priceExpectation: 610000 } },
  ],
]);

suite('the price of the listing the lead writes from is that home’s, not the seller’s', [
  [
    'this one is down the street from us. if it sells for 748 what would ours go for?',
    B('budget', { listing: { id: 'L-9', price: 748000 } }),
    { slots: { priceExpectation: null } },
  ],
]);

const timeline = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'retirement' } });

suite('“ready to go” said of the sellers is no condition of the home', [
  [
    "yes 45 days is fine, we're ready to go",
    timeline,
    { slots: { timelineAccepted: true, condition: null } },
  ],
  [
    'sure 30 days works, were all ready to go',
    timeline,
    { slots: { timelineAccepted: true, condition: null } },
  ],
  ["i'm ready to go whenever", timeline, { slots: { condition: null } }],
  // the home ready to go is
  ['the house is ready to go', timeline, { slots: { condition: 'move_in_ready' } }],
  ['its ready to go', timeline, { slots: { condition: 'move_in_ready' } }],
]);

suite('a day’s work done is no move date', [
  ['im done for the day finally, we want to buy a house', { kind: 'buyer' }, { slots: { urgency: null } }],
  ['just got off for the night. looking to buy', { kind: 'buyer' }, { slots: { urgency: null } }],
  [
    'clocked out for the weekend, we want a place in about 2 months',
    { kind: 'buyer' },
    { slots: { urgency: 'three_months' } },
  ],
  // the day after tomorrow is still a day
  ['we need to be out the day after tomorrow', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('“had to”, “have a” open no question; “has it”, “have you” do', [
  [
    'had to cancel the lender appt yesterday, so no, not approved yet',
    B('financing', { slots: { budget: { min: 400000, max: 500000 } } }),
    { slots: { financing: 'needs_lender' }, answer: null },
  ],
  [
    'have a good one, 3 bedrooms',
    B('size', { slots: { budget: { min: 400000, max: 500000 } } }),
    { answer: null },
  ],
  [
    'has it sold yet',
    B('budget', { listing: { id: 'L-9', price: 748000, availability: 'active' } }),
    { answer: 'listing' },
  ],
  [
    'have they had any offers on it',
    B('budget', { listing: { id: 'L-9', price: 748000, availability: 'active' } }),
    { answer: 'agent' },
  ],
]);

const budget = B('budget');
const budgetEs = ES('budget');

suite('what the owners ask for a home is their figure; the lead’s own beside it is the budget', [
  ["she's asking 610, we could do maybe 585", budget, { slots: { budget: { min: 468000, max: 585000 } } }],
  ['they are asking 705 but we can only go 680', budget, { slots: { budget: { min: 544000, max: 680000 } } }],
  [
    'el dueño pide 640 mil, nosotros llegamos a 615',
    budgetEs,
    { slots: { budget: { min: 492000, max: 615000 } } },
  ],
  ['ella pide 590; nosotros como 570', budgetEs, { slots: { budget: { min: 456000, max: 570000 } } }],
  // asked by a household member, the figure is still the lead's
  ["my husband's asking if we can do 600", budget, { slots: { budget: { min: 480000, max: 600000 } } }],
]);

suite('a figure called fine, then the lead’s own limit above it: the limit is the top', [
  ['612 está bien, pero más de 630 no podemos', budgetEs, { slots: { budget: { max: 630000 } } }],
  ['612 works, nothing over 630 though', budget, { slots: { budget: { max: 630000 } } }],
  // a lower figure after it is the first one's own limit, as before
  ['612 works but honestly no more than 600', budget, { slots: { budget: { max: 600000 } } }],
]);

const window = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });
const windowEs = SES('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });

suite('the 45 days preferred is a yes to the window', [
  ['mejor 45, en 30 no nos da tiempo de empacar', windowEs, { slots: { timelineAccepted: true } }],
  ['45 would be better, 30 is tight for us', window, { slots: { timelineAccepted: true } }],
  ['prefer the 45, we have a lot of stuff', window, { slots: { timelineAccepted: true } }],
  // ...unless taken back, or turned down
  [
    '45 days works. wait no, we need to find a place first, more like 6 months',
    window,
    { slots: { timelineAccepted: false } },
  ],
  ['45 days? no way', window, { slots: { timelineAccepted: false } }],
]);

suite('“ya” before a verb is “already”, no yes to the window', [
  [
    'ya nos avisaron del trabajo, así que esos 30 o 45 días no se pueden, sería en unos 6 meses',
    windowEs,
    { slots: { timelineAccepted: false } },
  ],
  ['ya nos avisaron del trabajo', windowEs, { slots: { timelineAccepted: null } }],
  ['ya, está bien', windowEs, { slots: { timelineAccepted: true } }],
  ['ya po', windowEs, { slots: { timelineAccepted: true } }],
]);

suite('the lead’s own clauses before someone else’s stay the lead’s, when the lead turns back later', [
  [
    "Yes, 45 days is doable. My brother is a lawyer and he'll read the contract for us",
    window,
    { slots: { timelineAccepted: true } },
  ],
  [
    'sí, 30 o 45 días está bien. mi cuñado es abogado y va a revisar el contrato por nosotros',
    windowEs,
    { slots: { timelineAccepted: true } },
  ],
  // the clauses of someone else before the turn are still theirs
  ['my sister wants to wait 6 months. for us 45 days is fine', window, { slots: { timelineAccepted: true } }],
]);

suite('someone else asked to stop contacting the lead is no opt-out from us', [
  [
    'quick q, how do i get the bank i applied with last month to stop calling me every day? anyway 3 bedrooms',
    B('size', { slots: { budget: { min: 400000, max: 500000 }, financing: 'pre_approved' } }),
    { optOut: false },
  ],
  [
    '¿cómo hago para que el otro agente deje de mandarme mensajes? ya le dije que estoy con ustedes',
    ES('size', { slots: { budget: { min: 400000, max: 500000 }, financing: 'pre_approved' } }),
    { optOut: false },
  ],
  ['i keep telling my old realtor to stop texting me lol. anyway 4 beds', B('size'), { optOut: false }],
  // a stop of our own messages, or one asked of us by name, still is one
  ['tell jorge to stop texting me', B('size'), { optOut: true }],
  ['stop texting me and tell the lender to stop too', B('size'), { optOut: true }],
  ['para que dejen de escribirme: ya no me interesa', ES('size'), { optOut: true }],
]);

suite('a stop said while blaming the phone’s autocorrect corrects a figure, no opt-out', [
  [
    'stop, autocorrect changed it, its 4 beds not 3',
    B('size', { slots: { budget: { min: 400000, max: 500000 } } }),
    { optOut: false, slots: { size: { bedrooms: 4 } } },
  ],
  ['para, el autocorrector me cambió, son 3 recámaras', ES('size'), { optOut: false }],
  ['stop texting me, autocorrect keeps messing up my replies anyway', B('size'), { optOut: true }],
]);

suite('what the lead’s own home should bring is its price, not the budget', [
  [
    'we have to sell first. ours should fetch about 565, then we go shopping',
    B('budget'),
    { slots: { budget: null, priceExpectation: 565000 } },
  ],
  [
    'Primero vendemos la nuestra, le queremos sacarle unos 505 y luego buscamos',
    ES('budget'),
    { slots: { budget: null, priceExpectation: 505000 } },
  ],
  // the lead's income is still no price
  [
    'we bring in about 140k a year, budget is 520',
    B('budget'),
    { slots: { budget: { min: 416000, max: 520000 } } },
  ],
  ['owner is asking 745 for it, is that firm?', B('budget'), { slots: { budget: null } }],
]);

suite('Spanish ways of saying yes to the window, next year and a limit', [
  ['ya poh', windowEs, { slots: { timelineAccepted: true } }],
  ['por mí sí, nomás que mi esposo revise el contrato', windowEs, { slots: { timelineAccepted: true } }],
  ['nos dijeron que mejor al otro año', windowEs, { slots: { timelineAccepted: false } }],
  [
    '540 nos queda bien, pero de 560 no pasamos',
    budgetEs,
    { slots: { budget: { min: 540000, max: 560000 } } },
  ],
  ['de 575 no nos pasamos', budgetEs, { slots: { budget: { max: 575000 } } }],
]);

suite('how the lead will write is no pace of the move; the home ready to go, whatever follows', [
  ['ya terminé por hoy, mañana te escribo con calma', { kind: 'buyer' }, { slots: { urgency: null } }],
  ['lo vamos a buscar con calma, sin prisa', B('urgency'), { slots: { urgency: 'browsing' } }],
  [
    'the house is ready to go honestly, we kept it up',
    condition(),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

function condition() {
  return S('condition', {
    slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
  });
}

const areasAsked = B('areas', {
  slots: {
    budget: { min: 400000, max: 500000 },
    financing: 'pre_approved',
    size: { bedrooms: 3 },
    urgency: 'three_months',
  },
});
const areasAskedEs = ES('areas', {
  slots: {
    budget: { min: 400000, max: 500000 },
    financing: 'pre_approved',
    size: { bedrooms: 3 },
    urgency: 'three_months',
  },
});

suite('places wanted: “nada más Chino” is only Chino; a name that is a word said again is no refusal', [
  ['nada más Chino', areasAskedEs, { slots: { areas: ['Chino'] } }],
  ['ya no Ontario, nada más Corona', areasAskedEs, { slots: { areas: ['Corona'] } }],
  ['Upland o Chino. is Chino a good area for kids?', areasAskedEs, { slots: { areas: ['Upland', 'Chino'] } }],
  // still turned down when said so
  ['Ontario o Chino. no Chino, mejor Ontario', areasAskedEs, { slots: { areas: ['Ontario'] } }],
  ['nada en Fontana, solo Rialto', areasAskedEs, { slots: { areas: ['Rialto'] } }],
]);

suite('the places of a clause about “he”, “she” or “they” are theirs', [
  [
    'upland or claremont. she drives to the warehouse in fontana every night',
    areasAsked,
    { slots: { areas: ['Upland', 'Claremont'] } },
  ],
  [
    'Rialto o Colton. él maneja hasta la planta de Ontario diario',
    areasAskedEs,
    { slots: { areas: ['Rialto', 'Colton'] } },
  ],
  // a wish of theirs the lead takes up is the lead's
  ['etiwanda. she wants alta loma too and so do i', areasAsked, { contains: { areas: 'alta loma' } }],
]);

suite('a workplace’s yard is no yard wanted', [
  ['alta loma. he works at the rail yard in colton', areasAsked, { slots: { mustHaves: null } }],
  ['etiwanda, and the yard has to be big for the dogs', areasAsked, { slots: { mustHaves: ['yard'] } }],
]);

const urgency = B('urgency', {
  slots: { budget: { min: 400000, max: 500000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
});
const urgencyEs = ES('urgency', {
  slots: { budget: { min: 400000, max: 500000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
});

suite('not knowing, with dates of different urgencies as possibilities, is no answer', [
  [
    'honestly no idea, depends on the promotion. could be 3 weeks could be a year',
    urgency,
    { slots: { urgency: null } },
  ],
  ['no sé, puede ser en un mes o en un año, depende del trabajo', urgencyEs, { slots: { urgency: null } }],
  // one date said with the doubt is still the answer
  ['not sure, maybe 5 months', urgency, { slots: { urgency: 'six_months' } }],
]);

suite('when news comes is no move date', [
  [
    'depends on her job offer, no idea yet. she hears back in a couple weeks',
    urgency,
    { slots: { urgency: null } },
  ],
  ['nos avisan en un mes si nos dan el préstamo', urgencyEs, { slots: { urgency: null } }],
]);

suite('a date dismissed by the words before it gives way to the next', [
  [
    'forget about next year, the landlord is selling, we have to be out by end of april',
    urgency,
    { slots: { urgency: 'three_months' } },
  ],
  ['olvida lo de junio, mejor en agosto', urgencyEs, { slots: { urgency: 'six_months' } }],
]);

suite('the family’s move named in Spanish verbs is the move, not another date before it', [
  [
    'empiezo en la planta el 2 de abril, nos mudamos en agosto',
    urgencyEs,
    { slots: { urgency: 'six_months' } },
  ],
  [
    'mi esposo entra al curso el 1 de abril; los niños y yo nos cambiamos en julio',
    urgencyEs,
    { slots: { urgency: 'six_months' } },
  ],
]);

suite('“not interested” in a feature or in a price above the lead’s own narrows the search, no opt-out', [
  [
    'jacuzzis? not interested, too much upkeep. budget 520k',
    budget,
    { optOut: false, slots: { budget: { min: 416000, max: 520000 } } },
  ],
  [
    'hasta 455k, no me interesa nada arriba de eso',
    budgetEs,
    { optOut: false, slots: { budget: { max: 455000 } } },
  ],
  ['510 max, not interested in anything over that', budget, { optOut: false }],
  // said of it all, it still is one
  ['not interested', budget, { optOut: true }],
  ['no me interesa nada, gracias', budgetEs, { optOut: true }],
]);

suite('two close figures after a comma are a range; a list of three is not', [
  ['como 455, 465 mil', budgetEs, { slots: { budget: { min: 455000, max: 465000 } } }],
  ['maybe 515, 530?', budget, { slots: { budget: { min: 515000, max: 530000 } } }],
  // far apart, the first is the answer
  ['500, 700', budget, { slots: { budget: { min: 400000, max: 500000 } } }],
]);

const reasonAsked = S('motivation');
const reasonAskedEs = SES('motivation');

suite(
  'the seller’s reason: payments late, a job elsewhere said with what it is, a move said as the way things go',
  [
    [
      '3 months late on the mortgage since the harvest money never showed',
      reasonAsked,
      { slots: { motivation: 'financial' } },
    ],
    ['ya debo dos meses de hipoteca', reasonAskedEs, { slots: { motivation: 'financial' } }],
    [
      'me salió trabajo de mayordomo en un rancho en Visalia',
      reasonAskedEs,
      { slots: { motivation: 'relocation' } },
    ],
    [
      'they made me foreman at the new plant up north, so we have to move',
      reasonAsked,
      { slots: { motivation: 'relocation' } },
    ],
    // going on to something else, or late to an event, is no reason
    ['ok so we gotta go to the store, brb', reasonAsked, { slots: { motivation: 'other' } }],
    ['i was 3 months late to the party lol', reasonAsked, { slots: { motivation: 'other' } }],
  ],
);

const OFFERED = ['Wed Mar 11, 9:45am', 'Fri Mar 13, 3:15pm', 'Mon Mar 16, 7:00pm'];

suite('a pick said with the lead’s own schedule in the first person', [
  ['la primera, salgo del turno a las 7', picking(OFFERED, 'es'), { booked: 0 }],
  ['el lunes, ya que cierro la tienda a las 5', picking(OFFERED, 'es'), { booked: 2 }],
  ['the friday one, i clock out at 2', picking(OFFERED), { booked: 1 }],
  // a time of the slot's own is still read
  ['el viernes a las 3:15', picking(OFFERED, 'es'), { booked: 1 }],
]);

suite('a tax lien put on the property, in Spanish, is a legal matter', [
  [
    'el IRS le metió un lien a la propiedad por unos impuestos, ¿se puede vender así?',
    SES('priceExpectation', {
      slots: {
        address: '8231 Haven Ave',
        motivation: 'divorce',
        timelineAccepted: true,
        condition: 'move_in_ready',
      },
    }),
    { escalation: 'legal' },
  ],
  [
    'le metieron un gravamen a la casa',
    SES('condition', {
      slots: { address: '8231 Haven Ave', motivation: 'financial', timelineAccepted: true },
    }),
    { escalation: 'legal' },
  ],
]);
