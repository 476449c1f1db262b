import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, conversationSuite, ES, S, priceAsked, priceAskedEs, SES, suite } from './probe-suite.js';

/**
 * Session 56's reading mechanisms (docs/BOTS.md section 60), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const budget = B('budget');
const budgetEs = ES('budget');

suite('the budget question answered with a household member’s limit only, whatever follows it', [
  ["he says nothing over 615, that's final", budget, { slots: { budget: { max: 615000 } } }],
  ['she said 590 is the limit, thats what we can do', budget, { slots: { budget: { max: 590000 } } }],
  ['my partner says 540 max, that is it', budget, { slots: { budget: { max: 540000 } } }],
  ['mi esposa dice que nada arriba de 575, eso es todo', budgetEs, { slots: { budget: { max: 575000 } } }],
  // the lead's own figure beside it is the answer
  [
    'she says nothing over 600 but i think 640, thats my take',
    budget,
    { slots: { budget: { min: 512000, max: 640000 } } },
  ],
]);

suite('...never a figure of something else someone else said', [
  ["my dad says homes in etiwanda go for 900, that's crazy", budget, { slots: { budget: null } }],
  ["my sister paid 500 max for hers, that's insane", budget, { slots: { budget: null } }],
  ['he says the hoa cant be over 300, thats his rule', budget, { slots: { budget: null } }],
]);

suite('commission said as the lead’s pay by its period is income, not a question about our fee', [
  [
    'i clear about 8k a month in commission so maybe 515?',
    budget,
    { slots: { budget: { min: 412000, max: 515000 } }, alertTopic: null },
  ],
  [
    'we make like 11k a month in commissions, budget 590',
    budget,
    { slots: { budget: { min: 472000, max: 590000 } }, alertTopic: null },
  ],
  [
    'gano como 6 mil al mes en comisiones, hasta 455',
    budgetEs,
    { slots: { budget: { max: 455000 } }, alertTopic: null },
  ],
  // ...a question about the fee is still one
  ['whats your commission? we are thinking 515', budget, { alertTopic: 'commission' }],
  ['how much commission do you charge a month lol', budget, { alertTopic: 'commission' }],
]);

suite('a wage by the night or the shift is no budget', [
  ['my tips are like 240 a night so idk, maybe hasta 380?', budget, { slots: { budget: { max: 380000 } } }],
  ['i make 310 a shift, thinking 460', budget, { slots: { budget: { min: 368000, max: 460000 } } }],
  ['gano 280 por turno, como 430 la casa', budgetEs, { slots: { budget: { min: 344000, max: 430000 } } }],
  [
    'we pay 130 a night at the motel rn, budget is 505',
    budget,
    { slots: { budget: { min: 404000, max: 505000 } } },
  ],
]);

const size = B('size');
const sizeEs = ES('size');

suite('bedrooms: a wish, then the least the buyer takes ("4 ideally, 3 is the minimum")', [
  ['5 bed ideally, 4 is the minimum', size, { slots: { size: { bedrooms: 4, maxBedrooms: 5 } } }],
  ['4 would be nice, 3 is the bare minimum', size, { slots: { size: { bedrooms: 3, maxBedrooms: 4 } } }],
  ['5 seria lo ideal, 4 es el minimo', sizeEs, { slots: { size: { bedrooms: 4, maxBedrooms: 5 } } }],
  // one count alone stays as it is
  ['3 is the minimum', size, { slots: { size: { bedrooms: 3 } } }],
]);

suite('bedrooms: a count taken back with "wait stop", "no stop", "bueno," or an opening "espérame"', [
  [
    '3 bedrooms. wait stop, 4, my mom is moving in',
    size,
    { slots: { size: { bedrooms: 4 } }, optOut: false },
  ],
  ['2, no stop, 3', size, { slots: { size: { bedrooms: 3 } }, optOut: false }],
  ['2 recámaras... bueno, 3, porque viene mi suegra', sizeEs, { slots: { size: { bedrooms: 3 } } }],
  ['3, make it 4', size, { slots: { size: { bedrooms: 4 } } }],
  ['3 o sea 4', sizeEs, { slots: { size: { bedrooms: 4 } } }],
  // a real stop after a count is still a stop
  ['3 bedrooms, no stop texting me', size, { optOut: true }],
]);

const knownSize = {
  kind: 'buyer',
  asking: 'urgency',
  slots: { budget: { min: 440000, max: 550000 }, financing: 'pre_approved', size: { bedrooms: 4 } },
} as CorpusCase['setup'];
const knownSizeEs = { ...knownSize, lang: 'es' } as CorpusCase['setup'];

suite('a count said again after a take-back at a later question replaces the known one', [
  ['Espérame, mi esposo dice que con 3 nos alcanza', knownSizeEs, { slots: { size: { bedrooms: 3 } } }],
  ['hold on, 3 is enough', knownSize, { slots: { size: { bedrooms: 3 } } }],
  ['no espera, mejor 5 recámaras', knownSizeEs, { slots: { size: { bedrooms: 5 } } }],
  // no take-back: the known count stays
  ['in about 2 months, 3 kids in school so summer', knownSize, { slots: { size: { bedrooms: 4 } } }],
]);

const reason = S('motivation');
const reasonEs = SES('motivation');

suite('a job at, with or for an employer, then its place: a relocation there', [
  [
    'my wife got a job at a hospital in boise',
    reason,
    { slots: { motivation: 'relocation', relocationDestination: 'Boise' } },
  ],
  [
    'he accepted a teaching job at the college in flagstaff, starts in the fall',
    reason,
    { slots: { motivation: 'relocation', relocationDestination: 'Flagstaff' } },
  ],
  [
    'got a job with the county in reno',
    reason,
    { slots: { motivation: 'relocation', relocationDestination: 'Reno' } },
  ],
  [
    'me salió un contrato con una compañía de seguridad en Tulsa',
    reasonEs,
    { slots: { motivation: 'relocation', relocationDestination: 'Tulsa' } },
  ],
  [
    'a mi esposo le dieron un puesto en Reno',
    reasonEs,
    { slots: { motivation: 'relocation', relocationDestination: 'Reno' } },
  ],
  // ...an employer with no place after it names none
  ['he got a job at walmart', reason, { slots: { relocationDestination: null } }],
  // a lease is no job
  [
    'el contrato de la renta en Ontario se acaba y ya no queremos rentar',
    reasonEs,
    { slots: { relocationDestination: null } },
  ],
]);

conversationSuite('a household limit after earlier turns', [
  [
    ['hi', 'we want to buy'],
    "she says nothing over 625, that's firm",
    { kind: 'lead' },
    { slots: { budget: { max: 625000 } } },
  ],
]);

const condition = S('condition', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
});
const conditionEs = SES('condition', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
});

suite('the home called ready, its parts new, a coat of paint given (English, Spanish, Spanglish)', [
  [
    'we put in a new kitchen two years ago, so its ready',
    condition,
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'le cambiamos el roof y las ventanas, so it is ready',
    conditionEs,
    { slots: { condition: 'move_in_ready' } },
  ],
  ['el piso es nuevo y la cocina también', conditionEs, { slots: { condition: 'move_in_ready' } }],
  ['le dimos una pintadita por dentro el año pasado', conditionEs, { slots: { condition: 'move_in_ready' } }],
  ['está bien chida la casa, no le falta nada', conditionEs, { slots: { condition: 'move_in_ready' } }],
  // a time it will be ready, or papers ready, say nothing of the home
  ['we can list once it is ready', condition, { slots: { condition: null } }],
  ['the paperwork is ready', condition, { slots: { condition: null } }],
]);

const distress = S('condition', {
  slots: { address: '8231 Haven Ave', motivation: 'financial', timelineAccepted: true },
});
const distressEs = SES('condition', {
  slots: { address: '8231 Haven Ave', motivation: 'financial', timelineAccepted: true },
});

suite('the home itself to be auctioned is a foreclosure (escalated), whoever says it', [
  [
    'a letter came, the house gets auctioned in 6 weeks. can they do that?',
    distress,
    { escalation: 'legal' },
  ],
  ['our place is being auctioned off next month', distress, { escalation: 'legal' }],
  ['dicen que rematan la casa en dos meses, ¿se puede parar?', distressEs, { escalation: 'legal' }],
  ['me dijeron que subastan mi casa en marzo', distressEs, { escalation: 'legal' }],
  // someone else's home sold at auction is no escalation
  ['the house next door got auctioned last year', distress, { escalation: null }],
]);

suite('payments no longer managed, in Spanish: financial', [
  [
    'los pagos ya no los puedo sacar desde que cerraron la panadería',
    SES('motivation'),
    { slots: { motivation: 'financial' } },
  ],
  ['no alcanzamos a cubrir la hipoteca', SES('motivation'), { slots: { motivation: 'financial' } }],
  ['la mensualidad ya no la podemos hacer', SES('motivation'), { slots: { motivation: 'financial' } }],
]);

suite('a person or a bot "there": a sincere ask; the world said to be AI is none', [
  ['¿hay una persona ahí o es puro bot?', ES('budget'), { disclosure: true }],
  ['hay un human ahi o puro robot?', ES('budget'), { disclosure: true }],
  ['is there a real person there or just a bot?', B('budget'), { disclosure: true }],
  ['ya todo es inteligencia artificial, qué miedo. como 480', ES('budget'), { disclosure: false }],
  ['everything is AI these days lol, 520', B('budget'), { disclosure: false }],
  // ...a place asked about is no disclosure
  ['is there someone there or just a lockbox?', B('budget'), { disclosure: false }],
]);

suite(
  'a must-have in a denied wish further back ("not interested in a place with a pool") or "nothing with"',
  [
    ['2 bed is fine. not interested in a place with a pool though', size, { slots: { mustHaves: null } }],
    ['nothing with a pool, too much upkeep', size, { slots: { mustHaves: null } }],
    ['no queremos una casa que tenga alberca', sizeEs, { slots: { mustHaves: null } }],
    ['nada con alberca porfa', sizeEs, { slots: { mustHaves: null } }],
    // ...a wish stays one
    ['a pool would be nice', size, { slots: { mustHaves: ['pool'] } }],
    ['not sure yet, we need a place with a pool', size, { slots: { mustHaves: ['pool'] } }],
  ],
);

const timing = {
  kind: 'buyer',
  asking: 'urgency',
  slots: { budget: { min: 491200, max: 614000 }, financing: 'pre_approved', size: { bedrooms: 4 } },
} as CorpusCase['setup'];

suite('"N weeks from now" after a lease verb is a date, not the present ("we rent right now")', [
  ['lease ends 6 weeks from now', timing, { slots: { urgency: 'three_months' } }],
  ['lease ending 2 months from now', timing, { slots: { urgency: 'three_months' } }],
  ['our lease finishes 3 weeks from now', timing, { slots: { urgency: 'immediate' } }],
  ['we rent right now, moving in 3 months', timing, { slots: { urgency: 'three_months' } }],
]);

suite('a public employer’s office is where the lead works, not an area wanted', [
  [
    'hi, I work for the building dept in ontario and my fiancée and I are looking to buy',
    { kind: 'lead' },
    { slots: { areas: null } },
  ],
  [
    'trabajo para el departamento de bomberos en fontana y queremos comprar',
    { kind: 'lead', lang: 'es' },
    { slots: { areas: null } },
  ],
]);

suite(
  'after review-s70: a partner named the familiar way speaks for the household, the lead’s own figure wins',
  [
    [
      'mi viejo dice que 640 pero yo digo que llegamos a 690',
      budgetEs,
      { slots: { budget: { min: 552000, max: 690000 } } },
    ],
    [
      'my boyfriend says 720 max but honestly id rather stay around 655',
      budget,
      { slots: { budget: { min: 524000, max: 655000 } } },
    ],
  ],
);

suite('after review-s70: base pay, straight commission, pay by the day’s work', [
  [
    'base plus commission i take home about 7k a month, keep it under 430',
    budget,
    { slots: { budget: { max: 430000 } }, alertTopic: null },
  ],
  ["i'm straight commission at the dealership, so maybe 615 max", budget, { alertTopic: null }],
  [
    'me pagan 260 por jornada, buscamos algo de 420 mil',
    budgetEs,
    { slots: { budget: { min: 336000, max: 420000 } } },
  ],
]);

suite('after review-s70: bedrooms and baths said again, a floor after a wish, part of the rooms', [
  ['ideally 6 but minimum 5', size, { slots: { size: { bedrooms: 5, maxBedrooms: 6 } } }],
  [
    'lo ideal serían 4, pero mínimo 3 recámaras',
    sizeEs,
    { slots: { size: { bedrooms: 3, maxBedrooms: 4 } } },
  ],
  ['2 recámaras... bueno, 3 pa mi mamá', sizeEs, { slots: { size: { bedrooms: 3 } } }],
  ['4 bed 2 bath, wait, 3 baths', size, { slots: { size: { bedrooms: 4, bathrooms: 3 } } }],
  [
    'hold on, 2 of the bedrooms need to be on the first floor. by june ideally',
    knownSize,
    { slots: { size: { bedrooms: 4 } } },
  ],
]);

suite('after review-s70: a destination only beside a move or a retirement; no place "auction"', [
  [
    'our oldest got hired at a hospital in Denver, so its just the two of us in 5 bedrooms, way too much house',
    reason,
    { slots: { motivation: 'downsizing', relocationDestination: null } },
  ],
  ['retiring in may and heading to tucson', reason, { slots: { relocationDestination: 'Tucson' } }],
  ['the house is going to auction next month', distress, { slots: { relocationDestination: null } }],
  ['the place three doors down went to auction in may, i want out', distress, { escalation: null }],
  ['me llegó carta que la casa goes to auction en 4 semanas', distressEs, { escalation: 'legal' }],
  ['la casa ya es demasiado pa nosotros dos', reasonEs, { slots: { motivation: 'downsizing' } }],
]);

const listingPage = B('budget');
const listingPageEs = ES('budget');

suite('why the owners sell, said by the verb, is a question for the agent; a question closed by "or nah"', [
  ['¿y por qué la andan vendiendo?', listingPageEs, { answer: 'agent' }],
  ['why are they moving out?', listingPage, { answer: 'agent' }],
  ['did someone already put an offer on it or nah', listingPage, { answer: 'agent' }],
  // "why?" back at the bot, or a statement closed by "or not", asks nothing
  ['why?', listingPage, { answer: null }],
  ['idk if we are buying or not', listingPage, { answer: null }],
]);

suite('a payment for sending the agent’s clients to a third party is a kickback, in its many shapes', [
  [
    'my uncle does mortgages, if you send your buyers to him he will hook you up with 300 a loan',
    listingPage,
    { alertTopic: 'kickback' },
  ],
  ["if you point your clients his way he'll take care of you", listingPage, { alertTopic: 'kickback' }],
  [
    'mi cuñado es inspector, si usted le manda clientes él le da una lana',
    listingPageEs,
    { alertTopic: 'kickback' },
  ],
  ['si le recomiendo a mis compas, ¿cuánto me toca?', listingPageEs, { alertTopic: 'kickback' }],
  ['if i refer my coworkers whats in it for me?', listingPage, { alertTopic: 'kickback' }],
  // ...never a call offered, a number passed, nor the lead's own proceeds
  ['if you send me the listings i will give you a call', listingPage, { alertTopic: null }],
  ['si le mandas las fotos a mi esposa, ella te da su número', listingPageEs, { alertTopic: null }],
  ['si vendemos, ¿cuánto nos toca de la venta?', listingPageEs, { alertTopic: null }],
]);

suite('Fair Housing: national origin, religion, age, familial status and disability asked of a place', [
  ['¿hay muchos salvadoreños por esa zona?', listingPageEs, { alertTopic: 'fair_housing' }],
  ['is that street mostly filipinos?', listingPage, { alertTopic: 'fair_housing' }],
  ['¿dónde viven más familias evangélicas?', listingPageEs, { alertTopic: 'fair_housing' }],
  ['is it mostly retired people over there?', listingPage, { alertTopic: 'fair_housing' }],
  ['we want a neighborhood without group homes', listingPage, { alertTopic: 'fair_housing' }],
  ['is Alta Loma good for families like us?', listingPage, { alertTopic: 'fair_housing' }],
  // ...a trait of the lead's own is no question about a place
  ['my wife is colombian and we want 3 bedrooms', B('size'), { alertTopic: null }],
  ['no stairs please, my dad is disabled', B('size'), { alertTopic: null }],
]);

suite('a person asked for in other words; a question of what answers stays a disclosure', [
  ['¿me llama don Jorge mañana temprano? ando en la obra', sizeEs, { escalation: 'person' }],
  ['pásame con un ser humano por favor', sizeEs, { escalation: 'person' }],
  ['¿habrá forma de que me atienda alguien del equipo?', sizeEs, { escalation: 'person' }],
  ['have somebody from the office reach out this afternoon', size, { escalation: 'person' }],
  ["i'd prefer a real person for the money part", size, { escalation: 'person' }],
  ['¿me atiende una persona o una máquina?', sizeEs, { disclosure: true, escalation: null }],
]);

suite('a legal word denied in a list is no legal matter; "ni modo" denies nothing', [
  ['nada de abogados ni de deudas, nomás nos queda grande', reasonEs, { escalation: null }],
  ['no es por bancos ni nada de abogados, ya nos retiramos', reasonEs, { escalation: null }],
  ['ni modo, el abogado dice que hay que vender por la herencia', reasonEs, { escalation: 'legal' }],
]);

const when = B('urgency', {
  slots: { budget: { min: 400000, max: 500000 }, financing: 'cash', size: { bedrooms: 3 } },
});
const whenEs = ES('urgency', {
  slots: { budget: { min: 400000, max: 500000 }, financing: 'cash', size: { bedrooms: 3 } },
});

suite(
  'a time said other ways: "as soon as humanly possible", "este mismo mes", "un par de años", "no real deadline"',
  [
    ['as soon as humanly possible, we are on a month to month', when, { slots: { urgency: 'immediate' } }],
    ['as soon as we possibly can', when, { slots: { urgency: 'immediate' } }],
    ['nos queremos mudar este mismo mes', whenEs, { slots: { urgency: 'immediate' } }],
    ['de aquí a un par de años', whenEs, { slots: { urgency: 'browsing' } }],
    ['no hard deadline, just keeping an eye on the market', when, { slots: { urgency: 'browsing' } }],
    // a date said beside it still says when
    ['no real deadline but the lease ends in 2 months', when, { slots: { urgency: 'three_months' } }],
  ],
);

suite(
  'a reason denied ("no es que...", "ni divorcio ni nada") gives way to the one said; "lo contrataron en"',
  [
    [
      "it's not that we're behind on payments, we just need a bigger yard for the dogs",
      reason,
      { slots: { motivation: 'upgrading' } },
    ],
    [
      'ni divorcio ni nada de eso, ya los hijos se fueron y queremos algo chico',
      reasonEs,
      { slots: { motivation: 'downsizing' } },
    ],
    [
      'no es que nos vayan a quitar la casa, es que a mi esposa la contrataron en Phoenix',
      reasonEs,
      { slots: { motivation: 'relocation', relocationDestination: 'Phoenix' } },
    ],
    // a reason said outright stays
    ['we are behind on payments since my hours got cut', reason, { slots: { motivation: 'financial' } }],
  ],
);

suite('a count concluded after a story: "so it should be four", "so 4 total"', [
  [
    'we need 3. actually my mother in law is staying with us, so it should be four',
    size,
    { slots: { size: { bedrooms: 4 } } },
  ],
  ['one downstairs for grandpa plus 2 for us, so 3 total', size, { slots: { size: { bedrooms: 3 } } }],
]);

const stopAsked = B('size', { slots: { budget: { min: 440000, max: 550000 } } });
const stopAskedEs = ES('size', { slots: { budget: { min: 440000, max: 550000 } } });

suite('a part of the listings taken off with the rest kept is no opt-out; list removals in other words are', [
  ['take me off the Ontario alerts, the Upland ones are perfect', stopAsked, { optOut: false }],
  ['unsubscribe me from anything with an HOA, rest is cool', stopAsked, { optOut: false }],
  ['quítenme las casas de Fontana, lo demás está bien', stopAskedEs, { optOut: false }],
  ['we decided to stay put, cross my name off your contact list please', stopAsked, { optOut: true }],
  ['le pido que se abstenga de llamarme, gracias', stopAskedEs, { optOut: true }],
  // ...a stop with praise for someone else is still a stop
  ['stop texting me. the rest of your team was great', stopAsked, { optOut: true }],
]);

const lenderAsked = B('financing', { slots: { budget: { min: 400000, max: 500000 } } });
const lenderAskedEs = ES('financing', { slots: { budget: { min: 400000, max: 500000 } } });

suite('financing: no lender reached in other words, an approval in Spanglish', [
  ['ni un banco hemos visitado todavía', lenderAskedEs, { slots: { financing: 'needs_lender' } }],
  [
    'apenas estamos juntando los papeles para el crédito',
    lenderAskedEs,
    { slots: { financing: 'needs_lender' } },
  ],
  ["we haven't approached any lender so far", lenderAsked, { slots: { financing: 'needs_lender' } }],
  [
    'we used a lender for our condo in 2019, but nothing for this one yet',
    lenderAsked,
    { slots: { financing: 'needs_lender' } },
  ],
  ['chase ya preaprobó us last week', lenderAsked, { slots: { financing: 'pre_approved' } }],
  [
    'ya juntamos los papeles y el banco nos preaprobó',
    lenderAskedEs,
    { slots: { financing: 'pre_approved' } },
  ],
]);

const price = priceAsked;
const priceEs = priceAskedEs;

suite(
  'money beside the price: a car payment by its noun, a debt with its creditor, a sale of ours supposed',
  [
    [
      'pagamos 1,650 de renta y 395 de la troca al mes, lo más que queremos gastar son 505 mil',
      budgetEs,
      // (the most the lead would spend is a ceiling, like "550 max": session 59)
      { slots: { budget: { max: 505000 } } },
    ],
    [
      'le debemos al banco como 215 mil. con 655 mil quedamos bien',
      priceEs,
      { slots: { priceExpectation: 655000 } },
    ],
    [
      'we owe the bank about 290k. if it sold for 760k we would be thrilled',
      price,
      { slots: { priceExpectation: 760000 } },
    ],
    // someone else's sale stays theirs
    ['if the neighbor sold for 780 we can get more', price, { slots: { priceExpectation: null } }],
  ],
);

const priceDivorce = S('priceExpectation', {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'divorce',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
});

suite('the price: a co-owner after a separation says it; a figure inside a range said after it', [
  ['my ex says 615k minimum, she will not go lower', priceDivorce, { slots: { priceExpectation: 615000 } }],
  ['somewhere in the low 600s, say 615', priceDivorce, { slots: { priceExpectation: 615000 } }],
  ['between 600 and 650', priceDivorce, { slots: { priceExpectation: 650000 } }],
  ['my ex lives in texas now', priceDivorce, { slots: { priceExpectation: null } }],
]);

suite('after sealed-s70 and conversations-s70 were spent: a stop that holds a correction or an addition', [
  ['stop, wait, my bad. 3 bedrooms not 2', size, { optOut: false, slots: { size: { bedrooms: 3 } } }],
  ['stop, espera, add Upland tambien', stopAskedEs, { optOut: false }],
  // ...a stop with a removal, or one that asks for the do-not-call list, stays a stop
  ['stop, remove me', stopAsked, { optOut: true }],
  ['stop, add me to your do not call list', stopAsked, { optOut: true }],
]);

suite(
  'after the spent sets: a lender by name, a third person selling the lead’s rental, a call from a person',
  [
    ['penfed approved us up to 640k', budget, { slots: { financing: 'pre_approved' } }],
    [
      'landlord gave us 30 days, shes selling the place',
      { kind: 'buyer', asking: 'urgency' },
      { kind: 'buyer' },
    ],
    ['no me gustan los mensajes, ¿me marca una persona mejor?', sizeEs, { escalation: 'person' }],
  ],
);

const listingBuyer = {
  kind: 'buyer',
  asking: 'budget',
  listing: { address: '1 Main St', price: 689000, beds: 3, baths: 2, yearBuilt: 1988 },
} as CorpusCase['setup'];
const listingBuyerEs = { ...listingBuyer, lang: 'es' } as CorpusCase['setup'];

suite(
  'a question with its marks and no question word, the noun before the count, a polite request to be told',
  [
    ['¿y de recámaras cuántas trae?', listingBuyerEs, { answer: 'listing' }],
    ['baths how many?', listingBuyer, { answer: 'listing' }],
    ['please tell me the year of construction', listingBuyer, { answer: 'listing' }],
    // ...a lender who will tell us is no question of ours
    ['waiting on the lender to tell us what we qualify for', listingBuyer, { answer: null }],
  ],
);

suite('after the spent sets: one place’s listings taken off with other places preferred is no opt-out', [
  [
    'unsubscribe me from the Hesperia listings, too far. Ontario or Chino mejor',
    stopAsked,
    { optOut: false },
  ],
  ['take me off the Pomona ones, Upland or Claremont better', stopAsked, { optOut: false }],
  // ...a plain stop stays one
  ['stop texting me, we found a place', stopAsked, { optOut: true }],
]);
