import { B, ES, picking, S, SES, suite } from './probe-suite.js';

/**
 * Session 50's reading mechanisms (docs/BOTS.md section 54), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

suite('going on with what we send, refused in Spanish, is a stop', [
  ['ya no sigan con los mensajes por favor', ES('budget'), { optOut: true }],
  ['no continúen mandando mensajes, gracias', ES('budget'), { optOut: true }],
  ['ya no sigan escribiendo, ya compramos', ES('urgency'), { optOut: true }],
  // what we send narrowed, someone else, a time: no stop
  ['no sigan mandando casas en Fontana, solo Upland', ES('areas'), { optOut: false }],
  ['no sigan llamando a mi esposa, mejor a mí', ES('budget'), { optOut: false }],
  ['no sigan con los mensajes de noche porfa', ES('budget'), { optOut: false }],
]);

suite('a removal that names its channel stops that channel only', [
  ['unsubscribe me from the newsletter emails, texting is fine', B('budget'), { optOut: false }],
  ['take me off your call list, texting me here is perfectly fine', B('budget'), { optOut: false }],
  ['denme de baja de los correos, por mensaje está bien', ES('budget'), { optOut: false }],
  // nothing else welcomed, or every channel: a stop
  ['unsubscribe me from the emails', B('budget'), { optOut: true }],
  ['take me off your list', B('budget'), { optOut: true }],
  ['unsubscribe me from everything, texts too', B('budget'), { optOut: true }],
]);

suite('a call put off ("not yet") is no stop', [
  ['no me llamen todavía, primero quiero ver más casas por aquí', ES('budget'), { optOut: false }],
  ["don't call me just yet, still comparing neighborhoods", B('budget'), { optOut: false }],
  ['no me llames aún porfa', ES('budget'), { optOut: false }],
  // a stop with a reason that says "yet" is still a stop
  ["stop texting me, we haven't decided anything yet", B('budget'), { optOut: true }],
  ['no me llamen, todavía estoy viendo y no quiero llamadas', ES('budget'), { optOut: true }],
]);

suite('a time said as when to follow up is not the move', [
  ['check back with me in march, we have a lot going on', B('urgency'), { slots: { urgency: null } }],
  ['pregúntame en dos semanas, ahorita no sé', ES('urgency'), { slots: { urgency: null } }],
  ['te aviso en un mes más o menos', ES('urgency'), { slots: { urgency: null } }],
  ['all hinges on my transfer, hit me up again in a few weeks', B('urgency'), { slots: { urgency: null } }],
  // the move's own time beside a follow-up
  ['we need to be moved by june, text me next week', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['nos mudamos en un mes, escríbeme mañana', ES('urgency'), { slots: { urgency: 'immediate' } }],
  ['in a couple weeks hopefully', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('numbered streets, and a street whose name is also a money word', [
  [
    'it is 4418 21st st, the blue one',
    S('address', { slots: {} }),
    { contains: { address: '4418 21st st' } },
  ],
  ['la casa está en 2290 3rd Ave', SES('address', { slots: {} }), { contains: { address: '2290 3rd ave' } }],
  ['3375 Grand Ave, off the 210', S('address', { slots: {} }), { contains: { address: '3375 grand ave' } }],
  // money and counts stay money and counts
  ['we can put 60 grand down', B('budget'), { slots: { address: null } }],
  ['12 19th century homes on the block', S('address', { slots: {} }), { slots: { address: null } }],
]);

suite('a length said as the term of something is no move; a day after its month is no money', [
  ['we have a 12 month lease that runs out july 31', B('urgency'), { slots: { urgency: 'six_months' } }],
  [
    'mi esposo regresa de un despliegue de 9 meses en abril',
    ES('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  ['our lease ends april 20 and we pay 2,150 now', B('urgency'), { slots: { urgency: 'three_months' } }],
  // a length that is the move's own time
  ['we want to be moved in 6 months', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['6 months, once the lease is done', B('urgency'), { slots: { urgency: 'six_months' } }],
  // money beside a month stays money
  ['by june, and 650 tops', B('budget'), { slots: { 'budget.max': 650000 } }],
]);

suite('a lender that said no, or none yet, is a lender needed', [
  ['navy federal turned us down in january', B('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'we got declined by the credit union last month',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['el banco no nos aprobó, ocupamos otro', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['prestamista no tenemos, ¿conocen alguno?', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ["we haven't met with a lender yet", B('financing'), { slots: { financing: 'needs_lender' } }],
  // someone else's no, or another thing refused
  [
    'my brother got turned down by chase but we are pre approved',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'aprobados con el banco, lo que nos rechazaron fue el carro',
    ES('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('three quarters and a quarter of a "mil" are money', [
  ['three quarters of a mil is our ceiling', B('budget'), { slots: { 'budget.max': 750000 } }],
  ['tres cuartos de millón como máximo', ES('budget'), { slots: { 'budget.max': 750000 } }],
  // a quarter of something else is no budget
  ['three quarters of an acre lot would be nice', B('budget'), { slots: { budget: null } }],
]);

const WEEK = ['Wed Mar 11, 2:15pm', 'Thu Mar 12, 8:00am', 'Sun Mar 15, 1:00pm'];
const THURSDAY = ['Thu Mar 12, 11:00am', 'Thu Mar 12, 4:30pm', 'Mon Mar 16, 9:30am'];

suite('a day said as taken is no pick; "after lunch" in Spanish is the afternoon', [
  ['thursday works, my shift takes up all of wednesday', picking(WEEK), { booked: 1 }],
  ['el domingo, el miércoles ya está ocupado', picking(WEEK, 'es'), { booked: 2 }],
  ['el jueves, después de almorzar', picking(THURSDAY, 'es'), { booked: 1 }],
  ['jueves, antes de la comida', picking(THURSDAY, 'es'), { booked: 0 }],
  // a day taken and no other picked: no booking
  ['wednesday is packed for me', picking(WEEK), { booked: null }],
]);

suite("a ceiling said, a wish under it, and a lender's qualification", [
  ['max 680, but ideally like 640', B('budget'), { slots: { 'budget.max': 680000 } }],
  ['hasta 700 máximo, pero idealmente como 650', ES('budget'), { slots: { 'budget.max': 700000 } }],
  [
    'prequalified for 590, we would be comfortable around 540',
    B('budget'),
    { slots: { 'budget.max': 540000 } },
  ],
  [
    'nos precalificaron por 600 pero queremos quedarnos en 520',
    ES('budget'),
    { slots: { 'budget.max': 520000 } },
  ],
  // a second thought without a ceiling before it is still the answer
  ['600, but honestly more like 560', B('budget'), { slots: { 'budget.max': 560000 } }],
]);

const SELLER_PRICE = {
  slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
};
suite('"espérate" and its forms hand the figure over like "espéreme"', [
  [
    'Unos 590... no, espérate, mi esposa dice que 615',
    SES('priceExpectation', SELLER_PRICE),
    { slots: { priceExpectation: 615000 } },
  ],
  [
    'como 700, aguánteme, mi hijo dice que 720',
    SES('priceExpectation', SELLER_PRICE),
    { slots: { priceExpectation: 720000 } },
  ],
  // "espera" as "we hope"
  [
    'mi esposo espera unos 640',
    SES('priceExpectation', SELLER_PRICE),
    { slots: { priceExpectation: 640000 } },
  ],
]);

suite('a flaw fixed in the same breath is gone; a small flaw of one part leaves the verdict', [
  [
    'the dog wrecked the floors but we replaced all of them last year',
    S('condition'),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'se goteaba el techo pero ya lo arreglamos, lo demás bien',
    SES('condition'),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'está en buen estado, nomás el patio está un poco descuidado',
    SES('condition'),
    { slots: { condition: 'move_in_ready' } },
  ],
  // a fix of something else, or a flaw of the whole home, still needs work
  ['the roof leaks but we fixed the fence', S('condition'), { slots: { condition: 'needs_work' } }],
  [
    'está bien por fuera pero la casa está muy descuidada',
    SES('condition'),
    { slots: { condition: 'needs_work' } },
  ],
]);

suite('a monthly income and the next earner are no budget; a cost far under the budget is no limit', [
  [
    'gano como 4 mil al mes y mi esposo como 3 mil, el banco dice que hasta 520 mil',
    ES('budget'),
    { slots: { 'budget.max': 520000 } },
  ],
  ['we make about 11k a month together, thinking 600 tops', B('budget'), { slots: { 'budget.max': 600000 } }],
  ['máximo 610 mil, y que el HOA sea de menos de 200', ES('budget'), { slots: { 'budget.max': 610000 } }],
  // a second limit near the first is the lead's own
  ['hasta 600, bueno no más de 560', ES('budget'), { slots: { 'budget.max': 560000 } }],
]);

suite('the review-s64 mechanisms, in other words: stops and no stops', [
  ['no sigáis llamándome, que ya compramos', ES('budget'), { optOut: true }],
  ['no le sigan escribiendo a este número, ya no busco', ES('budget'), { optOut: true }],
  ['ya no queremos recibir ni una llamada', ES('budget'), { optOut: true }],
  ['no me sigan mandando los que tienen alberca, no nos interesa la alberca', ES('areas'), { optOut: false }],
  ['todavía no me marquen, primero veo con mi esposa', ES('budget'), { optOut: false }],
  ['take me off the newsletter emails please, texting is cool', B('budget'), { optOut: false }],
  ['i hit unsubscribe on your emails by mistake, can you add me back?', B('budget'), { optOut: false }],
  ['a mi hermana ya no le escriban, conmigo sí sigan', ES('budget'), { optOut: false }],
]);

suite('the review-s64 mechanisms, in other words: lenders, prices, condition', [
  [
    'the credit union said no on our loan, need someone else',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'nos negaron la tarjeta de crédito pero la casa ya está preaprobada',
    ES('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  ['¿lender? ninguno todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'around 640... hang on, my dad says 660',
    S('priceExpectation', SELLER_PRICE),
    { slots: { priceExpectation: 660000 } },
  ],
  [
    'unos 600... un segundo, dice mi esposa que 625',
    SES('priceExpectation', SELLER_PRICE),
    { slots: { priceExpectation: 625000 } },
  ],
  [
    'the fence rotted but we ripped it out and put up a new one',
    S('condition'),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

suite('the review-s64 mechanisms, in other words: dates and picks', [
  ['hago un curso de 2 meses y nos mudamos en julio', ES('urgency'), { slots: { urgency: 'six_months' } }],
  ['agosto 10 nos tenemos que salir de aquí', ES('urgency'), { slots: { urgency: 'six_months' } }],
  [
    'the water bill is due march 30, moving is more like next year',
    B('urgency'),
    { slots: { urgency: 'browsing' } },
  ],
  ['taxes get paid april 15, but the move is in october', B('urgency'), { slots: { urgency: 'browsing' } }],
  // a lease's end and a baby's due date stay the move's time
  ['our lease is due for renewal may 1, so by then', B('urgency'), { slots: { urgency: 'three_months' } }],
  [
    "she's due in june, we want to be in before the baby",
    B('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  ['wednesday is a no go, thursday works', picking(WEEK), { booked: 1 }],
  ['creí que el domingo trabajaba pero no, así que el domingo', picking(WEEK, 'es'), { booked: 2 }],
  ['el jueves antes de comer', picking(THURSDAY, 'es'), { booked: 0 }],
]);

suite('the review-optout-s64 mechanisms, in other words', [
  ['please cut out the texts, not interested anymore', B('budget'), { optOut: true }],
  ['id rather not hear from you guys again', B('budget'), { optOut: true }],
  ['my number needs to come off your list', B('budget'), { optOut: true }],
  ['please let this be the last text you send me', B('budget'), { optOut: true }],
  ['no more pings from you', B('budget'), { optOut: true }],
  ['never hit up this number again', B('budget'), { optOut: true }],
  ['ya párenle con las llamadas, gracias', ES('budget'), { optOut: true }],
  ['por favor dejen de comunicarse a este cel', ES('budget'), { optOut: true }],
  ['ya estuvo con tantos mensajes', ES('budget'), { optOut: true }],
  ['dejen en paz este número', ES('budget'), { optOut: true }],
  ['mi papá ya no vive, bórrenlo de su lista por favor', ES('budget'), { optOut: true }],
  ['no me buelban a escrivir', ES('budget'), { optOut: true }],
  // no stop
  ['stop pulling up townhomes for me, single family only', B('areas'), { optOut: false }],
  ['no more calls today, in meetings. tomorrow is fine', B('budget'), { optOut: false }],
  ['stop. wait, disregard that, wrong chat. 3 bedrooms', B('size'), { optOut: false }],
  ['no me llamen, mejor por whatsapp o por aquí sí', ES('budget'), { optOut: false }],
  ['cut out the carpet talk, we will replace it anyway', S('condition'), { optOut: false }],
]);

// The trained opt-out reading (topic-model/optout.*.json): it adds a stop the rules miss, only in a message that speaks
// of contact, asks nothing, has two words or more and does not hang on any one of them.
suite('the trained opt-out reading adds a stop the rules miss, and nothing else', [
  ['this number is not taking messages from realtors anymore', B('budget'), { optOut: true }],
  ['can you text me the address of the open house?', B('budget'), { optOut: false }],
  ['my number changed, text the new one: 909 555 0144', B('budget'), { optOut: false }],
  ['ok thanks, i will message you when my lease is up', B('budget'), { optOut: false }],
  ['send the listings to my email instead of this number please', B('budget'), { optOut: false }],
  ['mi esposo dice que le manden los mensajes a él también', ES('budget'), { optOut: false }],
  ['gracias, les escribo mañana con lo del banco', ES('budget'), { optOut: false }],
  ['I stopped getting the listing alerts, can you add me back', B('budget'), { optOut: false }],
  ['no tengo whatsapp, mejor por mensaje normal', ES('budget'), { optOut: false }],
  ['the lender keeps calling me lol, anyway 3 bedrooms', B('budget'), { optOut: false }],
  ['thx', B('budget'), { optOut: false }],
  ['Bendiciones para usted', ES('budget'), { optOut: false }],
  [
    'Good evening. I got a text from this number about a house. Who am I speaking with?',
    B('budget'),
    { optOut: false },
  ],
]);

suite('the trained opt-out reading stays out of a contact to come', [
  ['ok gracias, cualquier cosa les escribo', ES('budget'), { optOut: false }],
  ['thanks, i will reach out again after the holidays', B('budget'), { optOut: false }],
]);
