import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 46's mechanisms (docs/BOTS.md section 50), taken from the spent sets and the work sets s60b and s60c, with
 * near neighbours written for this file and the hard negatives beside them.
 */

const BUDGET = { slots: { budget: { max: 500000 } } } as const;
const BUDGET_ES = { slots: { budget: { max: 500000 } }, lang: 'es' } as const;
const MOVING = { slots: { motivation: 'relocation' } } as const;
const MOVING_ES = { slots: { motivation: 'relocation' }, lang: 'es' } as const;
const QUALIFIED = {
  slots: { budget: { max: 400000 }, financing: 'cash', size: { bedrooms: 2 } },
} as const;

suite('an approval applied for and not answered yet is no way of paying, and the question moves on', [
  ['pre-approval is still pending', B('financing', BUDGET), { slots: { financing: null }, phase: 'qualify' }],
  [
    'put in an application at the credit union, still no word from them',
    B('financing', BUDGET),
    { slots: { financing: null, urgency: null } },
  ],
  ['still waiting to hear back from the lender', B('financing', BUDGET), { slots: { financing: null } }],
  [
    'ya metimos los papeles con un prestamista pero todavía no nos dicen nada',
    ES('financing', BUDGET_ES),
    { slots: { financing: null } },
  ],
  ['estamos esperando la respuesta del banco', ES('financing', BUDGET_ES), { slots: { financing: null } }],
  // ...an answer that came, or none sought, is still read
  [
    'we got approved, waiting on the letter',
    B('financing', BUDGET),
    { slots: { financing: 'pre_approved' } },
  ],
  ['no lender yet', B('financing', BUDGET), { slots: { financing: 'needs_lender' } }],
  [
    'todavía no hablamos con ningún banco',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender' } },
  ],
]);

suite('an approval said with no lender named, to the lender question', [
  [
    'ya tenemos approval con schoolsfirst',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'ya tenemos la aprobación con golden 1',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'pre_approved' } },
  ],
  // ...not someone else's say-so
  ['my wife gave us the green light', B('financing', BUDGET), { slots: { financing: null } }],
  ['tenemos el visto bueno de mi esposo', ES('financing', BUDGET_ES), { slots: { financing: null } }],
]);

suite('a weekday gone by is no move', [
  ['we applied last thursday', B('urgency', BUDGET), { slots: { urgency: null } }],
  ['fuimos a verla el jueves pasado', ES('urgency', BUDGET_ES), { slots: { urgency: null } }],
  // ...a weekday ahead still is
  ['we need to move by thursday', B('urgency', BUDGET), { slots: { urgency: 'immediate' } }],
]);

suite('the budget with no one named', [
  ['need 4 bed 2 bath, budget tops out at 690', B('size'), { slots: { 'budget.max': 690000 } }],
  ['presupuesto llega hasta 520', ES('budget'), { slots: { 'budget.max': 520000 } }],
  ['under 450 each', B('budget'), { slots: { 'budget.max': 450000 } }],
  // ...a rate per referral is no budget
  ['if I refer my friends will you pay me? like $500 each', B('budget'), { slots: { budget: null } }],
]);

suite('the 45 days taken after the 30 turned down', [
  [
    'Treinta días no, pero 45 sí nos alcanzaría',
    SES('timelineAccepted', MOVING_ES),
    { slots: { timelineAccepted: true } },
  ],
  ['30 no, 45 yes', S('timelineAccepted', MOVING), { slots: { timelineAccepted: true } }],
  // ...not when the 45 is doubted
  ['30 days no, 45 maybe', S('timelineAccepted', MOVING), { slots: { timelineAccepted: false } }],
]);

suite('a house number is no count of days, and a no that takes back something else is no answer', [
  ['es en 7419 day creek blvd', SES('timelineAccepted', MOVING_ES), { slots: { timelineAccepted: null } }],
  ['4480 ramona ave, no wait 4408', S('timelineAccepted', MOVING), { slots: { timelineAccepted: null } }],
  // ...a plain no still is one
  ['no, too fast for us', S('timelineAccepted', MOVING), { slots: { timelineAccepted: false } }],
]);

suite('unsubscribing from another service is no stop', [
  [
    'btw I had to unsubscribe de Redfin, too many emails jaja, so now its just you guys',
    B('areas', BUDGET),
    { optOut: false },
  ],
  ['me di de baja de zillow, ya nomás ustedes', ES('areas', BUDGET_ES), { optOut: false }],
  // ...from us, or from both, is one
  ['unsubscribe from redfin and from you too', B('areas', BUDGET), { optOut: true }],
  ['unsubscribe', B('areas', BUDGET), { optOut: true }],
]);

suite('refraining asked of us is a stop', [
  [
    'Le ruego que se abstengan de escribirme o llamarme en adelante.',
    SES('condition', MOVING_ES),
    { optOut: true },
  ],
  ['absténganse de escribirme', SES('condition', MOVING_ES), { optOut: true }],
  // ...the lead's own refraining is not
  ['me abstengo de escribirle a mi ex', SES('condition', MOVING_ES), { optOut: false }],
]);

suite('a call asked of ours for the one the lead writes for, and "que me hable"', [
  ['can Jorge call him? he only speaks spanish', B('urgency', QUALIFIED), { escalation: 'person' }],
  ['le pido al señor Jorge que me hable por teléfono', ES('urgency', QUALIFIED), { escalation: 'person' }],
  ['mi papá quiere platicar con el agente en persona', ES('urgency', QUALIFIED), { escalation: 'person' }],
  // ...not a call told or gone by
  ['did jorge call him?', B('urgency', QUALIFIED), { escalation: null }],
  [
    "my uncle's a realtor, he said call him if anything looks fishy",
    B('urgency', QUALIFIED),
    { escalation: null },
  ],
  ['jorge le habló a mi papá ayer', ES('urgency', QUALIFIED), { escalation: null }],
]);

suite('a foreclosure sale ahead and a tax on the profit hand off', [
  [
    'me llegó una carta del banco que dice que me van a sacar la casa a remate',
    SES('condition', MOVING_ES),
    { escalation: 'legal' },
  ],
  ['cuánto nos toca pagar de taxes on the profit?', SES('condition', MOVING_ES), { escalation: 'legal' }],
  ['how much would we owe in taxes if we sell?', S('condition', MOVING), { escalation: 'legal' }],
  // ...the home's running costs are no tax question
  ['the hoa and taxes are like 400 a month', S('condition', MOVING), { escalation: null }],
]);

suite('part of the price in cash keeps the loan, and its lender', [
  ['half cash, no lender yet', B('financing', BUDGET), { slots: { financing: 'needs_lender' } }],
  [
    "i'd put about half down in cash from my 401k and finance the rest, no lender conversations yet",
    B('financing', BUDGET),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'la mitad la pongo yo de contado y lo demás lo financio, pero todavía no hablé con ningún banco',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'i have cash for the down payment, no lender yet',
    B('financing', BUDGET),
    { slots: { financing: 'needs_lender' } },
  ],
  // ...all of it in cash is cash
  ['all cash', B('financing', BUDGET), { slots: { financing: 'cash' } }],
  ['cash, no lender needed', B('financing', BUDGET), { slots: { financing: 'cash' } }],
  [
    'estamos pre-cualificados con el banco',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('a credit score and a comparable are no money of the lead', [
  [
    'todavía no hemos sacado el crédito, y mi score anda en 690 nada más',
    ES('financing', BUDGET_ES),
    { slots: { 'budget.max': 500000 } },
  ],
  ['690 credit score, looking around 500', B('budget'), { slots: { 'budget.max': 500000 } }],
  ['my score is 700 and budget is 650', B('budget'), { slots: { 'budget.max': 650000 } }],
  [
    "my sister found a comp por 610 pero they're hoping for 640k",
    S('priceExpectation', {
      slots: { motivation: 'downsizing', timelineAccepted: true, condition: 'needs_work' },
    }),
    { slots: { priceExpectation: 640000 } },
  ],
]);

suite('all of it paid from a sum is cash, a loan turned down in the third person too', [
  [
    'No, no van a pedir préstamo, van a pagar todo con ese dinero.',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'cash' } },
  ],
  ['no vamos a pedir préstamo', ES('financing', BUDGET_ES), { slots: { financing: 'cash' } }],
  // ...all of it with a loan is no cash
  ['vamos a pagar todo con el préstamo', ES('financing', BUDGET_ES), { slots: { financing: null } }],
  [
    "he went to a lender ayer y le dijeron que sí califica, they're sending the letter",
    B('financing', BUDGET),
    { slots: { financing: 'pre_approved' } },
  ],
  ['the bank is sending a letter about the default', B('financing', BUDGET), { slots: { financing: null } }],
]);

suite('a move by the employer, a crowded home, and a home not worth keeping', [
  ['a mi esposo lo transfirieron', SES('motivation'), { slots: { motivation: 'relocation' } }],
  ['his job is sending my husband up to Boise', S('motivation'), { slots: { motivation: 'relocation' } }],
  [
    'estamos muy apretados, somos 6 en una casa de 2 recámaras',
    SES('motivation'),
    { slots: { motivation: 'upgrading' } },
  ],
  ['estamos apretados de dinero', SES('motivation'), { slots: { motivation: 'financial' } }],
  [
    "ok. we're moving to Austin, a mi esposo lo transfirieron, so no vale la pena keep it",
    S('motivation', { slots: { address: '29840 Bradley Rd' } }),
    { kind: 'seller', slots: { motivation: 'relocation' } },
  ],
]);

suite('nothing damaged is ready, no hurry said of the ones the lead writes for, "re pronto"', [
  [
    'está bien bonita, la compramos nueva hace 4 años y no tiene nada dañado',
    SES('condition', MOVING_ES),
    { slots: { condition: 'move_in_ready' } },
  ],
  ['nothing is broken', S('condition', MOVING), { slots: { condition: 'move_in_ready' } }],
  ['the roof is broken, nothing else', S('condition', MOVING), { slots: { condition: 'needs_work' } }],
  ['pues ellos dicen que no tienen apuro', ES('urgency', BUDGET_ES), { slots: { urgency: 'browsing' } }],
  ["re pronto, we're staying con mi suegra", ES('urgency', BUDGET_ES), { slots: { urgency: 'immediate' } }],
  // ...a soon that follows from a date is the date's
  [
    'el lease se acaba en 2 meses, so pronto',
    ES('urgency', BUDGET_ES),
    { slots: { urgency: 'three_months' } },
  ],
  ['es muy pronto', SES('timelineAccepted', MOVING_ES), { slots: { timelineAccepted: false } }],
]);

suite('a friend is someone else', [
  [
    "mi compa Luis got approved con Guild en una semana, we haven't started nada",
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender', urgency: null } },
  ],
]);

suite('the seller turning to its own home, and a home ready in other words', [
  [
    "hers is a fixer, mine's turnkey, we updated everything in 2021",
    S('condition', MOVING),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    "my sister's place is a fixer, ours is turnkey",
    S('condition', MOVING),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'está perfecta, la reformamos entera hace dos años',
    SES('condition', MOVING_ES),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'its in decent shape, paint is fresh, floors are newer',
    S('condition', MOVING),
    { slots: { condition: 'move_in_ready' } },
  ],
  // ...the seller's own fixer stays one
  ["mine's a fixer", S('condition', MOVING), { slots: { condition: 'needs_work' } }],
  ['está perfecto, gracias', SES('condition', MOVING_ES), { slots: { condition: null } }],
]);

suite('who is typing, and a home ordered sold', [
  ['real quick, whos typing, jorge or a program', B('size', BUDGET), { disclosure: true }],
  ['before i give you my address, whos on the other side of this chat', S('address'), { disclosure: true }],
  ["who's the listing agent on this one?", B('size', BUDGET), { disclosure: false }],
  ['who answers the door at the open house?', B('size', BUDGET), { disclosure: false }],
  [
    'Con lo del divorcio el juez ordenó que se venda la casa y repartir lo que salga',
    { kind: 'lead', lang: 'es' },
    { kind: 'seller', slots: { motivation: 'divorce' } },
  ],
  ['¿se vende la casa de la esquina?', { kind: 'lead', lang: 'es' }, { kind: 'lead' }],
]);

suite('a refusal of the 30-45 days is never read as a yes', [
  [
    'no, wait til school lets out in june pls',
    S('timelineAccepted', MOVING),
    { slots: { timelineAccepted: false } },
  ],
  [
    "espérate, no, 30 días no nos alcanza pa' nada",
    SES('timelineAccepted', MOVING_ES),
    { slots: { timelineAccepted: false } },
  ],
  [
    '30-45 days? uf, eso es re pronto para nosotros',
    SES('timelineAccepted', MOVING_ES),
    { slots: { timelineAccepted: false } },
  ],
  // ...a yes after a no that takes back, or with the days said to work, stays a yes
  ['no, 45 days is fine', S('timelineAccepted', MOVING), { slots: { timelineAccepted: true } }],
  ['no problem, 30 days works', S('timelineAccepted', MOVING), { slots: { timelineAccepted: true } }],
  ['no wait, yes 45 days works', S('timelineAccepted', MOVING), { slots: { timelineAccepted: true } }],
]);

suite('refraining asked in English', [
  ['kindly refrain from texting this number going forward', B('size', BUDGET), { optOut: true }],
  ['please refrain from contacting me', B('size', BUDGET), { optOut: true }],
  ['i try to refrain from texting my ex lol', B('size', BUDGET), { optOut: false }],
  ['mi esposo es impecable para limpiar', SES('condition', MOVING_ES), { slots: { condition: null } }],
]);

suite("the session mechanisms in the review set's other words", [
  [
    'ya le mandamos todo a la señorita de la financiera, todavía no nos contesta nada',
    ES('financing', BUDGET_ES),
    { slots: { financing: null } },
  ],
  [
    'yes ya nos dieron el approval en SchoolsFirst, todo listo',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'we can put around 40% down in cash, havent picked anyone to lend us the rest yet',
    B('financing', BUDGET),
    { slots: { financing: 'needs_lender' } },
  ],
  ['buying 2 para rentar, no más de 475 cada una', ES('budget'), { slots: { 'budget.max': 475000 } }],
  ['could someone on ur team give him a ring? 909 555 0142', B('size', BUDGET), { escalation: 'person' }],
  ['si no vendemos rápido nos rematan la casa', SES('motivation'), { escalation: 'legal' }],
  [
    'cuánto le toca al IRS de la ganancia when we sell?',
    S('priceExpectation', MOVING),
    { escalation: 'legal' },
  ],
  [
    'con lo que nos dio el seguro pagamos la casa completa',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'cash' } },
  ],
  [
    'la lender is emailing us the letter hoy',
    B('financing', BUDGET),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'my job me está mandando a Phoenix en mayo, so we gotta sell',
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'theres no damage, no leaks, nothing that needs fixing',
    S('condition', MOVING),
    { slots: { condition: 'move_in_ready' } },
  ],
  ['pues muy pronto, ojalá', ES('urgency', BUDGET_ES), { slots: { urgency: 'immediate' } }],
  // ...and their hard negatives
  [
    'el lender dice que nos manda la carta once underwriting lo apruebe',
    ES('financing', BUDGET_ES),
    { slots: { financing: null } },
  ],
  [
    'the bank sent a letter about the missed payments',
    B('financing', BUDGET),
    { slots: { financing: null } },
  ],
]);

suite("the lead's move tied to a date said of someone else", [
  [
    'el lease de mi mamá se acaba en 8 semanas y vivimos juntas, so by then',
    ES('urgency', BUDGET_ES),
    { slots: { urgency: 'three_months' } },
  ],
  [
    'ellos cierran en unos 60 días, so we have to move out before that',
    B('urgency', BUDGET),
    { slots: { urgency: 'three_months' } },
  ],
  // ...not when the lead's own words tie nothing to it
  ['mi hermana se muda en junio', ES('urgency', BUDGET_ES), { slots: { urgency: null } }],
  ["my sister moves in june, we're in no rush", B('urgency', BUDGET), { slots: { urgency: 'browsing' } }],
]);

suite('no loan to be needed, a price that sounds good, a home cared for or worn', [
  [
    'no voy a necesitar préstamo, vendí un terreno en El Salvador y lo pago de contado',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'cash' } },
  ],
  ["we're not going to need a loan", B('financing', BUDGET), { slots: { financing: 'cash' } }],
  [
    'then 625 sounds good to me',
    S('priceExpectation', {
      slots: { motivation: 'retirement', timelineAccepted: true, condition: 'move_in_ready' },
    }),
    { slots: { priceExpectation: 625000 } },
  ],
  [
    'está muy cuidada. techo y ventanas nuevos hace tres años',
    SES('condition', MOVING_ES),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    "they've been rough on it. carpets and paint for sure",
    S('condition', MOVING),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'no está descuidada, está muy cuidada',
    SES('condition', MOVING_ES),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

suite('cash for the down payment is no budget', [
  [
    'tengo 200k cash para el down, so like 800 total?',
    ES('budget'),
    { slots: { 'budget.max': 800000, financing: null } },
  ],
  ['200k cash', B('budget'), { slots: { 'budget.max': 200000, financing: 'cash' } }],
]);

suite(
  'a person and a machine set against each other in a question about who answers (after the sealed sets)',
  [
    ['hold on, is a real agent typing this or an ai?', B('size', BUDGET), { disclosure: true }],
    [
      'Disculpe, ¿me está contestando alguien de la oficina o es algo automático?',
      ES('size', BUDGET_ES),
      { disclosure: true },
    ],
    [
      'real quick, is a living breathing person answering or some AI thing?',
      B('size', BUDGET),
      { disclosure: true },
    ],
    // ...not a person or a machine that does something else
    ['is it better to have a robot vacuum or a person clean it?', B('size', BUDGET), { disclosure: false }],
    ['do you use ai or a person to price homes', B('size', BUDGET), { disclosure: false }],
    ['my husband says ai or a person doesnt matter lol', B('size', BUDGET), { disclosure: false }],
  ],
);

suite("stops, calls and hand-offs in the spent sealed sets' words", [
  ['favor de sacar mi número de su base de datos', ES('size'), { optOut: true }],
  [
    "ok i'm gonna pass for now, please don't send anything else to this phone",
    B('areas', BUDGET),
    { optOut: true },
  ],
  ["don't send anything over 600", B('areas', BUDGET), { optOut: false }],
  [
    'cash buyer, up to 1.9M. need a phone call w jorge this afternoon',
    B('size', BUDGET),
    { escalation: 'person' },
  ],
  ['is there an actual agent i can get on the phone with?', B('size', BUDGET), { escalation: 'person' }],
  ['i had to get on the phone with my lender', B('size', BUDGET), { escalation: null }],
  ['the lender filed an NOD on us and the sale date is april 20th', S('motivation'), { escalation: 'legal' }],
  [
    "our divorce is final and the settlement says the terra vista house gets sold and we split what's left",
    { kind: 'lead' },
    { kind: 'seller', slots: { motivation: 'divorce' } },
  ],
  ['the house next door got sold last week', { kind: 'lead' }, { kind: 'lead' }],
]);

suite('money put away for the down payment, and nothing done about the loan', [
  [
    'weve got 60k put away for the down, so somewhere around 690k',
    B('budget'),
    { slots: { 'budget.max': 690000 } },
  ],
  [
    'juntamos 90 mil verdes para el anticipo, y no queremos pasarnos de 610',
    ES('budget'),
    { slots: { 'budget.max': 610000 } },
  ],
  [
    "haven't done anything with a lender yet",
    B('financing', BUDGET),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'ni he empezado con eso del préstamo',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'no, 45 days is much too fast for us, we gotta wait til the kids finish school in june',
    S('timelineAccepted', MOVING),
    { slots: { timelineAccepted: false } },
  ],
  [
    '30 days is too fast, wait, 45 works',
    S('timelineAccepted', MOVING),
    { slots: { timelineAccepted: true } },
  ],
]);

suite('not the right number is a wrong number (after the sealed sets)', [
  [
    'this is not the right number, nobody here is looking for a house. remove it',
    B('size'),
    { optOut: true },
  ],
  ['no es el número correcto', ES('size'), { optOut: true }],
  ['sorry not the right person', B('size'), { optOut: true }],
  // ...not a count, nor a question
  [
    'not the right number of bedrooms, we need 4',
    B('size'),
    { optOut: false, slots: { 'size.bedrooms': 4 } },
  ],
  ['is this not the right number to text jorge?', B('size'), { optOut: false }],
  ['is this not the right number?', B('size'), { optOut: false }],
]);

suite('a range said with "up to" between its ends', [
  [
    'anywhere from 1.4 up to 1.6, depends on the lot',
    B('budget'),
    { slots: { 'budget.min': 1400000, 'budget.max': 1600000 } },
  ],
  ['450 up to 500', B('budget'), { slots: { 'budget.min': 450000, 'budget.max': 500000 } }],
  ['approved up to 500', B('budget'), { slots: { 'budget.max': 500000 } }],
]);

suite('an answer awaited on a day is no move, and who answers asked without its mark', [
  [
    'still waiting on underwriting, should hear back friday',
    B('financing', BUDGET),
    { slots: { urgency: null, financing: null } },
  ],
  ['we want to move next week', B('financing', BUDGET), { slots: { urgency: 'immediate' } }],
  ['ok but is someone actually reading these or is it a bot', B('financing', BUDGET), { disclosure: true }],
  ['my husband says a person or a bot is fine lol', B('financing', BUDGET), { disclosure: false }],
]);
