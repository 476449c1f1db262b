import { B, ES, S, SES, conversationSuite, suite } from './probe-suite.js';

/**
 * Session 72's reading mechanisms (docs/BOTS.md section 74), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

suite(
  "a move said as what would follow, with one word between ('they'd move closer'), defers to another reason",
  [
    [
      "we want to downsize, the kids are gone. we'd probably move near my sister in Yucaipa",
      S('motivation'),
      { slots: { motivation: 'downsizing' } },
    ],
    [
      "they need something smaller, the stairs are too much now. they'd move closer to us in Redlands",
      S('motivation'),
      { slots: { motivation: 'downsizing' } },
    ],
    [
      'queremos algo más pequeño, los hijos ya se fueron. we would probably move closer to my son',
      S('motivation'),
      { slots: { motivation: 'downsizing' } },
    ],
    // (the move alone, or said as done or planned, is the reason)
    ["we're moving closer to my son in Redlands", S('motivation'), { slots: { motivation: 'relocation' } }],
    ['nos mudamos a Arizona por el trabajo', SES('motivation'), { slots: { motivation: 'relocation' } }],
    [
      "we want to downsize but honestly we're moving closer to the grandkids in Hesperia",
      S('motivation'),
      { slots: { motivation: 'relocation' } },
    ],
  ],
);

suite('a count of homes not to be sent or shown gives way to the count wanted', [
  [
    "don't send me any 2 bedrooms, we've seen enough of those. need 4 at minimum",
    B('size'),
    { slots: { 'size.bedrooms': 4 }, optOut: false },
  ],
  ['never show us 2 beds again lol, 4 at least', B('size'), { slots: { 'size.bedrooms': 4 }, optOut: false }],
  [
    'nunca me enseñes de 2 recámaras, ocupamos 3',
    ES('size'),
    { slots: { 'size.bedrooms': 3 }, optOut: false },
  ],
  ['dont send me 2 bedroom stuff', B('size'), { slots: { 'size.bedrooms': null }, optOut: false }],
  // (a count said after another thing not to be sent is the count wanted)
  [
    'quit showing us townhomes, 4 bed houses only',
    B('size'),
    { slots: { 'size.bedrooms': 4 }, optOut: false },
  ],
  // (a count asked to be sent, or a count not needed after one sent, is the count)
  ['send me 3 bedrooms in Fontana', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['can you send me 3 bedroom homes? we dont need 4', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a money topic the lead will not be bothered with is a topic, not a stop', [
  [
    'no me molesten con lo del banco, pagamos en efectivo',
    ES('financing'),
    { optOut: false, slots: { financing: 'cash' } },
  ],
  ["don't bother me with the mortgage stuff, we're paying cash", B('financing'), { optOut: false }],
  ['dont bug me with lender stuff yet, just send houses', B('financing'), { optOut: false }],
  ['leave me alone about the lowball offers', S('priceExpectation'), { optOut: false }],
  // (the lead, or our messages, are no topic)
  ['no me molesten más', ES('financing'), { optOut: true }],
  ["don't bother me anymore", B('financing'), { optOut: true }],
  ['no me molesten con llamadas ni mensajes', ES('financing'), { optOut: true }],
  ['dont bother me with texts about the loan', B('financing'), { optOut: true }],
]);

suite("'4 mil' said in Spanish is thousands, not the English slang for millions", [
  [
    'el banco nos dijo que calificamos hasta 610k, pero el pago no puede pasar de 3 mil',
    ES('budget'),
    { slots: { 'budget.max': 610000 } },
  ],
  ['hasta 550 mil, y la mensualidad máximo 3 mil', ES('budget'), { slots: { 'budget.max': 550000 } }],
  ['tenemos como 2 mil ahorrados nomás', ES('budget'), { slots: { budget: null } }],
  // (English slang, and Spanish millions said as such, stay millions)
  ["we're thinking like 1.3 mil", B('budget'), { slots: { 'budget.max': 1300000 } }],
  ['budget is 1.5 mil tops', B('budget'), { slots: { 'budget.max': 1500000 } }],
  ['hasta 1.3 millones', ES('budget'), { slots: { 'budget.max': 1300000 } }],
]);

suite('a way of paying said first, then not had, is refused', [
  [
    'efectivo no tengo jaja, todavía no he hablado con ningún banco',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['cash I dont have lol, need a loan', B('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'de contado no tenemos, vamos a necesitar préstamo',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  // (cash with no loan to be had or asked for is cash)
  ['pagamos cash, no tenemos que pedir préstamo', ES('financing'), { slots: { financing: 'cash' } }],
  ["we don't have to get a loan, paying cash", B('financing'), { slots: { financing: 'cash' } }],
  ['cash, no loan', B('financing'), { slots: { financing: 'cash' } }],
]);

const DISTRESSED = S('condition', {
  slots: { address: '1 Main St', motivation: 'financial', timelineAccepted: true },
});
suite(
  "'stop that' said of a thing named before it (a sale, a notice, a dog) asks for that thing to stop, not us",
  [
    [
      'they taped a notice of trustee sale on my door. can you stop that??',
      DISTRESSED,
      { optOut: false, escalation: 'legal' },
    ],
    [
      'el banco mandó un aviso de remate, ¿pueden pararlo?',
      DISTRESSED,
      { optOut: false, escalation: 'legal' },
    ],
    ["my neighbor's dog barks all night, could u stop that lol", DISTRESSED, { optOut: false }],
    // (nothing named before, or our messages named after the thing, stay a stop)
    ['can you stop that??', DISTRESSED, { optOut: true }],
    ['the sale fell through and now your texts keep coming. stop it', DISTRESSED, { optOut: true }],
    ['got the notice, and these messages too. please stop this', DISTRESSED, { optOut: true }],
  ],
);

suite('a Spanish question whether this is an automatic system is a disclosure question', [
  ['¿es un sistema automático? me contestaron súper rápido', ES('budget'), { disclosure: true }],
  ['¿esto es automático?', ES('budget'), { disclosure: true }],
  ['oye es un programa automatizado o qué', ES('budget'), { disclosure: true }],
  // (a system of the home is a question about the home)
  ['el sistema de riego es automático?', ES('budget'), { disclosure: false }],
  ['tiene un sistema automático de riego?', ES('budget'), { disclosure: false }],
]);

const LISTED = {
  kind: 'buyer' as const,
  asking: 'budget' as const,
  listing: { id: 'L-1', address: '1 Banyan St', price: 1385000, beds: 5, baths: 4, area: 'Etiwanda' },
};
suite("money said to be no obstacle answers the listing's price as in range", [
  [
    "budget's not an issue, we sold our place last year. paying cash",
    LISTED,
    { slots: { 'budget.max': 1385000 } },
  ],
  [
    'el precio no es problema, pagamos de contado',
    { ...LISTED, lang: 'es' },
    { slots: { 'budget.max': 1385000 } },
  ],
  ['money isnt an issue', LISTED, { slots: { 'budget.max': 1385000 } }],
  // (money said to be an obstacle, or asked about, is no yes)
  ['price is an issue tbh, thats a lot', LISTED, { slots: { budget: null } }],
  ['is the price negotiable?', LISTED, { slots: { budget: null } }],
]);

const TIME_ASKED = {
  kind: 'buyer' as const,
  asking: 'urgency' as const,
  slots: {
    budget: { max: 480000 },
    financing: 'pre_approved' as const,
    size: { bedrooms: 3 },
    areas: ['Loma Linda'],
  },
};
conversationSuite('the time of the move asked and left unanswered is answered by a time said later', [
  [
    [
      'uy no sé, depende de cuándo me den las vacaciones',
      'ah, y la cuota mensual no puede pasar de 3 mil dólares',
    ],
    'bueno, ya lo pensé: en unos dos meses',
    { ...TIME_ASKED, lang: 'es' },
    { slots: { urgency: 'three_months' } },
  ],
  [
    ['idk, depends on my lease', 'oh and we have a dog, need a yard'],
    'ok thought about it, like 5 months',
    TIME_ASKED,
    { slots: { urgency: 'six_months' } },
  ],
]);

suite('money received as a lump sum, or saved with its currency named, is money on hand, not the budget', [
  ['tenemos unos 60 mil dólares ahorrados para la entrada', ES('budget'), { slots: { budget: null } }],
  ['we have about 75 thousand dollars saved', B('budget'), { slots: { budget: null } }],
  [
    "i'm getting a settlement from the accident, roughly 140k, for the house",
    B('budget'),
    { slots: { budget: null } },
  ],
  ['my uncle left me 95k', B('budget'), { slots: { budget: null } }],
  ['mi abuelo me dejó como 70 mil de herencia', ES('budget'), { slots: { budget: null } }],
  // (a budget named after the lump sum, or a place left, is the budget)
  ['after the settlement our budget is 520k', B('budget'), { slots: { 'budget.max': 520000 } }],
  ['we left Pasadena, budget is 610k', B('budget'), { slots: { 'budget.max': 610000 } }],
  ['con la herencia podemos pagar hasta 450 mil', ES('budget'), { slots: { 'budget.max': 450000 } }],
]);

suite('a lump sum that helps reach a budget leaves the budget read', [
  [
    'tengo como 450 de crédito, pero con la herencia de mi papá llegamos a 500',
    ES('budget'),
    { slots: { 'budget.max': 500000 } },
  ],
  ['with the settlement we can stretch to 575k', B('budget'), { slots: { 'budget.max': 575000 } }],
]);
