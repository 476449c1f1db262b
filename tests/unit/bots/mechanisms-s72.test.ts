import { B, conversationSuite, ES, picking, S, SES, suite } from './probe-suite.js';

/**
 * Session 58's reading mechanisms (docs/BOTS.md section 62), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

suite('someone else named in another clause leaves the lender’s approval the lead’s', [
  [
    'my husband is sick of renting. the bank approved us up to 610',
    B('budget'),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'mi esposa ya no aguanta la renta. el banco nos aprobó hasta 580',
    ES('budget'),
    { slots: { financing: 'pre_approved' } },
  ],
  // ...but a say-so of theirs in the approval’s own clause is not a lender’s
  [
    'my wife gave us the green light, we still need a lender tho',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
]);

const motivation = S('motivation');
const motivationEs = SES('motivation');

suite('a home left to the lead among others is inherited', [
  ['my grandma left my two cousins and me her house', motivation, { slots: { motivation: 'inherited' } }],
  ['my dad left the place to me and my brothers', motivation, { slots: { motivation: 'inherited' } }],
  ['mi abuela le dejó la casa a mis primos y a mí', motivationEs, { slots: { motivation: 'inherited' } }],
  [
    'cuando murió mi tío la casa pasó a ser de nosotros',
    motivationEs,
    { slots: { motivation: 'inherited' } },
  ],
  ['she passed in may and left the whole house to me', motivation, { slots: { motivation: 'inherited' } }],
]);

suite('the employer wanting the lead elsewhere is a relocation', [
  [
    'my boss wants me up there by fall to run the new plant',
    motivation,
    { slots: { motivation: 'relocation' } },
  ],
  ['the diocese is appointing me to a parish in Tucson', motivation, { slots: { motivation: 'relocation' } }],
  ['mi jefe me quiere allá en Dallas para agosto', motivationEs, { slots: { motivation: 'relocation' } }],
  [
    'our company is opening a store in Reno and they want me to run it',
    motivation,
    { slots: { motivation: 'relocation' } },
  ],
  // (what the boss wants at work is no move)
  ['my boss wants me to work more weekends lately', motivation, { slots: { motivation: 'other' } }],
]);

conversationSuite('bathrooms said with the bedroom count already known complete it', [
  [
    ['3 bedrooms'],
    '3 bed 2 bath if we can swing it',
    B('size'),
    { slots: { size: { bedrooms: 3, bathrooms: 2 } } },
  ],
  [
    ['tres recámaras'],
    'tres recámaras y dos baños de ser posible',
    ES('size'),
    { slots: { size: { bedrooms: 3, bathrooms: 2 } } },
  ],
]);

const knownBudget = { slots: { budget: { min: 480000, max: 600000 }, financing: 'pre_approved' } };
suite('a budget moved by a verb with the budget as its object', [
  ['we upped our budget to 640', B('size', knownBudget), { slots: { 'budget.max': 640000 } }],
  ['le subimos el presupuesto a 650', ES('size', knownBudget), { slots: { 'budget.max': 650000 } }],
  ['we lowered our max to 560, rates went up', B('size', knownBudget), { slots: { 'budget.max': 560000 } }],
  // (a figure of something else moved is no budget)
  ['we upped our down payment to 40k', B('size', knownBudget), { slots: { 'budget.max': 600000 } }],
]);

const sizeAsked = B('size', { slots: { budget: { max: 550000 }, financing: 'pre_approved' } });
suite('a number counting things, not rooms, is no bedroom count', [
  ['anything that fits 3 big trucks lol', sizeAsked, { slots: { size: null } }],
  ['we have 2 horses so land matters more than rooms', sizeAsked, { slots: { size: null } }],
  [
    'tenemos 2 perros grandes, lo que importa es el patio',
    ES('size', { slots: { budget: { max: 550000 }, financing: 'pre_approved' } }),
    { slots: { size: null } },
  ],
  // the count said for the children or with a word of purpose is the rooms
  ['4 for the kids', sizeAsked, { slots: { 'size.bedrooms': 4 } }],
  ['3, one for each kid', sizeAsked, { slots: { 'size.bedrooms': 3 } }],
]);

const address = S('address', { slots: {} });
const addressEs = SES('address', { slots: {} });
suite('a house number corrected after the address, with words before it', [
  ['9921 Arrow Route. sorry its 9912, fat thumbs', address, { contains: { address: '9912 arrow route' } }],
  ['es la 7741 Etiwanda Ave, perdón es la 7714', addressEs, { contains: { address: '7714 etiwanda' } }],
  ['6608 Carnelian St, typo, its 6680 not 6608', address, { contains: { address: '6680 carnelian' } }],
  // (a price after the take-back keeps the number)
  ['6608 Carnelian St, wait no, 650 is what we want', address, { contains: { address: '6608 carnelian' } }],
]);

const OFFERED = ['Thu Mar 12, 10:30am', 'Thu Mar 12, 6:15pm', 'Mon Mar 16, 9:00am'];
suite('a part of the day said after a slot picked by its minute tells why', [
  ['the 6:15 one, after my shift', picking(OFFERED), { booked: 1 }],
  ['la de las 10:30, en la noche trabajo', picking(OFFERED, 'es'), { booked: 0 }],
  ['la de la tarde del jueves', picking(OFFERED, 'es'), { booked: 1 }],
  // (a minute that matches two slots is still no pick)
  ['the 9:00 one or the 10:30, in the evening', picking(OFFERED), { booked: null }],
]);

const listing = {
  listing: {
    id: 'L-72',
    price: 705000,
    beds: 4,
    baths: 3,
    sqft: 2210,
    yearBuilt: 1996,
    features: ['ev charger', 'rv parking', 'pool'],
  },
};
suite('a longer question whether the home has something is answered by the listing’s features', [
  ['does it have a spot to charge an electric car?', B('budget', listing), { answer: 'listing' }],
  ['can we park our rv there?', B('budget', listing), { answer: 'listing' }],
  ['¿tiene lugar para parquear el rv de mi esposo?', ES('budget', listing), { answer: 'listing' }],
  // (a thing the listing does not name is the agent’s)
  ['does it have room for a workshop in the back?', B('budget', listing), { answer: 'agent' }],
]);

suite('a wish to know a fact of the listing asks it', [
  ['my husband wants to know how many square feet it is', B('budget', listing), { answer: 'listing' }],
  ['mi mamá quiere saber de qué año es', ES('budget', listing), { answer: 'listing' }],
  // (the worth of the lead’s own home is not a listing fact: the agent prepares it)
  ['quiero saber cuánto vale mi casa en Ontario', ES('budget', listing), { answer: 'home_value' }],
]);

const conditionAsked = S('condition', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
});
const conditionAskedEs = SES('condition', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
});
suite('the home ready or in want of work, in Spanglish', [
  ['está ready para move in', conditionAskedEs, { slots: { condition: 'move_in_ready' } }],
  ['pues ya está ready, we redid todo el baño', conditionAskedEs, { slots: { condition: 'move_in_ready' } }],
  ['le hace falta una buena arreglada por dentro', conditionAskedEs, { slots: { condition: 'needs_work' } }],
  ['honestly its ready, we just painted', conditionAsked, { slots: { condition: 'move_in_ready' } }],
]);

suite('how the lead pays: the down payment in cash, cash said as “al contado”, an approval only offered', [
  [
    'la prima la tenemos en efectivo pero para lo demás necesitamos préstamo',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['compramos al contado, ya vendimos la otra', ES('financing'), { slots: { financing: 'cash' } }],
  [
    'my cousin is a loan officer, he said hed get us approved but we havent applied',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  // (an approval had is still had)
  [
    'we got pre approved last week thru the credit union',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('a foreclosure auction scheduled, a seizure for taxes, a person of the team asked for', [
  ['the lender set the auction for may 3 and we need to sell before', motivation, { escalation: 'legal' }],
  ['we could lose it at a foreclosure auction in a few weeks', motivation, { escalation: 'legal' }],
  ['nos pusieron un embargo a la casa por impuestos atrasados', motivationEs, { escalation: 'legal' }],
  ['can i talk to your supervisor please', B('budget'), { escalation: 'person' }],
  // (buying at foreclosure auctions, and the lead’s own boss, are not)
  ['are there any foreclosure auctions in Fontana?', B('budget'), { escalation: null }],
  ['i need to talk with my boss first about the down payment', B('budget'), { escalation: null }],
]);

suite('a floor then a ceiling, a range in number words, a limit after a monthly figure', [
  ['more than 450 and less than 520', B('budget'), { slots: { budget: { min: 450000, max: 520000 } } }],
  ['dont want to go north of 680', B('budget'), { slots: { budget: { max: 680000 } } }],
  [
    'between five hundred and five hundred fifty thousand',
    B('budget'),
    { slots: { budget: { min: 500000, max: 550000 } } },
  ],
  ['rent is 2,400 a month and we are thinking 560 max', B('budget'), { slots: { budget: { max: 560000 } } }],
  // (two monthly figures stay payments)
  [
    'car is 500 a month plus 300 for insurance, so whatever that leaves',
    B('budget'),
    { slots: { budget: null } },
  ],
]);

const timeline = B('urgency', {
  slots: { budget: { max: 560000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
});
const timelineEs = ES('urgency', {
  slots: { budget: { max: 560000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
});
suite('the month said in that month is this one; of several dates, the move’s', [
  ['we want to move in march if we can', timeline, { slots: { urgency: 'immediate' } }],
  ['antes de que termine marzo', timelineEs, { slots: { urgency: 'immediate' } }],
  ['next march probably', timeline, { slots: { urgency: 'browsing' } }],
  [
    'the bonus hits in may but moving wise we are thinking september',
    timeline,
    { slots: { urgency: 'six_months' } },
  ],
  [
    'el aguinaldo llega en diciembre, la mudanza la queremos en abril',
    timelineEs,
    { slots: { urgency: 'three_months' } },
  ],
  // (the first date, when its own clause names the move, stays)
  ['we want to be in by may, my sister visits in august', timeline, { slots: { urgency: 'three_months' } }],
]);

suite('the house number corrected: after a dash, a “correction:”, before a laugh; never the zip', [
  ['8812 Hellman Ave — typo, 8821 not 8812', address, { contains: { address: '8821 hellman' } }],
  [
    '3305 Vineyard Ave. correction: 3350. i walk 20 miles a day',
    address,
    { contains: { address: '3350 vineyard' } },
  ],
  [
    'es la 5517 Banyan St, perdón, es 5571, dedos gordos jaja',
    addressEs,
    { contains: { address: '5571 banyan' } },
  ],
  [
    '11020 Base Line Rd, sorry the zip is 91739 not 91737',
    address,
    { contains: { address: '11020 base line' } },
  ],
  // (a count of the day's work is no price)
  ['2041 Hermosa Ave, i do like 180 deliveries a day lol', address, { slots: { priceExpectation: null } }],
]);

suite('someone asking a fact of the listing, an alternative after the thing asked', [
  ['my father in law is asking how many bathrooms it has', B('budget', listing), { answer: 'listing' }],
  ['la señora pregunta que si tiene alberca', ES('budget', listing), { answer: 'listing' }],
  [
    'tiene charger pa mi carro eléctrico o tendría que poner uno?',
    ES('budget', listing),
    { answer: 'listing' },
  ],
  // (what the owners ask is the listing's price)
  ['what are they asking for it?', B('budget', listing), { answer: 'listing' }],
]);

suite('posted elsewhere, in other words', [
  ['the district wants us out in Bakersfield by july', motivation, { slots: { motivation: 'relocation' } }],
  ['la empresa me asignó a la planta de Monterrey', motivationEs, { slots: { motivation: 'relocation' } }],
  [
    'me ofrecieron ser supervisor en la bodega de Reno',
    motivationEs,
    { slots: { motivation: 'relocation' } },
  ],
  [
    'the company is opening a new hub in Vegas and asked me to manage it',
    motivation,
    { slots: { motivation: 'relocation' } },
  ],
]);

const areasKnown = (areas: string[]) =>
  B('urgency', {
    slots: { budget: { max: 600000 }, financing: 'pre_approved', size: { bedrooms: 3 }, areas },
  });
suite('a place quoted as said before, another meant', [
  ['I put Fontana before but I meant Rialto', areasKnown(['Fontana']), { slots: { areas: ['Rialto'] } }],
  [
    'dije Ontario antes pero ahora queremos en Pomona',
    { ...areasKnown(['Ontario']), lang: 'es' },
    { slots: { areas: ['Pomona'] } },
  ],
  // (a place said with another, nothing meant instead, stays)
  [
    'we said Upland before and Upland is still the one',
    areasKnown(['Upland']),
    { slots: { areas: ['Upland'] } },
  ],
]);

suite('calls from someone else stopped are no opt-out; a stop that includes us still is', [
  ['no more calls from the bank thank god, we got approved', B('budget'), { optOut: false }],
  ['ya no hay mensajes del prestamista, qué alivio', ES('budget'), { optOut: false }],
  ['no more texts from zillow or from you', B('budget'), { optOut: true }],
  ['no más llamadas por favor', ES('budget'), { optOut: true }],
]);

suite('pay by the hour is income, its decimal point no clause end; people near are no place', [
  ['work pays me 21.50 an hour plus a $300 bonus so idk', B('budget'), { slots: { budget: null } }],
  ['me pagan 19.75 la hora, podemos hasta 420 mil', ES('budget'), { slots: { budget: { max: 420000 } } }],
  [
    'somewhere near families like ours, maybe Upland',
    B('areas', {
      slots: {
        budget: { max: 600000 },
        financing: 'pre_approved',
        size: { bedrooms: 3 },
        urgency: 'three_months',
      },
    }),
    { slots: { areas: ['Upland'] } },
  ],
]);

suite('“usted es real?” asks what answers; “real” as “really” does not', [
  ['oiga, ¿usted es real o es un programa?', ES('budget'), { disclosure: true }],
  ['usted es real?', ES('budget'), { disclosure: true }],
  ['la casa de usted es real bonita, cuánto piden?', ES('budget'), { disclosure: false }],
]);

suite('a date inside what the answer depends on, a count before a colon', [
  ['no idea honestly, depends if i get the day shift before summer', timeline, { slots: { urgency: null } }],
  ['depende si me dan la plaza en enero', timelineEs, { slots: { urgency: null } }],
  // (a date said after the dependency is still the answer)
  ['depends on the lease, but probably june', timeline, { slots: { urgency: 'three_months' } }],
  ['4: one for us, one per kid and an office', sizeAsked, { slots: { 'size.bedrooms': 4 } }],
  ['at 3:30 works for a call', sizeAsked, { slots: { size: null } }],
]);
