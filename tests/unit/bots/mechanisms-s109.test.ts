import { B, ES, S, SES, fairHousing, noAlert, picking, suite } from './probe-suite.js';

/**
 * Session 76's reading mechanisms (docs/BOTS.md section 79), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const LEAD = { kind: 'lead', asking: 'intent', slots: {} } as const;
const LEAD_ES = { ...LEAD, lang: 'es' } as const;

suite('a range joined by "hasta", "al" or "thru" is a range', [
  ['de unos 450 hasta 500 mil', ES('budget'), { slots: { 'budget.min': 450000, 'budget.max': 500000 } }],
  ['desde 380 hasta 420', ES('budget'), { slots: { 'budget.min': 380000, 'budget.max': 420000 } }],
  ['de 700 al 750 mil', ES('budget'), { slots: { 'budget.min': 700000, 'budget.max': 750000 } }],
  ['550k thru 600k', B('budget'), { slots: { 'budget.min': 550000, 'budget.max': 600000 } }],
  // (a ceiling alone stays a ceiling)
  ['hasta 500 mil', ES('budget'), { slots: { 'budget.max': 500000 } }],
  ['tenemos 40 de enganche, hasta 480', ES('budget'), { slots: { 'budget.max': 480000 } }],
]);

suite('stops said in other words: our records named by "this number", going on at it, no need any more', [
  ['pls take this number out of your system', LEAD, { optOut: true }],
  ['get this number off your list please', LEAD, { optOut: true }],
  ['ya dejen de estar molestando', LEAD_ES, { optOut: true, lang: 'es' }],
  ['deja de andar fregando', LEAD_ES, { optOut: true, lang: 'es' }],
  ['we sold last month so no need to call us anymore', LEAD, { optOut: true }],
  ['no need to text me no more thx', LEAD, { optOut: true }],
  // (not a stop: the number said for something else, what is not needed being something else)
  ['this number is my work cell, text me here', LEAD, { optOut: false }],
  ['no need to text me the address, i know the house', LEAD, { optOut: false }],
  ['deja de estar pensando en eso mija, 3 recámaras', ES('size'), { optOut: false }],
]);

suite(
  'going on said after a stop word: still looking for now, not wanting to miss listings, write to me instead',
  [
    [
      'how do i unsubscribe later once we buy? for now yes still looking, 4 beds',
      B('size'),
      { optOut: false, slots: { 'size.bedrooms': 4 } },
    ],
    [
      'where is the unsubscribe button? jk i dont want to miss any listings. 3 beds',
      B('size'),
      { optOut: false, slots: { 'size.bedrooms': 3 } },
    ],
    [
      'mi hija dice que ya no le manden mensajes a ella, mejor a mí, yo soy la que busca',
      LEAD_ES,
      { optOut: false },
    ],
    // (a stop with nothing after it that goes on stays a stop)
    ['how do i unsubscribe? no more texts please', LEAD, { optOut: true }],
    ['stop texting me, i am not looking anymore', LEAD, { optOut: true }],
  ],
);

suite('"no me molesta" says our messages do not bother the lead', [
  ['a mí no me molesta, buscamos en Rialto', ES('areas'), { optOut: false }],
  ['no me molesta para nada, sigan', LEAD_ES, { optOut: false }],
  ['a mi no me molestan jaja', LEAD_ES, { optOut: false }],
  // (the request, whatever its spelling, stays one)
  ['ya no me molesten', LEAD_ES, { optOut: true }],
  ['no me molestan mas porfa', LEAD_ES, { optOut: true }],
  ['quiero que ya no me molestan', LEAD_ES, { optOut: true }],
]);

suite('a hold after a "no" or a wait, then the lead saying again what it said, is a correction', [
  ['fontana o rialto. no para, rialto o colton', ES('areas'), { optOut: false }],
  ['upland and ontario. no wait stop, ontario and chino', B('areas'), { optOut: false }],
  ['3 baños... no espera, para, con 2 está bien', ES('size'), { optOut: false }],
  [
    '600... wait no stop, my husband just said we can do 650',
    B('budget'),
    { optOut: false, slots: { 'budget.max': 650000 } },
  ],
  // (a hold with contact, a keyword or a reason to be done after it stays a stop)
  ['fontana. no stop, just stop', B('areas'), { optOut: true }],
  ['3 beds? no stop texting me', B('size'), { optOut: true }],
  ['we wanted rialto. no para, ya no queremos nada', ES('areas'), { optOut: true }],
  ['no stop', B('areas'), { optOut: true }],
]);

suite('"wrong number", then what was meant in the next sentence, corrects a figure', [
  ['650... wrong number lol. I meant 560', B('budget'), { optOut: false, slots: { 'budget.max': 560000 } }],
  ['4 recamaras. numero equivocado jaja. quise decir 3', ES('size'), { optOut: false }],
  // (a wrong number with nothing meant, or meant without a figure, stays one)
  ['wrong number. I meant to say i am not maria', LEAD, { optOut: true }],
  ['wrong number, sorry', LEAD, { optOut: true }],
]);

suite('a stop said to think it over first ("stop, let me think...") is a pause', [
  ['stop, let me think... it needs paint and new carpet', S('condition'), { optOut: false }],
  ['stop stop, let me see. probably 3 bedrooms', B('size'), { optOut: false, slots: { 'size.bedrooms': 3 } }],
  // (what follows the pause speaks of our messages: a stop)
  ['stop, let me think about whether i want these texts', LEAD, { optOut: true }],
  ['stop, let me think. no more texts for now', LEAD, { optOut: true }],
]);

suite('who is answering, asked after an apology, a "but" or a greeting, or with the pronoun first', [
  ['perdón pero quién es?', LEAD_ES, { disclosure: true }],
  ['sorry but who is this?', LEAD, { disclosure: true }],
  ['buenas tardes, ¿usted quién es?', LEAD_ES, { disclosure: true }],
  ['y tú quién eres?', LEAD_ES, { disclosure: true }],
  // (not asking who answers)
  ['perdón, ¿quién es el dueño de la casa?', LEAD_ES, { disclosure: false }],
  ['sorry, who is the lender you work with?', LEAD, { disclosure: false }],
]);

const AREAS_ASKED = { slots: { budget: { max: 500000 }, financing: 'pre_approved', size: { bedrooms: 3 } } };
suite('people by the country they come from ("gente de otros países") is a Fair Housing question', [
  ['is there an area without so many people from other countries?', B('areas', AREAS_ASKED), fairHousing],
  ['una zona sin tanta gente de otros países', ES('areas', AREAS_ASKED), fairHousing],
  ['neighbors from different countries, is that a thing there?', B('areas', AREAS_ASKED), fairHousing],
  // (the lead's own family, or a country named as a place)
  ['mi familia es de otro país, buscamos en fontana', ES('areas', AREAS_ASKED), noAlert],
  ['we moved here from another country, upland is nice', B('areas', AREAS_ASKED), noAlert],
]);

suite('the rent or the bills paid in cash are no cash purchase', [
  ['we pay our rent in cash every month', B('financing'), { slots: { financing: null } }],
  ['pago la renta en efectivo', ES('financing'), { slots: { financing: null } }],
  ['pagamos los biles en cash, no sé si cuenta', ES('financing'), { slots: { financing: null } }],
  // (the home paid in cash is)
  ['we will pay cash for the house', B('financing'), { slots: { financing: 'cash' } }],
  ['la casa la pagamos en efectivo', ES('financing'), { slots: { financing: 'cash' } }],
]);

suite('a lender tried and nothing came of it needs a lender', [
  ['we talked to wells fargo but it fell through', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['fuimos al banco pero no se pudo', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['spoke with a lender, didnt work out', B('financing'), { slots: { financing: 'needs_lender' } }],
  // (a lender in place, or a car loan that went nowhere)
  ['we talked to our lender, approved up to 600', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['el banco no nos dio el préstamo del carro, no se pudo', ES('financing'), { slots: { financing: null } }],
]);

suite('the bathrooms wanted alone are kept, and the bedrooms still asked', [
  ['at least 2 baths', B('size'), { slots: { 'size.bathrooms': 2, 'size.bedrooms': null } }],
  ['we need 3 bathrooms minimum', B('financing'), { slots: { 'size.bathrooms': 3 } }],
  ['queremos 2 baños mínimo', ES('size'), { slots: { 'size.bathrooms': 2 } }],
  ['4 beds, 3+ baths', B('size'), { slots: { 'size.bedrooms': 4, 'size.bathrooms': 3 } }],
  // (a home's bathrooms not wanted, nor asked about)
  ['the house we rent has 1 bath', B('financing'), { slots: { size: null } }],
]);

const WINDOW = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });
suite('"depends", then a later sentence that says yes it works, accepts the window', [
  ['depends, you mean 45 days from now? yes that works', WINDOW, { slots: { timelineAccepted: true } }],
  [
    'depende... ¿45 días desde hoy? sí, así funciona',
    SES('timelineAccepted', WINDOW),
    {
      slots: { timelineAccepted: true },
    },
  ],
  // (left open, or a no later)
  ['depends, we have to see', WINDOW, { slots: { timelineAccepted: null } }],
  ['depends on my wife. she says no', WINDOW, { slots: { timelineAccepted: null } }],
]);

suite("someone else's divorce or home, the lead turning to its own, is none of the lead's", [
  [
    "my brother's getting divorced and we're helping him sort out his house. ours we just want a number on",
    S('motivation', { slots: {} }),
    // (no reason of the lead's own: curiosity)
    { slots: { motivation: 'other' } },
  ],
  [
    'la casa de mi cuñada necesita mucho trabajo, la nuestra la remodelamos el año pasado',
    SES('condition'),
    { slots: { condition: 'move_in_ready' } },
  ],
  // (the lead's own divorce stays the lead's)
  [
    'me and my ex are divorcing, ours has to go',
    S('motivation', { slots: {} }),
    { slots: { motivation: 'divorce' } },
  ],
]);

const CONDITION = S('condition', {
  slots: { address: '8231 Haven Ave', motivation: 'divorce', timelineAccepted: true },
});
suite(
  'a home let go, a hole in a wall, a yard of dirt need work; a small flaw waved off beside a good verdict does not',
  [
    ['she let it go after the divorce', CONDITION, { slots: { condition: 'needs_work' } }],
    [
      'theres a hole in the bedroom door and the front yard is all weeds',
      CONDITION,
      {
        slots: { condition: 'needs_work' },
      },
    ],
    ['la descuidaron mucho los inquilinos', SES('condition'), { slots: { condition: 'needs_work' } }],
    [
      'good shape overall, the patio needs a little paint, nothing major',
      CONDITION,
      {
        slots: { condition: 'move_in_ready' },
      },
    ],
    [
      'en buen shape, la cocina needs a bit of updating pero nada serio',
      SES('condition'),
      {
        slots: { condition: 'move_in_ready' },
      },
    ],
    // (a big flaw is not waved off, nor is a price "let go")
    [
      'good shape but the foundation needs work, nothing major we hope',
      CONDITION,
      {
        slots: { condition: 'needs_work' },
      },
    ],
    ["we'd let it go for 650", S('priceExpectation', CONDITION), { slots: { condition: null } }],
  ],
);

const CASH_BUYER = B('urgency', {
  slots: { budget: { max: 450000 }, financing: 'cash', size: { bedrooms: 3 } },
});
suite('a time said of a thing done ("moved out in october", "took 4 months") is no timeline', [
  [
    'our last house took 3 months to close, this time within 30 days',
    CASH_BUYER,
    {
      slots: { urgency: 'immediate' },
    },
  ],
  [
    'we moved out in january, the house is empty',
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'divorce' } }),
    { slots: { timelineAccepted: null } },
  ],
  ['me mudé en enero, la casa está sola', SES('timelineAccepted'), { slots: { timelineAccepted: null } }],
  // (a move to come, with "be" or "estar", or a plan in the present)
  ['we want to be moved in within 2 months', CASH_BUYER, { slots: { urgency: 'three_months' } }],
  ['queremos estar moved in en 5 semanas', CASH_BUYER, { slots: { urgency: 'three_months' } }],
  [
    "we'd want it sold in 30 days",
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'divorce' } }),
    { slots: { timelineAccepted: true } },
  ],
]);

suite('"andamos en los 550" is where the search stands', [
  ['andamos en los 480', ES('budget'), { slots: { 'budget.max': 480000 } }],
  ['ando por los 400, más o menos', ES('budget'), { slots: { 'budget.max': 400000 } }],
  ['andamos en los 30 años, 2 hijos', ES('budget'), { slots: { budget: null } }],
]);

suite('a mortgage not wanted is a cash purchase', [
  ['a nuestra edad ya no queremos hipoteca', ES('financing'), { slots: { financing: 'cash' } }],
  ["we don't want a loan at this point, we'll pay it off", B('financing'), { slots: { financing: 'cash' } }],
  // (a payment limit on a mortgage is no cash)
  ["we don't want a mortgage over 3k a month", B('financing'), { slots: { financing: null } }],
]);

const ON_THE_PAGE = { listing: { id: 'L-m', price: 689000, features: [] } };
suite("the page's price called the lead's ceiling, or an offer asked of the seller, is the budget", [
  ['hi! and yeah thats about our max', ON_THE_PAGE, { slots: { 'budget.max': 689000 } }],
  ['eso es lo máximo para nosotros', { ...ON_THE_PAGE, lang: 'es' }, { slots: { 'budget.max': 689000 } }],
  ['would the seller take 640?', ON_THE_PAGE, { slots: { 'budget.max': 640000 } }],
  ['will the owner accept 600 cash?', ON_THE_PAGE, { slots: { 'budget.max': 600000, financing: 'cash' } }],
  // (a count called the max, a question, or an offer of something else)
  ['3 bedrooms, thats our max', ON_THE_PAGE, { slots: { budget: null } }],
  ['is that your max?', ON_THE_PAGE, { slots: { budget: null } }],
  ['would they take 2 weeks to close?', ON_THE_PAGE, { slots: { budget: null } }],
]);

const INHERITED = S('priceExpectation', {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'inherited',
    timelineAccepted: true,
    condition: 'needs_work',
  },
});
suite('what a court or an executor must do for the sale, asked, is a legal question', [
  ['do we need the court to approve the sale?', INHERITED, { escalation: 'legal' }],
  ['can the executor just sign or do we all have to?', INHERITED, { escalation: 'legal' }],
  ['¿puede firmar el albacea?', SES('priceExpectation', INHERITED), { escalation: 'legal' }],
  // (told, not asked)
  ['the court has to approve the sale first, so next year', INHERITED, { escalation: null }],
  ['my sister is the executor, she will sign', INHERITED, { escalation: null }],
]);

// Wednesday 11:45am, Thursday 7:15pm, Saturday 9:30am.
const WEEK = ['Wed Mar 11, 11:45am', 'Thu Mar 12, 7:15pm', 'Sat Mar 14, 9:30am'];
suite('after the s110 measure: an answer put off picks no slot, whatever it names', [
  ['the saturday one is when i work... let me check with my boss', picking(WEEK), { booked: null }],
  ['no te puedo decir ahorita, ¿te aviso mañana?', picking(WEEK, 'es'), { booked: null }],
  ['thursday night could work but ill get back to you', picking(WEEK), { booked: null }],
  // (a pick with a promise about later changes is a pick)
  ["thursday works, i'll let you know if anything changes", picking(WEEK), { booked: 1 }],
  ['el sábado, gracias', picking(WEEK, 'es'), { booked: 2 }],
]);

suite(
  'after the s110 measure: stops in other spellings and without a clitic; hours and chat kept are no stop',
  [
    ['stoop pls', LEAD, { optOut: true }],
    ['stop plis ya', LEAD, { optOut: true }],
    ['no vuelvan a mandar nada a este número', LEAD_ES, { optOut: true, lang: 'es' }],
    ['ya no vuelvan a mandar mensajes', LEAD_ES, { optOut: true, lang: 'es' }],
    ['no me manden mensaje después de las 9, trabajo temprano', LEAD_ES, { optOut: false }],
    ['unsubscribe me from the newsletter emails but keep chatting here', LEAD, { optOut: false }],
    // (the stop said whole stays one)
    ['no me manden mensaje', LEAD_ES, { optOut: true }],
  ],
);

suite('after the s110 measure: a bot asked about by what it sends, or someone real on the other side', [
  ['are these replies coming from an AI?', LEAD, { disclosure: true }],
  ['is this message written by a person?', LEAD, { disclosure: true }],
  ['¿hay una persona real del otro lado?', LEAD_ES, { disclosure: true }],
  // (not who answers)
  ['are these listings coming from zillow?', LEAD, { disclosure: false }],
  ['hay alguien viviendo en la casa ahorita?', LEAD_ES, { disclosure: false }],
]);

const WINDOW_ASKED = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'financial' } });
suite('after the s110 measure: not knowing if the window works reaches what it doubts', [
  ['honestly idk if 45 days is realistic for us', WINDOW_ASKED, { slots: { timelineAccepted: null } }],
  [
    'no sé si en 30 días nos dé tiempo de sacar todo',
    SES('timelineAccepted', WINDOW_ASKED),
    {
      slots: { timelineAccepted: null },
    },
  ],
  // (a yes after a "but" stands; not knowing alone leaves what follows it)
  [
    'not sure if my wife agrees but yes 45 days works for me',
    WINDOW_ASKED,
    { slots: { timelineAccepted: true } },
  ],
  ['idk, 30 days works i guess', WINDOW_ASKED, { slots: { timelineAccepted: true } }],
]);

suite("after the s110 measure: worn out by the home's upkeep is downsizing", [
  [
    'honestly we are tired of the yard and the upkeep',
    S('motivation', { slots: {} }),
    {
      slots: { motivation: 'downsizing' },
    },
  ],
  [
    'ya estamos cansados de las escaleras',
    SES('motivation', { slots: {} }),
    { slots: { motivation: 'downsizing' } },
  ],
  [
    'tired of the commute, moving closer to work',
    S('motivation', { slots: {} }),
    {
      slots: { motivation: 'relocation' },
    },
  ],
]);

suite('after the s110 measure: words said wrong, a retirement wished, a price asked for the own home', [
  ["stop, i got that wrong lol it's 3 kids not 2", B('size'), { optOut: false }],
  ['para, lo dije mal, son 4 recámaras', ES('size'), { optOut: false, slots: { 'size.bedrooms': 4 } }],
  ['stop, i got that wrong, stop texting me', LEAD, { optOut: true }],
  [
    'ya me quiero retirar, nos vamos a Zacatecas',
    SES('motivation', { slots: {} }),
    {
      slots: { motivation: 'retirement' },
    },
  ],
  [
    'quiero retirar dinero del 401k para el enganche',
    SES('motivation', { slots: {} }),
    {
      slots: { motivation: 'other' },
    },
  ],
  ['cuánto nos darían por nuestra casa? está en Fontana', LEAD_ES, { kind: 'seller' }],
  ['how much would you guys give me for my house', LEAD, { kind: 'seller' }],
  // (a price asked of a home like the listing is a buyer's question)
  ['how much would a house like this go for in fontana?', LEAD, { kind: 'lead' }],
]);
