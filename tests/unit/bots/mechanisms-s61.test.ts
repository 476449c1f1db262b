import { B, ES, S, suite } from './probe-suite.js';

/**
 * Session 47's mechanisms (docs/BOTS.md section 51): stops, money beside the budget and lender status read by their
 * parts, with near neighbours written for this file (none from a corpus) and the hard negatives beside them.
 */

const BUDGET = { slots: { budget: { max: 500000 } } } as const;
const BUDGET_ES = { slots: { budget: { max: 500000 } }, lang: 'es' } as const;

suite('a wish not to be contacted: the lead, the wish, fillers, a contact left whole', [
  ['honestly id prefer not to get any more texts about homes', B('size'), { optOut: true }],
  ['i dont want anyone from your office contacting me', B('size'), { optOut: true }],
  ['i really dont want anybody calling me about this', B('size'), { optOut: true }],
  ['we no longer want to be contacted', B('size'), { optOut: true }],
  ["honestly i'd rather not be contacted again", B('size'), { optOut: true }],
  ['no quiero que nadie de su oficina me contacte', ES('size'), { optOut: true }],
  ['preferimos no recibir más mensajes', ES('size'), { optOut: true }],
  ['no deseo ser contactado', ES('size'), { optOut: true }],
  ['no quiero volver a recibir mensajes', ES('size'), { optOut: true }],
  // ...narrowed to an hour, a sender, a language or a kind, or about something else: no stop
  ['i dont want texts after 8pm', B('size'), { optOut: false }],
  ['i dont want calls from lenders', B('size'), { optOut: false }],
  ['i dont want texts about condos', B('size'), { optOut: false }],
  ['no quiero mensajes en inglés', ES('size'), { optOut: false }],
  ['i dont want a house with a pool call me if one comes up', B('size'), { optOut: false }],
  ["don't need a call, just send me what you have", B('size'), { optOut: false }],
  ['if i dont want texts later can i just say stop?', B('size'), { optOut: false }],
  // ...one channel refused with another welcome: that channel only
  ["we'd rather not get phone calls, texting here is better for us", B('size'), { optOut: false }],
  ['prefiero no recibir llamadas, mejor mensajes', ES('size'), { optOut: false }],
]);

suite('a removal of the lead: a removal verb over the lead or the lead’s details, from our records', [
  ['can you wipe my details from your system pls', B('size'), { optOut: true }],
  ['scrub my number please', B('size'), { optOut: true }],
  ['please erase our info, we bought elsewhere', B('size'), { optOut: true }],
  ['could you delete this number from your records?', B('size'), { optOut: true }],
  ['he had this number before me, nobody here is buying so pls lose it', B('size'), { optOut: true }],
  ['eliminen mi número por favor', ES('size'), { optOut: true }],
  ['este número era de mi tío, bórrenlo de su sistema', ES('size'), { optOut: true }],
  // ...not asked of us, negated, asked about, or not the lead's details
  ['dont lose my number, text me in june', B('size'), { optOut: false }],
  ["please don't delete my info, i still want listings", B('size'), { optOut: false }],
  ['did you delete my info?', B('size'), { optOut: false }],
  ['i deleted my number from zillow', B('size'), { optOut: false }],
  ['my husband deleted your number by mistake lol', B('size'), { optOut: false }],
  ['remove the pool from my must haves', B('size'), { optOut: false }],
  ['drop me a text when something comes up', B('size'), { optOut: false }],
  ['lose the attitude lol, just kidding', B('size'), { optOut: false }],
  ['no quiero perder su número', ES('size'), { optOut: false }],
]);

suite('no further contact, a number that takes none, off what we send, a stop asked as a kindness', [
  ['no further contact please', B('size'), { optOut: true }],
  ['no more communication from your team please', B('size'), { optOut: true }],
  ['this number is not accepting messages from you', B('size'), { optOut: true }],
  ['this phone does not accept marketing texts', B('size'), { optOut: true }],
  ['I want off your texts', B('size'), { optOut: true }],
  ['get me off this list asap', B('size'), { optOut: true }],
  ["i'd appreciate it if you stopped texting me", B('size'), { optOut: true }],
  ["I'd be grateful if you'd stop messaging me", B('size'), { optOut: true }],
  // ...narrowed, or about something else
  ["I'd appreciate it if you didn't text me on weekends", B('size'), { optOut: false }],
  ["i'd love it if you sent more listings", B('size'), { optOut: false }],
  ['we dont take calls from unknown numbers, text me', B('size'), { optOut: false }],
  ['i need to get off work early to see it', B('size'), { optOut: false }],
]);

suite('a wrong number is the lead’s phone, not a figure printed somewhere', [
  ['creo que pusieron el número equivocado en el anuncio, dice 3 baños', ES('size'), { optOut: false }],
  ['wrong number on the flyer btw, the listing agent is someone else', B('size'), { optOut: false }],
  ['wrong number', B('size'), { optOut: true }],
  ['número equivocado', ES('size'), { optOut: true }],
]);

suite('money the lead has is no price: a role word names the amount right before it', [
  [
    'Contamos con una inicial de 100 mil, el resto sería con préstamo',
    ES('budget'),
    { slots: { budget: null } },
  ],
  ['de alquiler pagamos 2300 y juntamos unos 150 mil para poner', ES('budget'), { slots: { budget: null } }],
  ['we have 30k on hand for closing', B('budget'), { slots: { budget: null } }],
  // ...and the amount after it is the budget
  [
    'Tenemos 35 mil para la inicial y la casa no puede pasar de 510 mil',
    ES('budget'),
    { slots: { 'budget.max': 510000 } },
  ],
  ['40k for the down payment, homes up to 600', B('budget'), { slots: { 'budget.max': 600000 } }],
]);

suite('after a lender’s figure, the lead’s own limit; a figure turned down is none', [
  ['approved for 480, so homes up to 580', B('budget'), { slots: { 'budget.max': 580000 } }],
  ['the bank approved 480, homes up to 580', B('budget'), { slots: { 'budget.max': 580000 } }],
  [
    'the lender said we qualify for like 520 but we dont want to go all the way up there',
    B('budget'),
    { slots: { budget: null } },
  ],
  ['nos aprobaron 600 mil pero no queremos llegar a tanto', ES('budget'), { slots: { budget: null } }],
  // ...an approval alone is still the ceiling
  ['approved up to 500', B('budget'), { slots: { 'budget.max': 500000 } }],
]);

suite('not started with a lender, by its parts; an approval for other credit is none', [
  [
    'my dad just got approved with chase for his condo but we havent done anything on our end',
    B('financing', BUDGET),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'mi suegro ya está aprobado. nosotros aún nada',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'todavía no hemos hecho nada con el banco',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender' } },
  ],
  ['we still have nothing lined up', B('financing', BUDGET), { slots: { financing: 'needs_lender' } }],
  ['we havent started looking yet', B('financing', BUDGET), { slots: { financing: null } }],
  ['Eso lo ve mi esposo, yo no sé nada de eso', ES('financing', BUDGET_ES), { slots: { financing: null } }],
  [
    'we just got approved for a car loan so our credit is decent',
    B('financing', BUDGET),
    { slots: { financing: null } },
  ],
  [
    'nos aprobaron la tarjeta de crédito pero para casa todavía no',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender' } },
  ],
  ['approved with chase for 500k', B('financing'), { slots: { financing: 'pre_approved' } }],
]);

suite('from the review and the work set s61b: more parts of a stop, and what is not one', [
  ['honestly i realy dont want ppl hitting up my phone about houses anymore', B('size'), { optOut: true }],
  ['Preferiría que no me sigáis mandando nada más. Un saludo', ES('size'), { optOut: true }],
  ['Les solicito que supriman mis datos personales de su sistema', ES('size'), { optOut: true }],
  ['going forward, no more outreach to this number please', B('size'), { optOut: true }],
  ['no calls and no texts. ill reach out if i ever need something', B('size'), { optOut: true }],
  ['this is a work line, we dont accept texts here', B('size'), { optOut: true }],
  ['count me out of these txts from here on', B('size'), { optOut: true }],
  [
    'So id rather not get any more messages about the house. Thanks for your time',
    B('size'),
    { optOut: true },
  ],
  ['Te agradecería que a partir de ahora no me llegaran más mensajes vuestros', ES('size'), { optOut: true }],
  ['mejor ahí le paramos con los mensajes, yo los busco cuando estemos listos', ES('size'), { optOut: true }],
  // ...someone else's, narrowed, or for whom something else is removed
  ['hes being difficult, told me to stop texting him about it', B('size'), { optOut: false }],
  ['Quíteme lo de la alberca de mi lista, ya no la necesitamos', ES('size'), { optOut: false }],
  ['le agradecería que no me llame en horas de trabajo', ES('size'), { optOut: false }],
  ['pls dont call, i cant pick up at the warehouse. msgs here work way better', B('size'), { optOut: false }],
  ['no texts from my lender yet, should i call them?', B('size'), { optOut: false }],
]);

suite('a lender’s figure, then the lead’s own; money put down by reference; a landlord’s sale', [
  [
    'the credit union approved us for as much as 610 but we want the mortgage around 3,400 a month tops so 540 is our number',
    B('budget'),
    { slots: { 'budget.max': 540000 } },
  ],
  [
    'Ya nos preaprobaron hasta 780 pero la idea es no pasar de 700',
    ES('budget'),
    { slots: { 'budget.max': 700000 } },
  ],
  [
    'we got pre-approved con el credit union for 575 pero we want to stay around 525',
    B('budget'),
    { slots: { 'budget.max': 525000 } },
  ],
  ['Mirá, tenemos aprobado hasta 470, no llegamos a 479', ES('budget'), { slots: { 'budget.max': 470000 } }],
  [
    'Tenemos aprobado hasta 550 mil pero queremos algo de 480 mil',
    ES('budget'),
    { slots: { 'budget.max': 480000 } },
  ],
  [
    'about 140k after the lawyers took their cut, i want to put most of that down. thinking around 500 total',
    B('budget'),
    { slots: { 'budget.max': 500000 }, escalation: null },
  ],
  ['the lawyer wants his fee before we can sell', S('condition'), { escalation: 'legal' }],
  [
    'lease is up in about 9 weeks. landlord already told us hes selling the place after we leave',
    B('urgency'),
    { kind: 'buyer' },
  ],
]);

suite('whose approval: someone else’s for their own purchase is none of the lead’s', [
  [
    'Nosotros con ningún banco hemos tratado, nomás mi cuñado. Él sí está preaprobado pero es para la casa que va a comprar él',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'my brother in law is a loan officer, he already approved us',
    B('financing', BUDGET),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'my husband got preapproved, he sent the letter',
    B('financing', BUDGET),
    { slots: { financing: 'pre_approved' } },
  ],
  ['el banco ya nos preaprobó', ES('financing', BUDGET_ES), { slots: { financing: 'pre_approved' } }],
]);

suite('a place the lead has had enough of, or that someone turns down later in its sentence', [
  [
    'upland or montclair mostly. not pomona again lol we are done with pomona',
    B('areas'),
    { slots: { areas: ['Upland', 'Montclair'] } },
  ],
  [
    'colton, maybe rialto. hesperia has cheap houses but my wife says no way',
    B('areas'),
    { slots: { areas: ['Colton', 'Rialto'] } },
  ],
  ['ya estamos hartos de ontario, mejor fontana', ES('areas'), { slots: { areas: ['Fontana'] } }],
  ['we are looking over in fontana', B('areas'), { slots: { areas: ['Fontana'] } }],
  ['hesperia, my wife loves it', B('areas'), { slots: { areas: ['Hesperia'] } }],
]);

suite('after the held-out sets were spent: consent revoked, ceasing in Spanish, going on after a joke', [
  ['Per the TCPA I am revoking any consent to be contacted at this number.', B('size'), { optOut: true }],
  ['Send no further messages.', B('size'), { optOut: true }],
  ['os pido que dejéis de escribirme a este número', ES('size'), { optOut: true }],
  ['ya no tiene este número, dejen de escribir aquí por favor', ES('size'), { optOut: true }],
  [
    'Les solicito que retiren mis datos y que cese todo contacto conmigo por esta vía',
    ES('size'),
    { optOut: true },
  ],
  ['been getting these for weeks, make it stop', B('size'), { optOut: true }],
  ['dejen de escribirle a mi esposa', ES('size'), { optOut: false }],
  [
    'if my wife sees one more listing shes gonna make me tell you to stop texting. jk keep em coming',
    B('size'),
    { optOut: false },
  ],
  [
    'si no encontramos nada le digo que deje de escribirme. mientras tanto sígale',
    ES('size'),
    { optOut: false },
  ],
  ['sorry wrong number, eso era pa mi comadre. seguimos buscando', ES('size'), { optOut: false }],
  [
    "we've got around 200k cash to put in and we'll finance the rest, total budget like 900k",
    B('budget'),
    { slots: { 'budget.max': 900000 } },
  ],
  ['el down would be 20% and my cash on hand is like 130k', B('budget'), { slots: { budget: null } }],
  ['ni hemos pisado un banco aún', ES('financing', BUDGET_ES), { slots: { financing: 'needs_lender' } }],
  [
    'nos aprobaron la extensión del contrato de renta hasta agosto',
    ES('financing', BUDGET_ES),
    { slots: { financing: null } },
  ],
]);

suite('from the spent sealed-s61: a lender’s answer told as the lead’s reach, a letter sent, no bank yet', [
  [
    'talked to the lender, we are good up to 730',
    B('financing', BUDGET),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'my brother talked to his bank, he is good up to 500',
    B('financing', BUDGET),
    { slots: { financing: null } },
  ],
  [
    'el loan officer ya nos mandó el approval letter',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'Con ningún banco todavía, y sin prisa',
    ES('financing', BUDGET_ES),
    { slots: { financing: 'needs_lender' } },
  ],
]);

suite(
  'after the third writer’s set was spent: "#", "favor de", joined requests, money held, whose approval',
  [
    ['never text this # again', B('size'), { optOut: true }],
    ['favor de ya no seguirme mandando mensajes, ya compramos', ES('size'), { optOut: true }],
    ['Os pido que dejéis de escribirme y que borréis mis datos', ES('size'), { optOut: true }],
    ['we got 35k cash on hand para closing costs', B('budget'), { slots: { financing: null, budget: null } }],
    ['Al mes podríamos pagar unos 3 mil, no más', ES('budget'), { slots: { budget: null } }],
    [
      "the rental application got approved. mortgage stuff we haven't touched",
      B('budget'),
      { slots: { financing: 'needs_lender' } },
    ],
    [
      'Nuestro hijo tiene la hipoteca aprobada para su piso; nosotros pagaremos sin préstamo',
      ES('budget'),
      { slots: { financing: 'cash' } },
    ],
    ['Ellos tienen ahorrados como 380 mil', ES('budget'), { slots: { 'budget.max': 380000 } }],
  ],
);

suite('the lead stopping its own texting later is no request to us', [
  ["i'll stop texting you when we find a house lol", B('size'), { optOut: false }],
  ["i'll say it again, stop texting me", B('size'), { optOut: true }],
  ["i'll stop texting you, and please stop texting me", B('size'), { optOut: true }],
]);
