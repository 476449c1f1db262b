import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 51's reading mechanisms (docs/BOTS.md section 55), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

suite('an address said again after a take-back replaces the one said first', [
  [
    'its 7716 Vineyard Ave, sorry I meant 7761 Vineyard Ave',
    S('address', { slots: {} }),
    { contains: { address: '7761 vineyard' } },
  ],
  [
    'la casa es la 5034 Archibald Ave... no perdón, 5043 Archibald Ave',
    SES('address', { slots: {} }),
    { contains: { address: '5043 archibald' } },
  ],
  [
    'We live at 9902 Banyan St, oops, 9920 Banyan St is right',
    S('address', { slots: {} }),
    { contains: { address: '9920 banyan' } },
  ],
  // kept as written
  [
    '1208 Baseline Rd, sorry, 1280 Baseline Rd',
    S('address', { slots: {} }),
    { slots: { address: '1280 Baseline Rd' } },
  ],
  // an apology that takes nothing back keeps the address
  [
    '6617 Carnelian St, sorry for the late reply, work was crazy',
    S('address', { slots: {} }),
    { contains: { address: '6617 carnelian' } },
  ],
  [
    '4490 Etiwanda Ave. actually we might also sell the lot next to it',
    S('address', { slots: {} }),
    { contains: { address: '4490 etiwanda' } },
  ],
]);

suite('a count said again after an apology replaces the first', [
  ['Two bedrooms. Sorry, three, my brother might stay with us', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['we need 3 bedrooms. oops, 4, my mom moves in', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['dos recámaras... más bien 3, por si viene mi suegra', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  // an apology or an "actually" about something else keeps the count
  ['3 bedrooms, sorry for the typos', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['4 bedrooms. actually we also want a pool', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['3 bedrooms. sorry 2 quick things: a pool and a yard', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['4 recámaras. perdón, 1 pregunta: ¿tiene patio?', ES('size'), { slots: { 'size.bedrooms': 4 } }],
]);

suite('a figure with decimals is never a bedroom count', [
  [
    '4 recámaras. y actually we can stretch to 1.2 if it is the one',
    ES('size'),
    { slots: { 'size.bedrooms': 4, 'budget.max': 1200000 } },
  ],
  ['5 beds, and we could go to 1.5', B('size'), { slots: { 'size.bedrooms': 5 } }],
  ['3 beds, sorry, 2.5 baths', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2.5 } }],
]);

suite('a visit or a home’s value asked in words the rules do not know: the trained question reading', [
  ['could we swing by for a peek this weekend?', B('budget'), { answer: 'showing' }],
  ['is there any way to walk through it thursday evening?', B('budget'), { answer: 'showing' }],
  ['¿habrá chance de verla el sábado?', ES('budget'), { answer: 'showing' }],
  ['¿la puedo ir a ver mañana después del trabajo?', ES('budget'), { answer: 'showing' }],
  ['how much could we get for ours if we list in spring?', B('budget'), { answer: 'home_value' }],
  ['¿Cuánto nos darían por la casa de mi suegra en Ontario?', ES('budget'), { answer: 'home_value' }],
  // a visit told, not asked; a price asked of this home; more homes asked for: none of them
  ['we saw it saturday at the open house, loved it', B('budget'), { answer: null }],
  ['ya la vimos el domingo, está bonita', ES('budget'), { answer: null }],
  ['how much is it?', B('budget'), { answer: 'agent' }],
  ['¿me pueden mandar más casas como esta?', ES('budget'), { answer: null }],
]);

const WITH_FEATURES: CorpusCase['setup'] = {
  kind: 'buyer',
  asking: 'budget',
  listing: {
    id: 'L-m65',
    price: 712000,
    beds: 4,
    baths: 3,
    area: 'Alta Loma',
    features: ['boat_parking', 'one-story', '2-car garage', 'casita'],
  },
};

const WITH_FEATURES_SPA: CorpusCase['setup'] = {
  kind: 'buyer',
  asking: 'budget',
  listing: {
    id: 'L-m65b',
    price: 655000,
    beds: 3,
    baths: 2,
    area: 'Etiwanda',
    features: ['spa', 'single story'],
  },
};

suite('a thing asked of the home is found among the listing’s features by any of its words', [
  ['is there room for our boat?', WITH_FEATURES, { answer: 'listing' }],
  ['is it single level?', WITH_FEATURES, { answer: 'listing' }],
  ['¿tiene garaje para dos carros?', { ...WITH_FEATURES, lang: 'es' }, { answer: 'listing' }],
  ['does it have boat parking?', WITH_FEATURES, { answer: 'listing' }],
  // a thing of no feature, or only a word that names none: the agent answers it
  ['is there room for a pool?', WITH_FEATURES, { answer: 'agent' }],
  ['does it have a big basement?', WITH_FEATURES, { answer: 'agent' }],
  ['¿tiene espacio para una huerta?', { ...WITH_FEATURES, lang: 'es' }, { answer: 'agent' }],
]);

suite('an apology takes back a figure unless it says what it is sorry for (review-s65)', [
  ['son 5 recámaras, disculpe, 4 nada más', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  [
    'la casa es 7731 Lemon Ave... corrección: 7713 Lemon Ave',
    SES('address', { slots: {} }),
    { contains: { address: '7713 lemon' } },
  ],
  [
    'we sell 8815 Amethyst Ave. sorry if the county site still lists our old place at 2290 Ramona Ave',
    S('address', { slots: {} }),
    { contains: { address: '8815 amethyst' } },
  ],
  ['3 recámaras, perdone por la tardanza', ES('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a visit wished, or told as already made; a home valued that is the lead’s own (review-s65)', [
  ['ojalá pudiéramos pasar a verla el domingo', ES('budget'), { answer: 'showing' }],
  ['hoping to go see it this weekend', B('budget'), { answer: 'showing' }],
  ['we went to see it on sunday, does it have a pool?', B('budget'), { answer: 'agent' }],
  ['ya la vimos el sábado, ¿cuánto es de HOA?', ES('budget'), { answer: 'agent' }],
  // the page's home priced beside a neighbour's sale is no home value of the lead's
  ['a mi compadre le dieron 702 por la suya, ¿y esta cuánto cuesta?', ES('budget'), { answer: 'agent' }],
]);

suite('a jacuzzi is a spa, one floor is one story (review-s65)', [
  ['does it come with a hot tub?', WITH_FEATURES_SPA, { answer: 'listing' }],
  ['is it all on one floor?', WITH_FEATURES_SPA, { answer: 'listing' }],
  ['does it have a sauna?', WITH_FEATURES_SPA, { answer: 'agent' }],
]);

suite('what is earned in a year is no time, whatever comes between the earning and the year', [
  ['we make like 184k combined a yr, want to stay under 610', B('budget'), { slots: { urgency: null } }],
  ['ganamos unos 96 mil entre los dos al año', ES('budget'), { slots: { urgency: null } }],
  ['my wife grosses 88k before taxes per year', B('budget'), { slots: { urgency: null } }],
  // a move in a year said beside it is still the move's time
  [
    'we earn 150k together a year and plan to move in a year or so',
    B('urgency'),
    { slots: { urgency: 'browsing' } },
  ],
  ['ganamos 70 mil al año, nos mudamos en 2 meses', ES('urgency'), { slots: { urgency: 'three_months' } }],
]);

suite(
  'opt-out: an agreement of the lead’s own, hours said in the plural, a search narrowed, a name crossed off',
  [
    ['can we opt out of the hoa landscaping program if we buy?', B('budget'), { optOut: false }],
    [
      '¿me puedo salir del contrato de los paneles antes de vender?',
      SES('timelineAccepted'),
      { optOut: false },
    ],
    ['no me llamen en las mañanas, en la tarde sí', ES('budget'), { optOut: false }],
    ['saquen todo lo de Hesperia de mi búsqueda, queda muy lejos', ES('areas'), { optOut: false }],
    ['please cross my name off your contact list', B('budget'), { optOut: true }],
    ['strike this number from your texting list', B('budget'), { optOut: true }],
    // a stop is still a stop
    ['opt me out of your texts', B('budget'), { optOut: true }],
    ['no me manden más mensajes', ES('budget'), { optOut: true }],
  ],
);
