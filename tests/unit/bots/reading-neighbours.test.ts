import { describe, expect, it } from 'vitest';
import { runCase, type CorpusCase } from '../../fixtures/corpus/run.js';

/**
 * Neighbours of the reading corpus's tuning failures (docs/BOTS.md section 18): other phrasings of the same
 * mechanisms (opt-out by intent, spoken ranges and qualifiers, time shorthand, earliest dates, calendar corrections,
 * identity and home-value questions, seller vocabulary, area typos), so a fix that passes one example and fails its
 * neighbours shows up here.
 */
const CA = ['Thu Mar 12, 4:00pm', 'Thu Mar 12, 6:30pm', 'Fri Mar 13, 10:00am'];
const CB = ['Wed Mar 11, 9:00am', 'Wed Mar 11, 2:00pm', 'Mon Mar 16, 5:30pm'];
const CL = ['Thu Mar 12, 11:00am', 'Thu Mar 12, 1:00pm', 'Sat Mar 14, 11:00am'];
const CT = ['Thu Mar 12, 4:00pm', 'Thu Mar 12, 6:30pm', 'Fri Mar 13, 10:00am'];
const L = {
  id: 'L-AL',
  address: '7421 Amethyst Ave',
  price: 725000,
  beds: 4,
  baths: 3,
  area: 'Alta Loma',
  sqft: 2350,
  yearBuilt: 1998,
  hoaMonthly: 0,
  features: ['pool', 'solar panels', '3-car garage'],
};
const B = (asking: string, x: object = {}) => ({ kind: 'buyer', asking, ...x }) as CorpusCase['setup'];
const ES = (asking: string, x: object = {}) =>
  ({ kind: 'buyer', asking, lang: 'es', ...x }) as CorpusCase['setup'];
const S = (asking: string, x: object = {}) => ({ kind: 'seller', asking, ...x }) as CorpusCase['setup'];
const SES = (asking: string, x: object = {}) =>
  ({ kind: 'seller', asking, lang: 'es', ...x }) as CorpusCase['setup'];
const probes: [string, CorpusCase['setup'], CorpusCase['expect']][] = [
  ['mid 600s', B('budget'), { slots: { 'budget.max': 650000 } }],
  ['low 700s', B('budget'), { slots: { 'budget.max': 730000 } }],
  ['600 to 650 thousand', B('budget'), { slots: { budget: { min: 600000, max: 650000 } } }],
  ['seiscientos mil', ES('budget'), { slots: { 'budget.max': 600000 } }],
  ['entre 5 y 550', ES('budget'), { slots: { budget: { min: 500000, max: 550000 } } }],
  ['up to 800k but prefer 750', B('budget'), { slots: { 'budget.max': 800000 } }],
  ['we can do 5-600k', B('budget'), { slots: { budget: { min: 500000, max: 600000 } } }],
  ['3 bd 2.5 ba', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2.5 } }],
  ['3-4 bd', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['tres, con dos baños y medio', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['en 6 semanas', ES('urgency'), { slots: { urgency: 'three_months' } }],
  ['para diciembre', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['in the next couple weeks', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['asap, lease is up 4/30', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['within 3 mos hopefully', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['prob not til fall', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['whenever we find the right one, no rush', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['a fines de abril', ES('urgency'), { slots: { urgency: 'three_months' } }],
  ['tomorrow at 9', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: 0 }],
  [
    'today works? if not the wednesday 2pm',
    { kind: 'buyer', scheduling: 'slot', calendar: CB },
    { booked: 1 },
  ],
  ['the one on monday', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: 2 }],
  ['el de las 10', { kind: 'buyer', scheduling: 'slot', calendar: CA, lang: 'es' }, { booked: 2 }],
  [
    'la del jueves en la noche',
    { kind: 'buyer', scheduling: 'slot', calendar: CA, lang: 'es' },
    { booked: 1 },
  ],
  ['the middle one', { kind: 'buyer', scheduling: 'slot', calendar: CA }, { booked: 1 }],
  ['thu 6:30', { kind: 'buyer', scheduling: 'slot', calendar: CA }, { booked: 1 }],
  ['stop', B('budget'), { optOut: true }],
  ['Stop.', B('budget'), { optOut: true }],
  ['pls remove', B('budget'), { optOut: true }],
  ['no longer looking, thanks', B('budget'), { optOut: true }],
  ['we bought already, please stop', B('budget'), { optOut: true }],
  ['not interested', B('budget'), { optOut: true }],
  ['ya compramos casa, gracias, no me manden mas', ES('budget'), { optOut: true }],

  ['no me interesa', ES('budget'), { optOut: true }],
  ['cancel', B('budget'), { optOut: true }],
  ['dont stop sending me listings!', B('budget'), { optOut: false }],
  ['stop showing me condos', B('budget'), { optOut: false }],
  ['we should stop by the open house', B('budget'), { optOut: false }],
  ['no, not interested in new builds', B('budget'), { optOut: false }],
  ['parar de rentar es la meta', ES('budget'), { optOut: false }],
  ['are you real', B('budget'), { disclosure: true }],
  ['is this chatgpt lol?', B('budget'), { disclosure: true }],
  ['¿es un bot?', ES('budget'), { disclosure: true }],
  ['¿hablo con una persona de verdad?', ES('budget'), { disclosure: true }],
  ['who is texting me', B('budget'), { disclosure: true }],
  ['what are the taxes on it?', B('budget', { listing: L }), { answer: 'agent', openQuestion: true }],
  // The listing's square footage is the house's: a part's size is the agent's to confirm (it used to answer
  // "It's about 2,380 square feet" here).
  ['how big is the backyard', B('budget', { listing: L }), { answer: 'agent', openQuestion: true }],
  ['how big is the lot', B('budget', { listing: L }), { answer: 'agent', openQuestion: true }],
  ['¿cuánto mide el terreno?', ES('budget', { listing: L }), { answer: 'agent', openQuestion: true }],
  ['how big is the house?', B('budget', { listing: L }), { answer: 'listing' }],
  [
    'does jorge work with first time buyers?',
    B('budget', { listing: L }),
    { answer: 'agent', openQuestion: true },
  ],
  ['¿Jorge habla español?', ES('budget', { listing: L }), { answer: 'agent', openQuestion: true }],
  ['is there an hoa', B('budget', { listing: L }), { answer: 'listing' }],
  ['when can i see it?', B('budget', { listing: L }), { answer: 'showing' }],
  ['can i go look at it sat morning', B('budget', { listing: L }), { answer: 'showing' }],
  ['¿se puede ver mañana?', ES('budget', { listing: L }), { answer: 'showing' }],
  [
    'what do you think my condo would sell for',
    { kind: 'lead', asking: 'intent' },
    { answer: 'home_value', kind: 'seller' },
  ],
  [
    'what can i get for my house',
    { kind: 'lead', asking: 'intent' },
    { answer: 'home_value', kind: 'seller' },
  ],
  ['would you take 2 percent', B('budget'), { alert: 'commission_question' }],
  ['whats your commission', B('budget'), { alert: 'commission_question' }],
  ['if i send you buyers do i get a cut?', B('budget'), { alert: 'referral_kickback_question' }],
  [
    'pre approved for 550k, need 3 bed in etiwanda asap',
    { kind: 'lead' },
    {
      kind: 'buyer',
      slots: { financing: 'pre_approved', 'size.bedrooms': 3, areas: ['Etiwanda'], urgency: 'immediate' },
    },
  ],
  [
    'thinking about listing our place on 8421 Sapphire St, we are retiring',
    { kind: 'lead' },
    { kind: 'seller', slots: { address: '8421 Sapphire St', motivation: 'retirement' } },
  ],
  [
    'we got transferred to denver',
    { kind: 'seller', asking: 'motivation' },
    { slots: { motivation: 'relocation' } },
  ],
  [
    'it was my late husbands house',
    { kind: 'seller', asking: 'motivation' },
    { slots: { motivation: 'inherited' } },
  ],
  [
    'house is paid off, want to cash out and travel',
    { kind: 'seller', asking: 'motivation' },
    { slots: { motivation: 'other' } },
  ],
  [
    'mi esposo y yo nos separamos',
    { kind: 'seller', asking: 'motivation', lang: 'es' },
    { slots: { motivation: 'divorce' } },
  ],
  [
    'needs new paint and carpet but otherwise fine',
    { kind: 'seller', asking: 'condition', slots: { motivation: 'relocation', timelineAccepted: true } },
    { slots: { condition: 'needs_work' } },
  ],
  [
    'turnkey',
    { kind: 'seller', asking: 'condition', slots: { motivation: 'relocation', timelineAccepted: true } },
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'we just remodeled the kitchen',
    { kind: 'seller', asking: 'condition', slots: { motivation: 'relocation', timelineAccepted: true } },
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    '800k',
    {
      kind: 'seller',
      asking: 'priceExpectation',
      slots: { motivation: 'relocation', timelineAccepted: true, condition: 'needs_work' },
    },
    { slots: { priceExpectation: 800000 } },
  ],
  [
    'seven fifty',
    {
      kind: 'seller',
      asking: 'priceExpectation',
      slots: { motivation: 'relocation', timelineAccepted: true, condition: 'needs_work' },
    },
    { slots: { priceExpectation: 750000 } },
  ],
  [
    'un millón',
    {
      kind: 'seller',
      asking: 'priceExpectation',
      slots: { motivation: 'relocation', timelineAccepted: true, condition: 'needs_work' },
      lang: 'es',
    },
    { slots: { priceExpectation: 1000000 } },
  ],
  [
    '45 days is fine',
    { kind: 'seller', asking: 'timelineAccepted', slots: { motivation: 'relocation' } },
    { slots: { timelineAccepted: true } },
  ],
  [
    'nah we need like 6 months',
    { kind: 'seller', asking: 'timelineAccepted', slots: { motivation: 'relocation' } },
    { slots: { timelineAccepted: false } },
  ],
  [
    'depende, si encontramos casa sí',
    { kind: 'seller', asking: 'timelineAccepted', slots: { motivation: 'relocation' }, lang: 'es' },
    { slots: { timelineAccepted: null } },
  ],
  [
    'k',
    { kind: 'seller', asking: 'timelineAccepted', slots: { motivation: 'relocation' } },
    { slots: { timelineAccepted: true } },
  ],
  ['🛑', B('budget'), { optOut: true }],
  ['STOP TEXTING', B('budget'), { optOut: true }],
  ['unsubscribe pls', B('budget'), { optOut: true }],
  ['ya basta de mensajes', ES('budget'), { optOut: true }],
  ['no me vuelvan a escribir', ES('budget'), { optOut: true }],
  ['end', B('budget'), { optOut: true }],
  ['by the end of the month', B('urgency'), { optOut: false, slots: { urgency: 'immediate' } }],
  ['please stop, we found a place', B('budget'), { optOut: true }],
  ['can you stop sending condos and only send houses', B('budget'), { optOut: false }],
  ['eres real?', ES('budget'), { disclosure: true }],
  ['¿me está contestando una máquina?', ES('budget'), { disclosure: true }],
  ['haha you sound like a robot', B('budget'), { disclosure: false }],
  ['is it still for sale?', B('budget', { listing: L }), { answer: 'agent', openQuestion: true }],

  ['whats the hoa fee', B('budget', { listing: L }), { answer: 'listing' }],
  [
    '3 bed min, 650 max, preapproved w chase',
    B('size'),
    { slots: { 'size.bedrooms': 3, 'budget.max': 650000, financing: 'pre_approved' } },
  ],
  [
    'looking for 4bd in etiwanda under 900k, cash',
    { kind: 'lead' },
    {
      kind: 'buyer',
      slots: { 'size.bedrooms': 4, areas: ['Etiwanda'], 'budget.max': 900000, financing: 'cash' },
    },
  ],
  [
    'queremos vender la casa de mi mamá, ella falleció',
    { kind: 'lead', lang: 'es' },
    { kind: 'seller', slots: { motivation: 'inherited' } },
  ],
  ['around 1.2', B('budget'), { slots: { 'budget.max': 1200000 } }],

  ['450-500', B('budget'), { slots: { budget: { min: 450000, max: 500000 } } }],
  // Mechanisms behind sealed-part failures, fixed after the one sealed measurement (docs/BOTS.md section 18).
  ['i canceled from redfin, you guys are way better', B('budget'), { optOut: false }],
  ['unsubscribed from realtor.com emails, too many', B('budget'), { optOut: false }],
  ['i already unsubscribed from your texts', B('budget'), { optOut: true }],
  ['pool?', B('budget', { listing: L }), { answer: 'listing' }],
  ['garage?', B('budget', { listing: L }), { answer: 'listing' }],
  ['ok?', B('budget', { listing: L }), { answer: null }],
  ['which year was the house built?', B('budget', { listing: L }), { answer: 'listing' }],
  ['¿podríamos pasar a verla mañana?', ES('budget', { listing: L }), { answer: 'showing' }],
  ['we needed it yesterday honestly', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['la necesitamos para ayer', ES('urgency'), { slots: { urgency: 'immediate' } }],
  // A correction replaces what it names; a later mention without one does not.
  [
    'wait, i meant 4 bedrooms not 3',
    B('budget', { slots: { size: { bedrooms: 3, bathrooms: 2 } } }),
    { slots: { 'size.bedrooms': 4, 'size.bathrooms': 2 } },
  ],
  [
    'sorry, make that 650k',
    B('financing', { slots: { budget: { min: 480000, max: 600000 } } }),
    { slots: { 'budget.max': 650000 } },
  ],
  [
    'perdón, quise decir 3 recámaras',
    ES('budget', { slots: { size: { bedrooms: 2 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'oops typo, 650 not 560',
    B('financing', { slots: { budget: { min: 448000, max: 560000 } } }),
    { slots: { 'budget.max': 650000 } },
  ],
  [
    'sorry i meant 700 to 800',
    B('financing', { slots: { budget: { min: 600000, max: 700000 } } }),
    { slots: { budget: { min: 700000, max: 800000 } } },
  ],
  // Everyday openers are not corrections: the stored budget stays.
  [
    'Sorry we missed your call, we can put 350 down',
    B('financing', { slots: { budget: { min: 480000, max: 600000 } } }),
    { slots: { 'budget.max': 600000 } },
  ],
  [
    '4 bedrooms would be nice too',
    B('budget', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
  // A budget said before the lead says buy or sell is kept.
  [
    'our budget is around 700k',
    { kind: 'lead', asking: 'intent' },
    { slots: { budget: { min: 560000, max: 700000 } } },
  ],
  [
    'podemos gastar hasta 600 mil',
    { kind: 'lead', asking: 'intent', lang: 'es' },
    { slots: { 'budget.max': 600000 } },
  ],
  ['it should be worth 700k', { kind: 'lead', asking: 'intent' }, { slots: { budget: null } }],
  // "how much could we get" from a seller is the home-value question; a loan is not.
  ['how much do you think we could get?', { kind: 'seller', asking: 'motivation' }, { answer: 'home_value' }],
  [
    '¿cuánto crees que podríamos sacar?',
    { kind: 'seller', asking: 'motivation', lang: 'es' },
    { answer: 'home_value' },
  ],
  ['how much can we get approved for?', B('financing'), { answer: null }],
  ['what do you think we can get in that area for 500k?', B('areas'), { answer: null }],
  ['¿cuánto crees que podemos sacar de enganche?', ES('financing'), { answer: 'agent' }],
  // A channel preference is not an opt-out; a ban on contact still is.
  [
    'pls dont call me, texting works better. 3 beds',
    B('budget'),
    { optOut: false, slots: { 'size.bedrooms': 3 } },
  ],
  ['no me llamen, mejor por mensaje', ES('budget'), { optOut: false }],
  ["don't call me or text me again", B('budget'), { optOut: true }],
  // A question about the HOA's rules is not its fee; Spanish questions about the home are kept or answered.
  [
    'can you rent it out on airbnb with this hoa?',
    B('budget', { listing: L }),
    { answer: 'agent', openQuestion: true },
  ],
  ['¿la dejan amueblada?', ES('budget', { listing: L }), { answer: 'agent', openQuestion: true }],
  ['¿cuánto piden por la casa?', ES('budget', { listing: L }), { answer: 'listing' }],
  ['what are they asking for it?', B('budget', { listing: L }), { answer: 'listing' }],
  // identity, intent, financing, motivation, condition, legal
  ['¿usted es jorge?', ES('budget'), { disclosure: true }],
  ['first-time homebuyer here', { kind: 'lead', asking: 'intent' }, { kind: 'buyer' }],
  [
    'vendemos la casa porque nos vamos a texas',
    { kind: 'lead', asking: 'intent', lang: 'es' },
    { kind: 'seller' },
  ],
  [
    'doing VA but we still have to get pre-approved',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['ya tengo mi carta de preaprobación', ES('financing'), { slots: { financing: 'pre_approved' } }],
  [
    "we're behind two payments on the mortgage",
    { kind: 'seller', asking: 'motivation' },
    { slots: { motivation: 'financial' } },
  ],
  [
    'necesita muchos arreglos',
    {
      kind: 'seller',
      asking: 'condition',
      lang: 'es',
      slots: { motivation: 'relocation', timelineAccepted: true },
    },
    { slots: { condition: 'needs_work' } },
  ],
  ['the IRS put a lien on the house', { kind: 'seller', asking: 'motivation' }, { escalation: 'legal' }],
  // calendar: "day after tomorrow" without "the"; a correction to another weekday
  ['day after tomorrow at 2 works', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: null }],
  ['wednesday. wait no monday', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: 2 }],
  // session 6 (reading-s4): "no más" after a comma is "just, only", a stop only on its own
  ['nos alcanza pa unos 450 mil, no más', ES('budget'), { optOut: false, slots: { 'budget.max': 450000 } }],
  ['tres recámaras no más', ES('size'), { optOut: false, slots: { 'size.bedrooms': 3 } }],
  ['ok, no más', ES('budget'), { optOut: true }],
  ['ya no más por favor', ES('budget'), { optOut: true }],
  ['Ya no más. Gracias', ES('budget'), { optOut: true }],
  // the region's cities (config/tenants.json), a name inside a longer one, places ruled out
  ['3br in fontana under 550k', B('areas'), { slots: { areas: ['Fontana'] } }],
  ['por el lado de chino hills o eastvale', ES('areas'), { slots: { areas: ['Chino Hills', 'Eastvale'] } }],
  ['eastvale, riverside or norco', B('areas'), { slots: { areas: ['Eastvale', 'Riverside', 'Norco'] } }],
  ['no me interesa ontario, mejor upland', ES('areas'), { slots: { areas: ['Upland'] } }],
  ['anything but rialto, we like etiwanda', B('areas'), { slots: { areas: ['Etiwanda'] } }],
  ["we don't mind fontana", B('areas'), { slots: { areas: ['Fontana'] } }],
  // corrections that name what they replace, Spanish financing, condition, retirement, urgency, identity
  [
    'sorry we need 3 not 2, budget still 700k',
    B('financing', { slots: { size: { bedrooms: 2 }, budget: { min: 560000, max: 700000 } } }),
    { slots: { 'size.bedrooms': 3, 'budget.max': 700000 } },
  ],
  [
    'make it 600 actually',
    B('financing', { slots: { budget: { min: 400000, max: 500000 } } }),
    { slots: { 'budget.max': 600000 } },
  ],
  [
    'can we make it 3pm instead',
    B('financing', { slots: { budget: { min: 400000, max: 500000 } } }),
    { slots: { 'budget.max': 500000 } },
  ],
  ['no hemos hablado con el banco todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['tenemos 450k aprobados', ES('financing'), { slots: { financing: 'pre_approved' } }],
  ['lo necesitamos ya pa ya', ES('urgency'), { slots: { urgency: 'immediate' } }],
  [
    'está lista pa estrenar',
    {
      kind: 'seller',
      asking: 'condition',
      lang: 'es',
      slots: { motivation: 'relocation', timelineAccepted: true },
    },
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'nos vamos a retirar el año que viene',
    { kind: 'seller', asking: 'motivation', lang: 'es' },
    { slots: { motivation: 'retirement' } },
  ],
  ['este chat es automático?', ES('budget'), { disclosure: true }],
  // opt-outs said politely or as a question (reading-s5), and their near misses
  ['please cease all contact', B('budget'), { optOut: true }],
  ["you don't need to text me anymore, we found a place", B('budget'), { optOut: true }],
  ['how can I stop these messages', B('budget'), { optOut: true }],
  ['no es necesario que me contacten más', ES('budget'), { optOut: true }],
  ['ya no me interesa, deja de llamarme', ES('budget'), { optOut: true }],
  ['por favor no me vuelva a escribir', ES('budget'), { optOut: true }],
  ['no need to rush, we can wait', B('urgency'), { optOut: false }],
  ['no need to call, text is fine', B('budget'), { optOut: false }],
  ['how do I stop paying rent lol', B('budget'), { optOut: false }],
  ['the seller wants to end contact with the tenants', B('budget'), { optOut: false }],
  ['no hace falta que sea nueva', ES('condition'), { optOut: false }],
  ['dejen de mandarme casas en fontana', ES('areas'), { optOut: false }],
  // reading-s5 mechanisms, other phrasings: Caribbean amounts, hyphens, corrections, added bathrooms, identity
  ['tenemos un palo y medio pa gastar', ES('budget'), { slots: { 'budget.max': 1500000 } }],
  ['como 500 lucas', ES('budget'), { slots: { 'budget.max': 500000 } }],
  ['el banco me pre-aprobó por 400', ES('financing'), { slots: { financing: 'pre_approved' } }],
  ["no, I haven't spoken to anybody", B('financing'), { slots: { financing: 'needs_lender' } }],
  ['vamos a pagar todo en efectivo', ES('financing'), { slots: { financing: 'cash' } }],
  ['are you jorge or a bot?', B('budget'), { disclosure: true }],
  ['prefiero que me llamen, no me gusta escribir', ES('budget'), { escalation: 'person' }],
  ['what would our house by the park go for', { kind: 'lead' }, { answer: 'home_value' }],
  [
    'nos queremos regresar a méxico',
    { kind: 'seller', asking: 'motivation', lang: 'es' },
    { slots: { motivation: 'relocation' } },
  ],
  [
    'necesita una manita de pintura',
    {
      kind: 'seller',
      asking: 'condition',
      lang: 'es',
      slots: { motivation: 'relocation', timelineAccepted: true },
    },
    { slots: { condition: 'needs_work' } },
  ],
  ['oops, 3', B('financing', { slots: { size: { bedrooms: 4 } } }), { slots: { 'size.bedrooms': 3 } }],
  [
    'y 2 baños',
    ES('financing', { slots: { size: { bedrooms: 3 } } }),
    { slots: { size: { bedrooms: 3, bathrooms: 2 } } },
  ],
  ['725', B('size'), { slots: { 'budget.max': 725000, size: null } }],
  // opt-outs a second black-box attack found missed or invented: a channel named in Spanish, every channel banned
  // at once, a keyword in fullwidth letters, with a zero-width space, or spelled out
  ['no me llames, mejor mándame un texto', ES('budget'), { optOut: false }],
  ['no me llamen, escríbanme por whatsapp', ES('budget'), { optOut: false }],
  ['stop calling, email me', B('budget'), { optOut: false }],
  ["don't call or text me", B('budget'), { optOut: true }],
  ['never text, call or email us again', B('budget'), { optOut: true }],
  ['no me llames ni me escribas', ES('budget'), { optOut: true }],
  ['ＳＴＯＰ', B('budget'), { optOut: true }],
  ['st\u200bop', B('budget'), { optOut: true }],
  ['S T O P', B('budget'), { optOut: true }],
  ['a b c', B('budget'), { optOut: false }],
  // a review of this session's rules: near misses they first read as stops
  ["don't call or text me before 9am, I work nights", B('budget'), { optOut: false }],
  ["don't email or call me, text only", B('budget'), { optOut: false }],
  ['No need to call me, just text', B('budget'), { optOut: false }],
  ['no need to keep checking in on the inspection, we are fine', B('budget'), { optOut: false }],
  [
    'The sellers agent said they would cease all communication until the appraisal',
    B('budget'),
    { optOut: false },
  ],
  ['no hace falta que me llames, mándame mensaje', ES('budget'), { optOut: false }],
  ['no necesitas escribirme en inglés, hablo español', ES('budget'), { optOut: false }],
  ['ya dejé de contactar con el otro agente', ES('budget'), { optOut: false }],
  ['no me mensajees a esta hora porfa, mejor en la tarde', ES('budget'), { optOut: false }],
  ['pues no más', ES('budget'), { optOut: false }],
  ["don't email me", B('budget'), { optOut: true }],
  ['no need to text me anymore', B('budget'), { optOut: true }],
  ['prefiero que no me llamen, por mensaje está bien', ES('budget'), { escalation: null }],
  ['estoy esperando que me llamen del banco para la aprobación', ES('budget'), { escalation: null }],
  ['quiero que me llamen hoy', ES('budget'), { escalation: 'person' }],
  // the same review: areas, counts taken back, financing, motivation and identity read where they should not be
  ['something with no HOA in Alta Loma', B('areas'), { slots: { areas: ['Alta Loma'] } }],
  [
    'since corona we work from home, so we want an office, maybe in upland',
    B('areas'),
    { slots: { areas: ['Upland'] } },
  ],
  ['buscamos en corona o en chino', ES('areas'), { slots: { areas: ['Corona', 'Chino'] } }],
  ['busco casa sin HOA en Etiwanda', ES('areas'), { slots: { areas: ['Etiwanda'] } }],
  ['we live in Ontario now, want to buy in Etiwanda', B('areas'), { slots: { areas: ['Etiwanda'] } }],
  ['nothing in chino, we like upland', B('areas'), { slots: { areas: ['Upland'] } }],
  [
    'sorry I meant 650 not 600. Also looking at Upland',
    B('areas', { slots: { areas: ['Etiwanda'], budget: { min: 480000, max: 600000 } } }),
    { slots: { areas: ['Etiwanda', 'Upland'], 'budget.max': 650000 } },
  ],
  [
    'no, 6 months or so',
    B('urgency', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'actually 2 of us will live there',
    B('financing', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'sorry, 4 kids so yeah',
    B('financing', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
  ['de 5 ofertas 2 aprobadas por el vendedor', ES('budget'), { slots: { financing: null } }],
  [
    'vamos a ir a la cita con el lender primero',
    { kind: 'seller', asking: 'motivation', lang: 'es' },
    { slots: { motivation: null } },
  ],
  [
    'nos retiramos de la otra oferta',
    { kind: 'seller', asking: 'motivation', lang: 'es' },
    { slots: { motivation: null } },
  ],
  ["I'm in contact with the seller personally about the price", B('budget'), { disclosure: false }],
  ['¿esto es real? ¿a ese precio?', ES('budget'), { disclosure: false }],
  ['thursday afternoon', { kind: 'buyer', scheduling: 'slot', calendar: CT }, { booked: 0 }],
  ['el jueves en la tarde', { kind: 'buyer', scheduling: 'slot', calendar: CT }, { booked: 0 }],
  ['cualquiera de las dos me sirve', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: null }],
  ['3 bedrooms 2½ baths', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2.5 } }],
  // new phrasings tried before the stop: a ban with a time, a Spanish stop, a half after millions, a count restated
  ["don't text me after 9pm", B('budget'), { optOut: false }],
  ["don't text me at all", B('budget'), { optOut: true }],
  ['no quiero recibir más mensajes', ES('budget'), { optOut: true }],
  ['dos millones y medio máximo', ES('budget'), { slots: { 'budget.max': 2500000 } }],
  [
    'oops, 4 bedrooms',
    B('financing', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 4 } },
  ],
  // calendar: hours said as words, parts of the day that overlap at their edges ("en la tarde" at 5:30 pm)
  ['el lunes en la tarde', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: 2 }],
  ['el miércoles a las dos', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: 1 }],
  ['wednesday at two works', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: 1 }],
  ['monday evening', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: 2 }],
  ['el miércoles pero en la mañana', { kind: 'buyer', scheduling: 'slot', calendar: CB }, { booked: 0 }],
  ['el jueves a la una', { kind: 'buyer', scheduling: 'slot', calendar: CL }, { booked: 1 }],
  ['el jueves a las once', { kind: 'buyer', scheduling: 'slot', calendar: CL }, { booked: 0 }],
  // "at once" is not eleven o'clock: two Thursday slots stay two
  ['thursday works, at once please', { kind: 'buyer', scheduling: 'slot', calendar: CL }, { booked: null }],
  [
    'sorry I meant Upland not Ontario',
    B('budget', { slots: { areas: ['Ontario'] } }),
    { slots: { areas: ['Upland'] } },
  ],
  // spoken amounts (reading-s5): a floor said with a negation is a ceiling, "seven-fifty" with a hyphen, quarters
  // of a million (not three bedrooms), an amount said to be pre-approved
  ['nothing over 700', B('budget'), { slots: { 'budget.max': 700000 } }],
  [
    "Don't stop sending me listings, just nothing over 700",
    B('budget'),
    { slots: { 'budget.max': 700000 }, optOut: false },
  ],
  ['nothing above 650k please', B('budget'), { slots: { 'budget.max': 650000 } }],
  ['nada arriba de 600', ES('budget'), { slots: { 'budget.max': 600000 } }],
  ['nada más de 550 mil', ES('budget'), { slots: { 'budget.max': 550000 } }],
  ['not a penny over 800k', B('budget'), { slots: { 'budget.max': 800000 } }],
  ['anything under 600', B('budget'), { slots: { 'budget.max': 600000 } }],
  ["I'd feel good at seven-fifty", S('priceExpectation'), { slots: { priceExpectation: 750000 } }],
  ['seven fifty', S('priceExpectation'), { slots: { priceExpectation: 750000 } }],
  ['six twenty-five would do it', S('priceExpectation'), { slots: { priceExpectation: 625000 } }],
  ['around six-fifty', B('budget'), { slots: { 'budget.max': 650000 } }],
  ['we could go up to eight-fifty', B('budget'), { slots: { 'budget.max': 850000 } }],
  ['one point two', S('priceExpectation'), { slots: { priceExpectation: 1200000 } }],
  ['tres cuartos de millón como máximo', ES('budget'), { slots: { 'budget.max': 750000, size: null } }],
  ['un cuarto de millón', ES('budget'), { slots: { 'budget.max': 250000, size: null } }],
  ['three quarters of a million', B('budget'), { slots: { 'budget.max': 750000 } }],
  ['a quarter million tops', B('budget'), { slots: { 'budget.max': 250000 } }],
  ['tres cuartos y dos baños', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['busco de tres cuartos', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['setecientos cincuenta', SES('priceExpectation'), { slots: { priceExpectation: 750000 } }],
  ['I have 2 kids, seven and fifty... no wait', B('size'), { slots: { budget: null } }],
  ['we have seven-fifty pre approved', B('financing'), { slots: { 'budget.max': 750000 } }],
  ['we have seven-fifty pre approved', B('financing'), { slots: { 'budget.max': 750000 } }],
  ['tenemos 600 aprobados', ES('financing'), { slots: { 'budget.max': 600000 } }],
  ['2 aprobadas por el vendedor', ES('financing'), { slots: { budget: null } }],
  [
    'at seven-fifty on thursday',
    { kind: 'buyer', scheduling: 'slot', calendar: ['Thu Mar 12, 4:00pm', 'Thu Mar 12, 6:30pm'] },
    { slots: { budget: null } },
  ],
  ['my kids are seven-ten', B('size'), { slots: { budget: null } }],
  ['not over 3 bedrooms', B('size'), { slots: { budget: null } }],
  ['nothing over 2 stories', B('size'), { slots: { budget: null } }],
  ['nothing older than 1990 and nothing over 700', B('budget'), { slots: { 'budget.max': 700000 } }],
  ['a quarter mile from the school', B('areas'), { slots: { budget: null } }],
  // a home's value asked with a pronoun (reading-s5): selling it is the lead's own home; its worth only when the lead
  // is not a buyer and no listing is in view
  [
    "The house is fully remodeled and we're moving to Boise for my wife's job. What do you think it's worth?",
    undefined,
    { kind: 'seller', slots: { condition: 'move_in_ready', motivation: 'relocation' }, answer: 'home_value' },
  ],
  ['What do you think my house is worth?', undefined, { kind: 'seller', answer: 'home_value' }],
  ["what do you think it's worth", undefined, { kind: 'seller', answer: 'home_value' }],
  ['what would you list it for?', undefined, { kind: 'seller', answer: 'home_value' }],
  ['¿Cuánto crees que vale mi casa?', undefined, { kind: 'seller', answer: 'home_value' }],
  ['en cuánto la podría vender?', undefined, { kind: 'seller', answer: 'home_value' }],
  ["it's fully remodeled", S('condition'), { slots: { condition: 'move_in_ready' } }],
  ['completely renovated last year', S('condition'), { slots: { condition: 'move_in_ready' } }],
  ['totalmente remodelada', SES('condition'), { slots: { condition: 'move_in_ready' } }],
  ["we're moving to Boise for my wife's job", S('motivation'), { slots: { motivation: 'relocation' } }],
  ['my husband got transferred to Phoenix', S('motivation'), { slots: { motivation: 'relocation' } }],
  [
    'nos mudamos a Texas por el trabajo de mi esposo',
    SES('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  [
    "What do you think this one is worth? it's listed at 725",
    { kind: 'buyer', listing: { id: 'L-1', price: 725000 } },
    { kind: 'buyer' },
  ],
  ['how much should we list it for?', undefined, { kind: 'seller', answer: 'home_value' }],
  ['¿cuánto crees que podría pedir por ella?', undefined, { kind: 'seller', answer: 'home_value' }],
  [
    "what do you think it's worth?",
    { kind: 'buyer', listing: { id: 'L-1', price: 725000 } },
    { kind: 'buyer' },
  ],
  ['is it worth the price?', undefined, { kind: 'lead' }],
  ["what's it worth to you to close fast?", undefined, { kind: 'lead' }],
  [
    'how much do you think the house is worth? the one on Banyan I saw',
    { kind: 'buyer', asking: 'budget' },
    { kind: 'buyer' },
  ],
  // a part of a named month ("first week of May", "mid-July"; "may" is a verb as often), questions on getting a
  // home ready or on what comes first, and what a home would rent for (reading-s5): the agent answers those
  ['first week of May', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['early May', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['by mid May', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['end of May', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['second week of June', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['in May', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['mid-July probably', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['early march would be ideal', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['beginning of next year', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['we may move early', B('urgency'), { slots: { urgency: null } }],
  ['you may call me in the mid afternoon', B('urgency'), { slots: { urgency: null } }],
  ['la primera semana de mayo', ES('urgency'), { slots: { urgency: 'three_months' } }],
  ['a mediados de mayo', ES('urgency'), { slots: { urgency: 'three_months' } }],
  ['Do I need to replace the carpets first?', S('condition'), { openQuestion: true }],
  ['should we paint before listing?', S('condition'), { openQuestion: true }],
  ['¿tengo que arreglar el techo antes de vender?', SES('condition'), { openQuestion: true }],
  [
    'I own a duplex in Upland, the tenants leave end of next month and I want to sell after that. Do I need to replace the carpets first?',
    undefined,
    { kind: 'seller', openQuestion: true },
  ],
  [
    "¿En cuánto se renta una 3/2 como esta por aquí? Es pa' inversión",
    ES('budget', { listing: { id: 'L-101', price: 725000, beds: 3, baths: 2, area: 'Etiwanda' } }),
    { answer: 'agent', openQuestion: true },
  ],
  [
    'how much would this rent for?',
    B('budget', { listing: { id: 'L-1', price: 725000 } }),
    { answer: 'agent', openQuestion: true },
  ],
  [
    'what could I get in rent for a place like this?',
    B('budget', { listing: { id: 'L-1', price: 725000 } }),
    { answer: 'agent', openQuestion: true },
  ],
  ['is it worth updating the kitchen before we sell?', S('condition'), { openQuestion: true }],
  ['¿vale la pena pintar antes de venderla?', SES('condition'), { openQuestion: true }],
  ['do we need to be pre-approved first?', B('financing'), { answer: 'agent' }],
  ['we need to fix the roof before we sell', S('condition'), { openQuestion: false }],
  ['tenemos que pintar la casa todavía', SES('condition'), { openQuestion: false }],
  ["what's the rent on it now?", S('condition'), { openQuestion: true }],
  ['we rent it out for 2500 now', S('condition'), { openQuestion: false }],
  ['how much is it?', B('budget', { listing: { id: 'L-1', price: 725000 } }), { answer: 'listing' }],
];

describe('reading: neighbours of the tuned mechanisms', () => {
  it.each(probes)('%s', (text, setup, expectation) => {
    const result = runCase({
      id: 'n',
      class: 'facts',
      lang: 'en',
      text,
      ...(setup ? { setup } : {}),
      expect: expectation,
    });
    const wrong = result.checks.filter((check) => !check.ok);
    expect(wrong, `${JSON.stringify(wrong)} | reply: ${result.reply ?? ''}`).toEqual([]);
    expect(result.checks.length).toBeGreaterThan(0);
  });
});
