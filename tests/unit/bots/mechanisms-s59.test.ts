import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 45's mechanisms (docs/BOTS.md section 49), taken from the spent conversation sets s58g, s58i and s59b,
 * with near neighbours written for this file and the hard negatives beside them.
 */

const LEAD = { kind: 'lead' } as const;
const LEAD_ES = { kind: 'lead', lang: 'es' } as const;
const LISTING = { id: 'L-9', price: 600000 } as const;
const SCHEDULING = { scheduling: 'time_of_day' } as const;
const QUALIFIED = {
  slots: { budget: { max: 600000 }, financing: 'pre_approved', size: { bedrooms: 3 }, urgency: 'immediate' },
} as const;

suite('a listing turned down by pointing at it is no opt-out', [
  ['esa ya no me interesa, necesitamos 3 recámaras', ES('size', { listing: LISTING }), { optOut: false }],
  ['aquella no me interesa, tiene un solo baño', ES('size', { listing: LISTING }), { optOut: false }],
  ["that one doesn't interest me, we need 4 beds", B('size', { listing: LISTING }), { optOut: false }],
  // ...the talk itself turned down stays a stop
  ['ya no me interesa', ES('size'), { optOut: true }],
  ['no longer interested, thanks', B('size'), { optOut: true }],
]);

suite('a question about the home on the page is no count the lead wants', [
  [
    'solo tiene 1 baño? necesitamos 3 recámaras y 2 baños',
    ES('size', { listing: LISTING }),
    { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2 } },
  ],
  ['does it have 4 bedrooms?', B('size', { listing: LISTING }), { slots: { size: null } }],
  ['is this one 2 baths? we want 3 beds', B('size', { listing: LISTING }), { slots: { 'size.bedrooms': 3 } }],
  // ...asking for homes that have it is a wish
  ['do you have anything with 4 bedrooms?', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['¿tienen algo de 3 recámaras?', ES('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('the home the household lives in now, and a count of people', [
  [
    'ahorita vivimos en un apartamento de una recámara, queremos 3',
    ES('size'),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'my parents live with us in a 2 bedroom apartment. we need 4',
    B('size'),
    { slots: { 'size.bedrooms': 4 } },
  ],
  ['3 está perfecto, somos solo 2', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ["3 works, it's just 2 of us", B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a call asked for in other words, and while a call is being set up', [
  ['¿me puedes echar una llamadita?', ES('urgency'), { escalation: 'person' }],
  ['mejor que Jorge me dé una llamada', ES('urgency'), { escalation: 'person' }],
  ['can jorge give me un call?', B('urgency'), { escalation: 'person' }],
  ['¿nos podría dar una llamada mañana?', ES('urgency'), { escalation: 'person' }],
  // ...not a call someone else makes, nor one the lead gives
  ['el banco me da una llamada cada semana', ES('urgency'), { escalation: null }],
  ["i'll give you a call later", B('urgency'), { escalation: null }],
  ['i had to give a call to the bank', B('urgency'), { escalation: null }],
  // ...while a call is being set up, a call asked for with no time is handed to the team
  ['can you just have jorge call me', B('urgency', { ...QUALIFIED, ...SCHEDULING }), { phase: 'handoff' }],
  ['saturday afternoon is good', B('urgency', { ...QUALIFIED, ...SCHEDULING }), { phase: 'scheduling' }],
]);

suite('a time said for the call is not the move', [
  [
    'saturday afternoon is good for us',
    B('urgency', { slots: { budget: { max: 600000 } }, ...SCHEDULING }),
    { slots: { urgency: null } },
  ],
  [
    'el jueves en la tarde',
    ES('urgency', { slots: { budget: { max: 600000 } }, ...SCHEDULING }),
    { slots: { urgency: null } },
  ],
  // ...unless it names the move
  [
    "friday works. and we'd want to move in by june",
    B('urgency', { slots: { budget: { max: 600000 } }, ...SCHEDULING }),
    { slots: { urgency: 'three_months' } },
  ],
]);

suite('a search given up in a place', [
  ['ya dejamos de ver casas en Fontana, mejor Colton', ES('areas'), { slots: { areas: ['Colton'] } }],
  ['we stopped looking in Chino. Ontario maybe', B('areas'), { slots: { areas: ['Ontario'] } }],
  ['we gave up on Rialto, Upland instead', B('areas'), { slots: { areas: ['Upland'] } }],
]);

suite('soonest said alone, and a sooner move said after a date of something else', [
  ['lo más pronto', ES('urgency'), { slots: { urgency: 'immediate' } }],
  ['lo más rapidito', ES('urgency'), { slots: { urgency: 'immediate' } }],
  ['lo más pronto sería en diciembre', ES('urgency'), { slots: { urgency: 'browsing' } }],
  [
    'la renta se vence en 5 meses, pero quisiéramos mudarnos antes, en unos 2 meses',
    ES('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  [
    'the sooner we get out the better',
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    'cuanto antes nos vayamos mejor',
    SES('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: true },
    },
  ],
  // ..."the bigger the better" is no time
  ['cuanto más grande mejor', ES('urgency'), { slots: { urgency: null } }],
]);

suite('a time gone by and the time of something else are no move', [
  ['yep, got our pre approval a few weeks back', B('financing'), { slots: { urgency: null } }],
  ['we moved here 2 years back', B('urgency'), { slots: { urgency: null } }],
  ['the letter runs out in 45 days', B('financing'), { slots: { urgency: null } }],
  ['the approval only has about 60 days left on it', B('financing'), { slots: { urgency: null } }],
  ['my wife is due in like 3 months', B('budget'), { slots: { urgency: null } }],
  // ...a baby's date the move is tied to still says when
  ["baby's due in about 5 months so before then", B('urgency'), { slots: { urgency: 'six_months' } }],
  ['in a few weeks', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('the 30 to 45 days refused or taken in other words', [
  [
    "that doesn't work for us",
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: false },
    },
  ],
  [
    '30 to 45 days is a no for me',
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: false },
    },
  ],
  [
    'eso no nos sirve',
    SES('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: false },
    },
  ],
  [
    'ok in that case, no. we have not found the next place',
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: false },
    },
  ],
  [
    '30 days is kinda fast but 45 days we could do',
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    '30 es muy rápido pero 45 días sí',
    SES('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    '45 would honestly be fine',
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: true },
    },
  ],
  // ...a no brainer is a yes
  [
    '30 days is a no brainer',
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: true },
    },
  ],
]);

suite('how the lead pays: a letter, part cash with a loan, not knowing yet', [
  ['the approval letter came in today', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['our approval letter says up to 700', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['still waiting on the approval letter', B('financing'), { slots: { financing: null } }],
  [
    'una parte en efectivo y el resto con préstamo, ya tenemos la preaprobación',
    ES('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'half cash, the rest financed, pre approved with chase',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  ['we pay cash', B('financing'), { slots: { financing: 'cash' } }],
  [
    'ya estamos pre aprobados pero todavía no sé por cuánto',
    ES('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  ['todavía no se ha aprobado', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['ni he preguntado en ningún banco', ES('financing'), { slots: { financing: 'needs_lender' } }],
]);

suite('the lead turning from someone else to itself', [
  [
    "her lender says she's pre-qualified for 300. me, nope, haven't called anybody yet",
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'mi hermana ya tiene preaprobación. Yo ni he preguntado en ningún lado',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    "she has to be out by next month, poor thing. i'm not in a hurry, around 6 months for me",
    B('urgency'),
    { slots: { urgency: 'six_months' } },
  ],
  // ...a household's word stays the household's
  ["my wife says we're pre approved for 600", B('financing'), { slots: { financing: 'pre_approved' } }],
]);

suite("someone else's home, sale and time", [
  [
    "it's in good shape. my sister's place needs a ton of work though",
    S('condition'),
    { slots: { condition: 'move_in_ready' } },
  ],
  ['my dad says the house needs a lot of work', S('condition'), { slots: { condition: 'needs_work' } }],
  [
    'A mi vecina le tomó como 4 meses vender la suya',
    SES('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: null },
    },
  ],
  ['the house next door to mine is selling, what are they asking?', LEAD, { kind: 'lead' }],
  ['mi hermano está vendiendo su casa con ustedes y me pasó su número', LEAD_ES, { kind: 'lead' }],
  ['my cousin sold her condo through you last year, she loved jorge', LEAD, { kind: 'lead' }],
  // ...a sale the lead asks help with is one it writes for
  ['mi mamá quiere vender su casa, ¿me pueden ayudar?', LEAD_ES, { kind: 'seller' }],
  ['my mom wants to sell her house with you guys', LEAD, { kind: 'seller' }],
  [
    'one thing: the house next door was a short sale, does that hurt our value?',
    S('condition'),
    { escalation: null },
  ],
  ['we are in a short sale with the bank', S('condition'), { escalation: 'legal' }],
]);

suite('reasons in other words', [
  ['Nos vamos de vuelta pa Puerto Rico', SES('motivation'), { slots: { motivation: 'relocation' } }],
  ["we're going back home to Ohio", S('motivation'), { slots: { motivation: 'relocation' } }],
  ['el pisto ya no nos da pa pagar la mortgage', SES('motivation'), { slots: { motivation: 'financial' } }],
  ['el dinero no nos da para más', SES('motivation'), { slots: { motivation: 'financial' } }],
  [
    "that hinges on whether my husband's transfer to Phoenix gets signed off",
    S('motivation'),
    { contains: { relocationDestination: 'phoenix' } },
  ],
]);

suite('asked whether Jorge or a machine answers', [
  ['who am I actually chatting with here, Jorge or a machine?', S('motivation'), { disclosure: true }],
  ['is it jorge or a bot', B('urgency'), { disclosure: true }],
  ['is jorge going to call me?', B('urgency'), { disclosure: false }],
]);

suite('from the spent conversations-s58 and s58b: figures side by side, a reach without its verb', [
  ['ok like 550 600', B('budget'), { slots: { 'budget.min': 550000, 'budget.max': 600000 } }],
  ['maybe 450 500', B('budget'), { slots: { 'budget.min': 450000, 'budget.max': 500000 } }],
  ['489 is ok, podemos hasta 500', ES('budget'), { slots: { 'budget.max': 500000 } }],
  ['450 está bien, podemos hasta 480', ES('budget'), { slots: { 'budget.max': 480000 } }],
  // ...a count and a figure are no range
  ['3 450', B('budget'), { slots: { 'budget.max': 450000 } }],
]);

suite('from the spent conversations-s58 and s58b: the pace, shorthand, stops taken back, reasons', [
  [
    'ooh thats quick, but yeah we can swing it',
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    "that's fast but fine",
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    '30 days no way lol',
    S('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: false },
    },
  ],
  [
    '45 días imposible, necesitamos más',
    SES('timelineAccepted', { slots: { motivation: 'relocation' } }),
    {
      slots: { timelineAccepted: false },
    },
  ],
  ['og kitchen and baths', S('condition'), { slots: { condition: 'needs_work' } }],
  ['its a lil dated', S('condition'), { slots: { condition: 'needs_work' } }],
  [
    'no stop, i read that wrong. 4 bedrooms works',
    B('size'),
    { optOut: false, slots: { 'size.bedrooms': 4 } },
  ],
  ['stop, lo leí mal. son 3 recámaras', ES('size'), { optOut: false, slots: { 'size.bedrooms': 3 } }],
  ['stop texting me', B('size'), { optOut: true }],
  [
    'ya somos nomás mi viejo y yo, sobran cuartos',
    SES('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  ['el depa ya nos queda chiquito', SES('motivation'), { slots: { motivation: 'upgrading' } }],
  ['Era de mi abuelita, nos la dejó a los nietos', SES('motivation'), { slots: { motivation: 'inherited' } }],
  [
    'my sister said its gonna go to forclosure if we dont do something',
    S('condition'),
    { escalation: 'legal' },
  ],
]);

suite('from the spent conversations-s59d: life changes', [
  ['Buenas, ¿me está contestando el mismo Jorge o una máquina?', SES('motivation'), { disclosure: true }],
  ['hold on, am i chatting with a live human right now or a chatbot?', B('financing'), { disclosure: true }],
  ['que él me llame por favor', SES('priceExpectation'), { escalation: 'person' }],
  ['esto lo quiero ver con Jorge por teléfono', SES('priceExpectation'), { escalation: 'person' }],
  [
    'no way we can move that fast',
    S('timelineAccepted', { slots: { motivation: 'divorce' } }),
    {
      slots: { timelineAccepted: false },
    },
  ],
  [
    '¿30 a 45 días? Uy no, primero necesito dónde vivir',
    SES('timelineAccepted', { slots: { motivation: 'upgrading' } }),
    {
      slots: { timelineAccepted: false },
    },
  ],
  ['we dont have the money to finish it', S('motivation'), { slots: { motivation: 'financial' } }],
  ['5 bedrooms is way more than we need now', S('motivation'), { slots: { motivation: 'downsizing' } }],
  [
    'the contractor bailed with the kitchen torn apart',
    S('condition'),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'we put about 90k into it so id like to see 875',
    S('priceExpectation', {
      slots: { motivation: 'downsizing', timelineAccepted: true, condition: 'move_in_ready' },
    }),
    { slots: { priceExpectation: 875000 } },
  ],
  [
    'le metimos 50 mil en arreglos, queremos 600',
    SES('priceExpectation', {
      slots: { motivation: 'downsizing', timelineAccepted: true, condition: 'move_in_ready' },
    }),
    { slots: { priceExpectation: 600000 } },
  ],
  [
    "we'd want 700 in the spring",
    S('priceExpectation', {
      slots: { motivation: 'downsizing', timelineAccepted: true, condition: 'move_in_ready' },
    }),
    { slots: { priceExpectation: 700000 } },
  ],
  [
    'my half was around 210k, thats going to the down payment. comfortable up to 600',
    B('budget'),
    { slots: { 'budget.max': 600000 } },
  ],
  ['Nadie nos ha preaprobado todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'probate isnt closed and my cousin filed an objection to the will',
    S('condition'),
    { escalation: 'legal' },
  ],
  ['probate closed last year, so we are free to sell', S('condition'), { escalation: null }],
]);

suite('from the spent s58g and s58h: homes described, sold or valued, and a tax question', [
  ['12130 Foothill Blvd, es casa de un piso', SES('address'), { slots: { motivation: null } }],
  ['queremos algo de una planta', SES('motivation'), { slots: { motivation: 'downsizing' } }],
  [
    '¿La casa tiene una habitación con baño en el primer piso?',
    ES('urgency', { listing: LISTING, slots: { size: { bedrooms: 4 } } }),
    { slots: { 'size.bedrooms': 4 } },
  ],
  [
    'we sold our 4 bedroom in etiwanda, so we are paying cash',
    B('size', { listing: LISTING }),
    { slots: { size: null, financing: 'cash' } },
  ],
  [
    'our house is worth like 650 según redfin, for this one we are pre-approved hasta 820',
    B('budget'),
    { slots: { 'budget.max': 820000 } },
  ],
  [
    'our house is worth about 650, thats what we want',
    S('priceExpectation'),
    { slots: { priceExpectation: 650000 } },
  ],
  [
    '¿me conviene ponerla a nombre de mis hijos antes de venderla, por lo de los impuestos?',
    SES('timelineAccepted', { slots: { motivation: 'downsizing' } }),
    { escalation: 'legal' },
  ],
]);

suite('a call asked of one of ours, read by its parts (who calls, the call, the lead as its object)', [
  ['better if Jorge just phones me', B('urgency'), { escalation: 'person' }],
  ['would jorge mind calling me? easier than texting', B('urgency'), { escalation: 'person' }],
  ['honestly i need jorge calling me right now', B('urgency'), { escalation: 'person' }],
  ['prefiero que él me llame', ES('urgency'), { escalation: 'person' }],
  ['it would be great if someone rings me tonight', B('urgency'), { escalation: 'person' }],
  // ...not a call that happened, is dreaded, doubted, or someone else's
  ['jorge never calls me back lol, 3 beds', B('size'), { escalation: null }],
  ['hice que el banco me llamara ayer para la preaprobación', ES('urgency'), { escalation: null }],
  ['wait, is someone going to start calling me now?', B('urgency'), { escalation: null }],
  ['my lender will call me tomorrow', B('urgency'), { escalation: null }],
  ['when jorge calls me ill tell him', B('urgency'), { escalation: null }],
  ['he called me last week about another house', B('urgency'), { escalation: null }],
]);

suite('from the spent sealed s59 and s59c (read after their end measurement)', [
  ["up to 1.65M. it'll be cash, the equity covers it", B('budget'), { slots: { financing: 'cash' } }],
  ['its cash flow positive', B('budget'), { slots: { financing: null } }],
  ['ni hemos ido con un lender todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'los hijos ya hicieron su vida y tanto espacio ya no lo ocupamos',
    SES('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  [
    "we moved to menifee already for my husband's job",
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
]);
