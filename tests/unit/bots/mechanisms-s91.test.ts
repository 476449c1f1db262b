import { B, ES, suite } from './probe-suite.js';

/**
 * Session 69's reading mechanisms (docs/BOTS.md section 72), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const LISTING = {
  id: 'L-m91',
  address: '300 Test Ave, Rancho Cucamonga, CA 91739',
  price: 720000,
  beds: 4,
  baths: 3,
  area: 'Etiwanda',
  features: ['saltwater pool', 'owned solar', 'HOA $90/mo', 'three-car garage'],
};
const onListing = { ...B('budget'), intent: 'buy' as const, listing: LISTING };
const onListingEs = { ...onListing, lang: 'es' as const };
/** A seller with an address, asked `asking` (the reason by default), in English or Spanish. */
const S_ADDRESSED = (lang: 'en' | 'es' = 'en', asking: 'motivation' | 'priceExpectation' = 'motivation') => ({
  intent: 'sell' as const,
  kind: 'seller' as const,
  asking,
  ...(lang === 'es' ? { lang } : {}),
  slots: { address: '1045 N La Cadena Dr' },
});
const SES_ADDRESSED = (asking: 'motivation' | 'priceExpectation') => S_ADDRESSED('es', asking);
/** A seller asked the address, nothing known yet. */
const ADDRESS = { intent: 'sell' as const, kind: 'seller' as const, asking: 'address' as const, slots: {} };

suite('a negated "still looking" welcomes nothing, so the stop after it is read', [
  ['no estamos buscando. ya no necesito más mensajes', ES('size'), { optOut: true }],
  ["we're not looking anymore. no need for more texts", B('size'), { optOut: true }],
  // (still looking, said plainly, keeps the model out)
  ['seguimos buscando, pero no necesito tantos mensajes', ES('size'), { optOut: false }],
  ["don't stop looking for us, 3 bedrooms", B('size'), { optOut: false, slots: { 'size.bedrooms': 3 } }],
]);

suite('someone named in a sentence with no word of contact is no one the stop is for', [
  ['My wife passed last year. please take this number out of your system', B('size'), { optOut: true }],
  ['mi esposo falleció. quiten este número de su sistema', ES('size'), { optOut: true }],
  // (named in the sentence that speaks of contact: the number is handed over, not stopped)
  ['text my wife instead, she handles it', B('size'), { optOut: false }],
]);

suite('a living person said as "flesh and blood", and Jorge or his office asked as who answers', [
  ['¿estoy hablando con alguien de carne y hueso?', ES('size'), { disclosure: true }],
  ['is there a flesh and blood human reading this?', B('size'), { disclosure: true }],
  ['¿me contesta Jorge o alguien de la oficina?', ES('size'), { disclosure: true }],
  ['¿me está escribiendo el señor Jorge o alguien de su equipo?', ES('size'), { disclosure: true }],
  // (family, not a person answering)
  [
    'my own flesh and blood wants 4 bedrooms',
    B('size'),
    { disclosure: false, slots: { 'size.bedrooms': 4 } },
  ],
]);

suite('a house number glued to its street, a half lot, a street said before its number', [
  ['2231maple st', ADDRESS, { contains: { address: '2231 maple st' } }],
  ['its at 15040baseline rd', ADDRESS, { contains: { address: '15040 baseline rd' } }],
  ['7021 1/2 Sunflower St', ADDRESS, { contains: { address: '7021 1/2 sunflower st' } }],
  ['Calle Olivo 4410 interior 2', ADDRESS, { contains: { address: '4410 calle olivo' } }],
  ['Lemon Ave 8812 apt 3', ADDRESS, { contains: { address: '8812 lemon ave' } }],
  // (a size glued to its unit is no house number)
  ['about 1800sqft, 3 beds', ADDRESS, { slots: { address: null } }],
]);

suite("a listing's HOA written among its features answers the HOA question; salt water in Spanish", [
  ['how much is the hoa?', onListing, { answer: 'listing' }],
  ['¿cuánto es la cuota de la asociación?', onListingEs, { answer: 'listing' }],
  ['¿la alberca es de agua salada?', onListingEs, { answer: 'listing' }],
  // (what it does not say stays the agent's)
  ['¿la alberca es climatizada?', onListingEs, { answer: 'agent' }],
]);

/** A buyer with a budget and a size known, asked when. */
const KNOWN = { slots: { budget: { max: 380000 }, financing: 'pre_approved', size: { bedrooms: 2 } } };
/** A buyer who knows every answer but the areas, looking in Fontana. */
const IN_FONTANA = {
  slots: { budget: { max: 625000 }, financing: 'pre_approved', size: { bedrooms: 3 }, areas: ['Fontana'] },
};
const SELLER_WINDOW = {
  intent: 'sell' as const,
  kind: 'seller' as const,
  asking: 'timelineAccepted' as const,
  slots: { address: '3907 Campus Ave', motivation: 'upgrading' as const },
};

suite('a length said of something that comes back, or of being away until a day, is no time for the move', [
  [
    'im a nurse, gone 2 weeks at a time for travel contracts',
    { intent: 'buy' },
    { slots: { urgency: null } },
  ],
  ['trabajo en la pisca 3 meses seguidos', { intent: 'buy', lang: 'es' }, { slots: { urgency: null } }],
  ["i'm on shift till friday, call me after", B('urgency', KNOWN), { slots: { urgency: null } }],
  ['ando de viaje hasta el lunes', ES('urgency', KNOWN), { slots: { urgency: null } }],
  // (a move said with it still is one)
  [
    'gone 2 weeks at a time, but we need to move in 2 months',
    { intent: 'buy' },
    { slots: { urgency: 'three_months' } },
  ],
  ["we can't move until june", B('urgency', KNOWN), { slots: { urgency: 'three_months' } }],
]);

suite('the lead\'s own home named, then asked after as "it", is a home-value question', [
  ['got a letter about my house today. what is it worth?', {}, { kind: 'seller' }],
  ['mi casa está en la calle Olivo, ¿cuánto vale?', { lang: 'es' }, { kind: 'seller' }],
  // (this listing's worth is no home of the lead's)
  ['my wife loves this listing, whats it worth really?', {}, { kind: 'lead' }],
]);

suite('the window asked back about is no answer to it', [
  ['what do you mean, like sell it that fast?', SELLER_WINDOW, { slots: { timelineAccepted: null } }],
  ['close in 30 days or just put it on the market?', SELLER_WINDOW, { slots: { timelineAccepted: null } }],
  ['¿cómo que en 30 días?', { ...SELLER_WINDOW, lang: 'es' }, { slots: { timelineAccepted: null } }],
  // (a yes after it answers)
  ['¿30 o 45? sí se puede', { ...SELLER_WINDOW, lang: 'es' }, { slots: { timelineAccepted: true } }],
]);

suite("a budget moved in the lead's own words, a lender's figure taken up, a reach not made", [
  ['mejor subo a 450 mil', ES('urgency', KNOWN), { slots: { 'budget.max': 450000 } }],
  ['por la casa correcta llego a 420', ES('urgency', KNOWN), { slots: { 'budget.max': 420000 } }],
  [
    'the bank only approved 350 so we lowered our budget to that',
    B('urgency', KNOWN),
    { slots: { 'budget.max': 350000 } },
  ],
  // (a lender's figure alone moves no budget the lead said; a reach denied is none)
  ['update: the approval letter says 410', B('urgency', KNOWN), { slots: { 'budget.max': 380000 } }],
  ['tenemos aprobado hasta 370, no llegamos a 390', ES('budget'), { slots: { 'budget.max': 370000 } }],
]);

suite("a lien someone left on the home sold is a legal matter, a neighbour's is not", [
  [
    'my late mom left a tax lien on the house, can that come out of the sale?',
    S_ADDRESSED(),
    { escalation: 'legal' },
  ],
  ['mi papá dejó un tax lien, ¿se paga en el cierre?', S_ADDRESSED('es'), { escalation: 'legal' }],
  ['the neighbor has a tax lien on his place lol', S_ADDRESSED(), { escalation: null }],
]);

suite('a meeting with the lender still ahead, or put off, is no approval yet', [
  [
    'we have an appointment with the lender on friday',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'tuvimos que cancelar la cita con el prestamista, la vamos a reprogramar',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'had our appointment with the lender yesterday, pre approved for 400',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('a place found too dear or too far is turned down; places said "instead" replace the known ones', [
  ['fontana está muy caro, mejor rialto', ES('urgency', IN_FONTANA), { slots: { areas: ['Rialto'] } }],
  ['fontana is too far from work, upland then', B('urgency', IN_FONTANA), { slots: { areas: ['Upland'] } }],
  ['can you look in chino instead?', B('urgency', IN_FONTANA), { slots: { areas: ['Chino'] } }],
  // (a place added is no place instead)
  ['also upland', B('urgency', IN_FONTANA), { slots: { areas: ['Fontana', 'Upland'] } }],
]);

suite('"who knows" opening the reason question is no reason', [
  ['quién sabe, ahí vive mi hermano', SES_ADDRESSED('motivation'), { slots: { motivation: null } }],
  ['who knows, my brother lives there', S_ADDRESSED('en', 'motivation'), { slots: { motivation: null } }],
  [
    'we are downsizing, kids moved out',
    S_ADDRESSED('en', 'motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
]);

suite(
  "opt-out: the talk held, someone else who replied STOP, a quoted shout, the lead's own misdirected text",
  [
    ['wait stop, let me ask my husband which one', B('size'), { optOut: false }],
    ['espérate, para, déjame ver con mi esposa', ES('size'), { optOut: false }],
    ['my roommate got your text and replied STOP lol, i still want to buy', B('size'), { optOut: false }],
    ["my son keeps yelling 'leave me alone' at his sister, so 4 bedrooms", B('size'), { optOut: false }],
    ['oops wrong number, that message was for my sister', B('size'), { optOut: false }],
    // (the lead's own stop, and a plain wrong number, still stop)
    ['i replied STOP last week and you keep texting', B('size'), { optOut: true }],
    ['wrong number', B('size'), { optOut: true }],
  ],
);

suite(
  'opt-out: following up and "hmu" are contact; nothing narrowed, or bothered with one thing, stops nothing',
  [
    ["we're staying put. please don't follow up with me on this again", B('size'), { optOut: true }],
    ['nah thanks, stop hmu', B('size'), { optOut: true }],
    ['no me interesa nada en Fontana, mejor Rialto', ES('size'), { optOut: false }],
    [
      'no me molesten con ofertas bajas, menos de 600 no vendo',
      SES_ADDRESSED('priceExpectation'),
      { optOut: false },
    ],
    ['no me interesa nada, gracias', ES('size'), { optOut: true }],
    ['no me molesten', ES('size'), { optOut: true }],
  ],
);

suite('"the email alerts" are emails: stopped with texting welcome, a channel opt-out', [
  ['take me off the email alerts please, texting here is way better', B('size'), { optOut: false }],
  ['stop the texts', B('size'), { optOut: true }],
]);

/** A seller asked the window, its reason known. */
const WINDOW = {
  intent: 'sell' as const,
  kind: 'seller' as const,
  asking: 'timelineAccepted' as const,
  slots: { address: '1190 E Washington St', motivation: 'relocation' as const },
};
const WINDOW_ES = { ...WINDOW, lang: 'es' as const };
const LISTING_DOWNSTAIRS = {
  ...LISTING,
  features: ['two-story', 'downstairs bedroom with full bathroom', 'three-car garage'],
};

suite('a question with no time of its own answers the window nothing; the statements around it are read', [
  ['¿tan pronto? todavía tenemos muebles allá', WINDOW_ES, { slots: { timelineAccepted: null } }],
  ['that fast? we still have a tenant in there', WINDOW, { slots: { timelineAccepted: null } }],
  ['¿en 45 días? sí, perfecto', WINDOW_ES, { slots: { timelineAccepted: true } }],
  ['pues why not? ya casi todo está empacado', WINDOW_ES, { slots: { timelineAccepted: true } }],
  ['30 days?? no way', WINDOW, { slots: { timelineAccepted: false } }],
]);

suite('a no that negates a verb answers nothing; the first time preferred is the one weighed', [
  ['sí nos sirve, así que no le debemos nada a nadie', WINDOW_ES, { slots: { timelineAccepted: true } }],
  ['no, we need more time than that', WINDOW, { slots: { timelineAccepted: false } }],
  [
    'too quick, more like 6 months, the kids finish school first',
    WINDOW,
    { slots: { timelineAccepted: false } },
  ],
  ['mejor en 2 meses, 30 días es muy rápido', WINDOW_ES, { slots: { timelineAccepted: true } }],
]);

suite('who lives with the lead is no home now; a short clause of buying names what the next one describes', [
  ['four bedrooms three baths my father in law lives with us', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['comprar, una casa de 3 recámaras, algo sencillo', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  // (the home now, said so, is still blanked)
  ['my parents live with us in a 2 bed, we need 4', B('size'), { slots: { 'size.bedrooms': 4 } }],
]);

suite('neither buyer approved, or a talk with the lender not had, is no approval', [
  ['neither of us has talked to a lender yet', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['ninguno de los dos está preaprobado', ES('financing'), { slots: { financing: 'needs_lender' } }],
  [
    "we're pre approved, neither of us has much debt",
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('fired, behind, or a home for later years, as reasons to sell', [
  [
    'me corrieron del trabajo y ya no doy abasto con la hipoteca',
    SES_ADDRESSED('motivation'),
    { slots: { motivation: 'financial' } },
  ],
  ['i got fired in january', S_ADDRESSED('en', 'motivation'), { slots: { motivation: 'financial' } }],
  [
    'we are looking at 55+ communities',
    S_ADDRESSED('en', 'motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  ['ya no puedo con las escaleras', SES_ADDRESSED('motivation'), { slots: { motivation: 'downsizing' } }],
]);

suite('legal: a lawsuit "traemos", a conservatorship, a tax question passed on for a parent', [
  ['traemos una demanda con el vecino por la cerca', SES_ADDRESSED('motivation'), { escalation: 'legal' }],
  ['do i need a conservatorship to sign for my mom?', S_ADDRESSED(), { escalation: 'legal' }],
  ['my mom wants to know if she has to pay capital gains on it', S_ADDRESSED(), { escalation: 'legal' }],
  // (someone else's matter told in passing stays theirs)
  ['my sister went through a bankruptcy, anyway 3 beds', B('size'), { escalation: null }],
]);

suite('"3 mil 500" is 3,500 said in Spanish', [
  [
    'el pago no puede pasar de 2 mil 800, entonces unos 450 mil',
    ES('budget'),
    { slots: { 'budget.max': 450000 } },
  ],
  ['unos 480 mil para abajo', ES('budget'), { slots: { 'budget.max': 480000 } }],
]);

suite('a claim that a machine answers, asked to be confirmed, is a sincere ask', [
  ['my cousin says these replies are AI. are they?', B('size'), { disclosure: true }],
  ['mi hermana dice que esto es un robot. ¿es cierto?', ES('size'), { disclosure: true }],
  ['my cousin says these replies are AI lol', B('size'), { disclosure: false }],
]);

suite(
  'opt-out: a bare stop then delight at the home, a language asked for, forget me, a lender not yet, "fam"',
  [
    ['STOP. this is the one 😍 can we see it saturday', onListing, { optOut: false }],
    ['stop. who is this', B('size'), { optOut: true }],
    ['stop texting me in english, mejor en español', B('size'), { optOut: false }],
    ['olvídense de mí, ya no vendo', SES_ADDRESSED('motivation'), { optOut: true }],
    ["don't forget about me, still looking", B('size'), { optOut: false }],
    ['no me conecten con el lender todavía, primero quiero ver casas', ES('size'), { optOut: false }],
    ['nah not interested bro', B('size'), { optOut: true }],
  ],
);

suite('a room downstairs answered from the listing; a relisting is a sale; "la quiero ver" asks a showing', [
  ['¿tiene recámara abajo?', { ...onListingEs, listing: LISTING_DOWNSTAIRS }, { answer: 'listing' }],
  [
    'is there a bedroom on the first floor?',
    { ...onListing, listing: LISTING_DOWNSTAIRS },
    { answer: 'listing' },
  ],
  ['we took the house off the market last year, want to list it again', {}, { kind: 'seller' }],
  ['la quiero ver el domingo', onListingEs, { answer: 'showing' }],
]);

suite('a count said against the home now: one more, two more, el doble', [
  ["one more bedroom than we have, we're in a 2 bed now", B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['una recámara más de las que tenemos, vivimos en una de 3', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['tenemos 2 cuartos, necesitamos el doble', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  // (a thing said double is no count, and one more of something else is none)
  ['a double garage and 3 bedrooms', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['3 bedrooms, and one more thing: a yard', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a count wanted nothing of, then the floor; a household of two is no bedroom count', [
  ['no quiero nada de 2 recámaras, mínimo 3', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['nothing with 2 bedrooms, at least 3', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ["not sure, right now it's just us two", B('size'), { slots: { size: null } }],
]);

suite('addresses: a thousands comma in the house number, "abe" for ave', [
  ['its 6,318 Indian Hill Blvd, Claremont', ADDRESS, { contains: { address: '6318 indian hill' } }],
  [
    'es el 8834 sierra abe en fontana',
    { ...ADDRESS, lang: 'es' as const },
    { contains: { address: '8834 sierra' } },
  ],
  // (an amount with a comma is no house number)
  ['we have 1,200 saved, no address yet', ADDRESS, { slots: { address: null } }],
]);

suite('a kickback said as something given for the business sent', [
  [
    'mi primo es lender, si le pasamos el préstamo él le da algo por la referencia',
    ES('budget'),
    { alertTopic: 'kickback' },
  ],
  [
    "my brother is a lender, he'd give you something for sending him the loan",
    B('budget'),
    { alertTopic: 'kickback' },
  ],
  ['el banco le da el préstamo por la casa', ES('budget'), { alertTopic: null }],
]);

suite(
  'opt-out: go away, "no nos vuelvan a buscar", "para ya with the texts"; a stop for some hours or a kind of message',
  [
    ['ugh go away', B('size'), { optOut: true }],
    ['ya no queremos vender, no nos vuelvan a buscar', SES_ADDRESSED('motivation'), { optOut: true }],
    ['honestly para ya with the texts', B('size'), { optOut: true }],
    ['we want to go away for a weekend, 3 beds', B('size'), { optOut: false }],
    [
      'después de las 9 no me escriban, pero sí, ya tenemos la preaprobación',
      ES('financing'),
      { optOut: false },
    ],
    ['no me mandes mensajes de voz, mejor texto', ES('size'), { optOut: false }],
    ["don't call me ma'am lol, 3 bedrooms", B('size'), { optOut: false }],
    ["thursday works. don't text me wednesday night though", B('size'), { optOut: false }],
  ],
);

suite(
  'still approved; only asking is no reason; a home of the lead\'s own is no area; "to bedrooms" dictated',
  [
    ["yeah we're still approved up to 600k", B('urgency'), { slots: { financing: 'pre_approved' } }],
    ['seguimos aprobados', ES('financing'), { slots: { financing: 'pre_approved' } }],
    ['solo quiero saber, nada más', SES_ADDRESSED('motivation'), { slots: { motivation: null } }],
    [
      'quiero comprar para rentar, ya tengo la mía en Fontana',
      { intent: 'buy', lang: 'es' },
      { slots: { areas: null } },
    ],
    ['queremos comprar en Fontana', { intent: 'buy', lang: 'es' }, { slots: { areas: ['Fontana'] } }],
    ['to bedrooms is plenty, its just me', B('size'), { slots: { 'size.bedrooms': 2 } }],
  ],
);

suite('a question that names a time of its own still answers the window', [
  ["that's a bit fast, could we do more like 3 months?", WINDOW, { slots: { timelineAccepted: true } }],
  ['¿se podría en unos 2 meses mejor?', WINDOW_ES, { slots: { timelineAccepted: true } }],
  ['that fast? we still have a tenant in there', WINDOW, { slots: { timelineAccepted: null } }],
]);

suite('after the end measure: a question after a condition with no comma, "stret", bots said in the plural', [
  ['if the appraisal comes in low can we walk away?', onListing, { answer: 'agent' }],
  ['if we like it we would buy it', onListing, { answer: null }],
  ['12044 jasper stret', ADDRESS, { contains: { address: '12044 jasper' } }],
  ['my son says these replies are all bots now. is that what this is?', B('size'), { disclosure: true }],
]);
