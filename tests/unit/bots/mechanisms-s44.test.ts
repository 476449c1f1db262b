import { B, ES, fairHousing, noAlert, S, SES, suite } from './probe-suite.js';

/**
 * Session 34's mechanisms (docs/BOTS.md section 38), with near neighbours written for this file (not the phrasings of
 * the sets they came from) and the hard negatives beside them.
 */
const UPGRADING = { slots: { address: '8231 Haven Ave', motivation: 'upgrading' } };

// (in the lead's own order since session 50: the whole answer is the lead's list)
suite('a list that names a known place again with others is the whole answer', [
  [
    'rialto or fontana, whichever is cheaper',
    B('urgency', { slots: { areas: ['Fontana'] } }),
    { slots: { areas: ['Rialto', 'Fontana'] } },
  ],
  [
    'Upland o Claremont, por la escuela de los niños',
    ES('size', { slots: { areas: ['Upland'] } }),
    { slots: { areas: ['Upland', 'Claremont'] } },
  ],
  [
    'my sister lives in Pomona',
    B('urgency', { slots: { areas: ['Upland'] } }),
    { slots: { areas: ['Upland'] } },
  ],
]);

suite('a value taken back inside one message', [
  [
    'pre-approved for 640, nope, 610 after the rate went up',
    B('budget'),
    { slots: { 'budget.max': 610000 } },
  ],
  [
    'Te dije 600 mil pero lo pensé y mejor hasta 550',
    ES('financing', { slots: { budget: { max: 600000 } } }),
    { slots: { 'budget.max': 550000 } },
  ],
  ['4 recámaras y mejor si tiene patio', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['3 bedrooms, sorry for the slow reply', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('the agent asked for by the surname, a title, or to deal with him', [
  ['I would rather go over the numbers with Mr. Salas himself', B('size'), { escalation: 'person' }],
  ['quisiera tratar esto directamente con el señor Salas', ES('size'), { escalation: 'person' }],
  ['I want to deal with Jorge from now on', B('size'), { escalation: 'person' }],
  ['find me somebody who knows the area', B('size'), { escalation: 'person' }],
  ['can you facetime me so I can ask about the kitchen', B('size'), { escalation: 'person' }],
  ['¿Me podés pasar con Jorge?', ES('size'), { escalation: 'person' }],
  ['my cousin worked with Mr. Salas back in 2019', B('size'), { escalation: null }],
  ['no need to talk to Jorge yet, just send listings', B('size'), { escalation: null }],
  ['does Mr. Salas work weekends?', B('size'), { escalation: null }],
]);

suite('a seller who keeps the home and buys instead', [
  [
    'we talked it over, we will keep the house and rent it, and buy a bigger one',
    S('timelineAccepted', UPGRADING),
    { kind: 'buyer' },
  ],
  [
    'no la vamos a vender, mejor queremos comprar otra para rentar',
    SES('timelineAccepted', UPGRADING),
    { kind: 'buyer' },
  ],
  ['we want to keep it until school is out, then sell', S('timelineAccepted', UPGRADING), { kind: 'seller' }],
  [
    "we can't afford to keep the house, so we have to sell and buy something cheaper",
    S('timelineAccepted', UPGRADING),
    { kind: 'seller' },
  ],
]);

suite('a cash offer asked about is a seller cue', [
  ['do you guys make cash offers? the house needs a lot of work', undefined, { kind: 'seller' }],
  ['I am a cash buyer looking in Etiwanda', undefined, { kind: 'buyer' }],
]);

suite('several amounts, and the seller’s wish says which is the price', [
  [
    'the house next door went for 705, we would be happy with 690',
    S('priceExpectation'),
    { slots: { priceExpectation: 690000 } },
  ],
  [
    'mi compadre vendió en 520, nosotros queremos unos 540',
    SES('priceExpectation'),
    { slots: { priceExpectation: 540000 } },
  ],
  [
    'we still owe like 250, hoping to get 475',
    S('priceExpectation'),
    { slots: { priceExpectation: 475000 } },
  ],
  [
    'we were hoping for 700 but realistically 650',
    S('priceExpectation'),
    { slots: { priceExpectation: 650000 } },
  ],
  ['we want 700, the neighbor got 720', S('priceExpectation'), { slots: { priceExpectation: 700000 } }],
]);

suite('a ceiling after a first amount, a budget that moved, "pa\'l"', [
  ['unos 600, a lo mucho 650', ES('budget'), { slots: { 'budget.max': 650000 } }],
  ['around 450, at the most 480', B('budget'), { slots: { 'budget.max': 480000 } }],
  [
    'the bank bumped us up to 610, so that is the new max',
    B('size', { slots: { budget: { max: 550000 } } }),
    { slots: { 'budget.max': 610000 } },
  ],
  [
    "tenemos 80 mil pa'l enganche y nos aprobaron hasta 520",
    ES('budget'),
    { slots: { 'budget.max': 520000 } },
  ],
]);

const RETIRING = { slots: { address: '8231 Haven Ave', motivation: 'retirement' } };
suite('the 30 to 45 days named, and the seller’s own longer time preferred', [
  [
    '45 days feels rushed, we would rather aim for 7 months',
    S('timelineAccepted', RETIRING),
    { slots: { timelineAccepted: false } },
  ],
  [
    '30 días, mmm, mejor como en 8 meses',
    SES('timelineAccepted', RETIRING),
    { slots: { timelineAccepted: false } },
  ],
  [
    '30-45 days is fine, 2 months at the latest',
    S('timelineAccepted', RETIRING),
    { slots: { timelineAccepted: true } },
  ],
]);

suite('a growing family and money that no longer reaches, in other words', [
  [
    'we are having a baby in june and the 2 bed is already tight',
    S('motivation'),
    { slots: { motivation: 'upgrading' } },
  ],
  [
    'vamos a tener otro bebé y la casa ya no nos queda',
    SES('motivation'),
    { slots: { motivation: 'upgrading' } },
  ],
  [
    'la plata ya no nos alcanza y debemos dos meses de la casa',
    SES('motivation'),
    { slots: { motivation: 'financial' } },
  ],
  ['we owe 280 on the mortgage still', S('condition'), { slots: { motivation: null } }],
]);

suite('a call asked of the agent in other words, and one told of someone else', [
  ['can Jorge give us a buzz this week?', B('size'), { escalation: 'person' }],
  ['could Jorge shoot me a call after 5?', B('size'), { escalation: 'person' }],
  ['dile a Jorge que me timbre mañana temprano', ES('size'), { escalation: 'person' }],
  ['we would love a call from Mr. Salas', B('size'), { escalation: 'person' }],
  ['could somebody call us about the loan stuff', B('size'), { escalation: 'person' }],
  ['mejor écheme un fonazo al rato', ES('size'), { escalation: 'person' }],
  ['my loan officer will give me a ring on monday', B('size'), { escalation: null }],
  ['el banco dijo que me llaman mañana', ES('size'), { escalation: null }],
  ['my husband said just call me', B('size'), { escalation: 'person' }],
]);

suite('"un millón cincuenta", a stretch "if we squeeze", an amount "give or take"', [
  [
    'con un millón cincuenta quedamos bien',
    SES('priceExpectation'),
    { slots: { priceExpectation: 1050000 } },
  ],
  ['a million fifty would make us happy', S('priceExpectation'), { slots: { priceExpectation: 1050000 } }],
  ['we can do 550, 575 if we have to', B('budget'), { slots: { 'budget.max': 575000 } }],
  ['the HOA is 300 give or take', B('size'), { slots: { budget: null } }],
]);

suite('a sale said as putting the home up, ours to sell, a figure taken up, a pre-qual done', [
  ['queremos poner nuestra casa en venta', undefined, { kind: 'seller' }],
  ['thinking we put our place up for sale this spring', undefined, { kind: 'seller' }],
  [
    'mi vecino dice que vale unos 610 mil, con eso quedamos',
    SES('priceExpectation'),
    { slots: { priceExpectation: 610000 } },
  ],
  ['the pre-qual is done, Wells Fargo', B('financing'), { slots: { financing: 'pre_approved' } }],
]);

suite('a sincere bot-or-person question in other words', [
  ['hey am I texting con un robot?', B('budget'), { disclosure: true }],
  ['¿usted es Jorge en persona o es un programa?', ES('budget'), { disclosure: true }],
  ['is this Jorge himself or some sort of chatbot?', B('budget'), { disclosure: true }],
  ['may I ask with whom I am speaking?', B('budget'), { disclosure: true }],
  ['are you in Fontana or in Rialto?', B('budget'), { disclosure: false }],
  ['¿eres de aquí o de Texas?', ES('budget'), { disclosure: false }],
]);

suite('a kickback and a commission asked in other words', [
  [
    'I can send my crew your way if you slip me something for each one that buys',
    B('size'),
    { alertTopic: 'kickback' },
  ],
  ["I'll zelle you 200 for every buyer I send", B('size'), { alertTopic: 'kickback' }],
  [
    'si le manda clientes a mi compadre, él le da dinero por cada uno',
    ES('size'),
    { alertTopic: 'kickback' },
  ],
  ['I will send my friends your way, they love the area', B('size'), { alertTopic: null }],
  ['What percentage does Mr. Salas take for listing?', S('motivation'), { alertTopic: 'commission' }],
]);

suite('Fair Housing cues by origin and by household, in other words', [
  ['which part has fewer Filipino families?', B('areas'), fairHousing],
  ['queremos una zona donde no haya tanta gente de Guatemala', ES('areas'), fairHousing],
  ['which of these towns is best for retirees?', B('areas'), fairHousing],
  ['we love Korean food, any good spots near Etiwanda?', B('areas'), noAlert],
]);

suite(
  'opt-outs in other registers, a call asked in few words, a house number corrected, an approval in principle',
  [
    ['nae more messages, cheers', B('budget'), { optOut: true }],
    ['dejadme ya en paz con las casas', ES('budget'), { optOut: true }],
    ['no me sigan texeando porfa', ES('budget'), { optOut: true }],
    ['nae bother, 3 bedrooms is grand', B('size'), { optOut: false, slots: { 'size.bedrooms': 3 } }],
    ['please call. 909 555 0172', S('condition'), { escalation: 'person' }],
    ['could someone telephone me this week?', B('size'), { escalation: 'person' }],
    [
      '6120 Amethyst Ave, wait no, 6210',
      S('address', { slots: {} }),
      { contains: { address: '6210 amethyst' } },
    ],
    [
      '5510 Hellman Ave, no wait, 640 is what we want',
      S('address', { slots: {} }),
      { contains: { address: '5510 hellman' } },
    ],
    [
      'we have a mortgage in principle from Nationwide',
      B('financing'),
      { slots: { financing: 'pre_approved' } },
    ],
  ],
);
