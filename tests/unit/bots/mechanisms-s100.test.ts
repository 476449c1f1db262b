import { B, ES, S, SES, conversationSuite, picking, suite } from './probe-suite.js';

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

const THREE_EVENINGS = ['Thu Mar 12, 7:00pm', 'Fri Mar 13, 7:00pm', 'Sun Mar 15, 1:30pm'];
suite('after a pick, a day said with what the lead has then is the reason, not a second pick', [
  ['mejor el domingo, el viernes tengo ensayo con la banda', picking(THREE_EVENINGS, 'es'), { booked: 2 }],
  ['sunday works, friday i have practice', picking(THREE_EVENINGS), { booked: 2 }],
  ['the thursday one, friday we have a game', picking(THREE_EVENINGS), { booked: 0 }],
  // (a day picked alone, or picked after the day turned down, is the pick)
  ['el viernes', picking(THREE_EVENINGS, 'es'), { booked: 1 }],
  ['el jueves tengo junta, mejor el viernes', picking(THREE_EVENINGS, 'es'), { booked: 1 }],
]);

const SELLER_ES = SES('priceExpectation', {
  slots: {
    address: '1 Main St',
    motivation: 'retirement',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
});
suite('someone asking, for the phone they answer, that this number be written to no more opts it out', [
  [
    'Le escribe el hijo de doña Chuy. Mi mamá ya no entiende los mensajes, por favor ya no le escriban a este número.',
    SELLER_ES,
    { optOut: true },
  ],
  ['porfa ya no le manden nada a este cel', SELLER_ES, { optOut: true }],
  // (someone else's number is not this one)
  ['ya no le escriban a mi hermano, él ya vendió; yo sigo buscando', SELLER_ES, { optOut: false }],
]);

const SAT_PICK = ['Thu Mar 12, 4:45pm', 'Sat Mar 14, 10:30am', 'Tue Mar 17, 6:00pm'];
suite("a hold, then a call's day or slot turned down, corrects a pick: no stop", [
  ['stop, not thursday, i work thursdays. the saturday one', picking(SAT_PICK), { optOut: false, booked: 1 }],
  ['para, no el jueves, mejor el sábado', picking(SAT_PICK, 'es'), { optOut: false, booked: 1 }],
  ['wait stop, not the first one, the last', picking(SAT_PICK), { optOut: false, booked: 2 }],
  // (a hold then our messages turned down, or "not one more", stays a stop)
  ['stop, not one more text', picking(SAT_PICK), { optOut: true }],
  ['stop, no more texts', picking(SAT_PICK), { optOut: true }],
]);

suite("'don't put me on' a day turns that day down", [
  ["don't put me on thursday, i have a meeting. saturday works", picking(SAT_PICK), { booked: 1 }],
  ['dont book me for the morning one, tuesday is better', picking(SAT_PICK), { booked: 2 }],
]);

suite("someone else's stop, then the lead's own wish to sell or buy, is no stop", [
  [
    'Mi ex dice que le digan que dejen de llamarle, pero la casa es mía y yo sí quiero vender',
    SELLER_ES,
    { optOut: false },
  ],
  ['my husband says stop calling him, but i do want to sell', SELLER_ES, { optOut: false }],
  // (the lead's own stop, even with a wish to sell elsewhere, stays a stop)
  ['dejen de llamarme, yo sí quiero vender pero con otro agente', SELLER_ES, { optOut: true }],
]);

const CLINIC = ['Wed Mar 11, 9:30am', 'Thu Mar 12, 3:15pm', 'Sat Mar 14, 11:00am'];
suite('a slot picked by its number keeps its pick through the part of the day said why', [
  ['el 2, el de la tarde, because mornings estoy en el taller', picking(CLINIC, 'es'), { booked: 1 }],
  ['the 2nd one, afternoons are better since mornings i drive the bus', picking(CLINIC), { booked: 1 }],
  // (a part alone still picks by itself)
  ['mornings', picking(CLINIC), { booked: null }],
]);

const FRIDAY_EARLY = ['Fri Mar 13, 8:00am', 'Mon Mar 16, 4:45pm', 'Tue Mar 17, 10:15am'];
suite("a count of rooms said while picking is no slot's number", [
  [
    'el viernes temprano está bien, and btw cambiamos de idea, 3 recámaras está bien',
    picking(FRIDAY_EARLY, 'es'),
    { booked: 0, slots: { 'size.bedrooms': 3 } },
  ],
  ['friday morning works, oh and actually 2 baths is fine', picking(FRIDAY_EARLY), { booked: 0 }],
  // (a slot's number is still its pick)
  ['friday works, actually no, make it 3', picking(FRIDAY_EARLY), { booked: 2 }],
]);

suite('money offered to the agent off the deal, or sent back per loan closed, is a kickback', [
  [
    'si nos encuentras algo rápido te doy 800 dólares por fuera, que quede entre nosotros',
    ES('budget'),
    { alertTopic: 'kickback' },
  ],
  ["find us something quick and i'll give you 1k cash on the side", B('budget'), { alertTopic: 'kickback' }],
  [
    "i run a loan shop, send me your clients and i'll send you 250 per funded loan",
    B('budget'),
    { alertTopic: 'kickback' },
  ],
  // (a number, a document or a side of the house is no payment)
  ['te doy mi número, entre nosotros mejor por whatsapp', ES('budget'), { alertTopic: null }],
  ["i'll send you the pre approval for the loan", B('budget'), { alertTopic: null }],
]);

const HALF_PAST = ['Thu Mar 12, 10:00am', 'Fri Mar 13, 2:00pm', 'Fri Mar 13, 6:30pm'];
suite('half and quarter hours said in words are read as the clock writes them', [
  ['el viernes a las 6 y media', picking(HALF_PAST, 'es'), { booked: 2 }],
  ['friday, half past 6', picking(HALF_PAST), { booked: 2 }],
  ['friday at 2 works', picking(HALF_PAST), { booked: 1 }],
  ['the 6:30 one', picking(HALF_PAST), { booked: 2 }],
]);

const BUY_ASKED = { intent: 'buy' as const, kind: 'buyer' as const, asking: 'budget' as const };
conversationSuite('a budget named as such replaces one read from a message that named none', [
  [
    ['somos dos maestros, tenemos 60 mil para la entrega'],
    'ah, el rango sería entre 480 y 540',
    { ...BUY_ASKED, lang: 'es' },
    { slots: { 'budget.min': 480000, 'budget.max': 540000 } },
  ],
  [
    ['we pay 2,100 in rent right now and make about 9k a month together'],
    'our budget is up to 525k',
    BUY_ASKED,
    { slots: { 'budget.max': 525000 } },
  ],
  // (a budget named as such is not replaced by a lender's figure alone, nor by a bare figure)
  [
    ['price range? between 400 y 425'],
    'tengo pre approval de mi credit union hasta 430',
    { ...BUY_ASKED, lang: 'es' },
    { slots: { 'budget.min': 400000, 'budget.max': 425000 } },
  ],
  [['our budget is 500k'], 'we have 60k saved', BUY_ASKED, { slots: { 'budget.max': 500000 } }],
]);
