import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { suite } from './probe-suite.js';

/**
 * Session 53's reading mechanisms (docs/BOTS.md section 57), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const buyer = {
  kind: 'buyer',
  asking: 'size',
  slots: { budget: { max: 600000 }, financing: 'pre_approved' },
} as CorpusCase['setup'];
const buyerEs = { ...buyer, lang: 'es' } as CorpusCase['setup'];
const listing = {
  intent: 'buy',
  listing: {
    id: 'L-53',
    address: '7814 Hillcrest Ave',
    price: 682000,
    beds: 3,
    baths: 2,
    area: 'Alta Loma',
    features: ['pool'],
    hoaMonthly: 95,
  },
} as CorpusCase['setup'];
const listingAsked = { ...listing, asking: 'budget' } as CorpusCase['setup'];
const listingEs = { ...listing, lang: 'es' } as CorpusCase['setup'];
const firstBuyerMessage = { kind: 'buyer' } as CorpusCase['setup'];

suite('a contact only a person makes, asked of the team, is a request for a person', [
  ['can someone walk me through this on the phone tonight?', buyer, { escalation: 'person' }],
  ['id rather jorge rang me', buyer, { escalation: 'person' }],
  ['can an actual person take it from here?', buyer, { escalation: 'person' }],
  ['have someone from your office ring me after 5', buyerEs, { escalation: 'person' }],
  ['ocupo que alguien me hable hoy', buyerEs, { escalation: 'person' }],
  ['dígale a jorge que me marque porfa', buyerEs, { escalation: 'person' }],
  ["i'd love a quick phone call with whoever handles this", buyer, { escalation: 'person' }],
  ['could somebody just give me a buzz', buyerEs, { escalation: 'person' }],
  ['honestly just want to talk to a human being', buyer, { escalation: 'person' }],
  ['is there a number i can call to talk to someone?', buyer, { escalation: 'person' }],
  ['get me on the phone with your agent please', buyer, { escalation: 'person' }],
  ['can your agent reach out to me directly', buyerEs, { escalation: 'person' }],
  ['prefiero que me llame una persona', buyerEs, { escalation: 'person' }],
  ['me gustaría platicar con alguien del equipo por teléfono', buyerEs, { escalation: 'person' }],
  ['pueden comunicarse conmigo por llamada?', buyer, { escalation: 'person' }],
  ['mejor que me hable el agente', buyerEs, { escalation: 'person' }],
  ['rather chat live with somebody than text', buyer, { escalation: 'person' }],
  ['have your realtor hit me up', buyerEs, { escalation: 'person' }],
  ['necesito hablar con alguien hoy mismo', buyerEs, { escalation: 'person' }],
  ['phone me pls', buyerEs, { escalation: 'person' }],
  ['tell jorge to give me a call when he can', buyerEs, { escalation: 'person' }],
  ['I want to speak with someone in person about this', buyer, { escalation: 'person' }],
  ['ocupo una llamada de alguien del equipo', buyerEs, { escalation: 'person' }],
  ['can u have the agent call my cell', buyer, { escalation: 'person' }],
  ['que alguien del equipo me contacte por favor', buyerEs, { escalation: 'person' }],
  ['could one of your agents get in touch with me this afternoon', buyerEs, { escalation: 'person' }],
  ["i'd appreciate a phone call from jorge", buyer, { escalation: 'person' }],
  ['can somebody from the office contact me today', buyer, { escalation: 'person' }],
  ['quisiera que un asesor me contacte hoy', buyerEs, { escalation: 'person' }],
  ['me podrían atender por teléfono?', buyerEs, { escalation: 'person' }],
  ['can a real human get back to me?', buyer, { escalation: 'person' }],
  ['necesito que alguien me busque para platicar de esto', buyerEs, { escalation: 'person' }],
  ['i would like someone to reach me at this number', buyer, { escalation: 'person' }],
  ['can your team get ahold of me tomorrow morning', buyerEs, { escalation: 'person' }],
  ['preferiría una llamadita la verdad', buyerEs, { escalation: 'person' }],
  // a contact told, someone else's, by a written channel, or no contact with the lead at all
  ['my agent called me yesterday about another house', buyerEs, { escalation: null }],
  ["i talked to someone at the bank and they said we're fine", buyer, { escalation: null }],
  ['my wife will call the lender tomorrow', buyer, { escalation: null }],
  ['call me crazy but i love that kitchen', buyer, { escalation: null }],
  ["i can't talk on the phone at work, text is better", buyer, { escalation: null }],
  ['no need to call, texting is fine', buyer, { escalation: null }],
  ['my sister talked to a realtor last year and it went badly', buyer, { escalation: null }],
  ['el agente de mi hermano le marcó ayer', buyer, { escalation: null }],
  ['no me llamen porfa, prefiero mensajes', buyerEs, { escalation: null }],
  ['we spoke with a lender already, pre approved for 500', buyer, { escalation: null }],
  ['can you send me more photos of it', buyerEs, { escalation: null }],
  ['who would i be working with eventually?', buyer, { escalation: null }],
  ['my boss calls me all day so texting works', buyerEs, { escalation: null }],
  ['ya hablé con el banco y me dijeron que sí', buyerEs, { escalation: null }],
  ["don't need a human, you're doing great", buyer, { escalation: null }],
  ['hit me up with more listings like that one', buyerEs, { escalation: null }],
  ['reach out to me by email instead', buyerEs, { escalation: null }],
  ['can my lender contact you directly?', buyer, { escalation: null }],
  ['i got a call from the bank today', buyer, { escalation: null }],
  ["my realtor friend said she'd reach out to me", buyer, { escalation: null }],
  ["i'll take it from here thanks", buyer, { escalation: null }],
  ['the last agent never got back to me', buyer, { escalation: null }],
  ['did someone call me earlier?', buyerEs, { escalation: null }],
  ['que me contacten por correo porfa', buyerEs, { escalation: null }],
  ['we need to call the lender first', buyer, { escalation: null }],
  ['could you get back to me with the HOA amount?', buyer, { escalation: null }],
  ['el banco me va a llamar mañana', buyerEs, { escalation: null }],
  ["i'd love a call back from my loan officer first", buyer, { escalation: null }],
  ['can you text me the address', buyer, { escalation: null }],
  ['quiero que me manden más casas', buyerEs, { escalation: null }],
  ['i missed a call from this number', buyer, { escalation: null }],
  ['can someone take a look at the roof for me', buyer, { escalation: null }],
]);

suite('a question read past the words that open it and ask nothing; the price asked by its noun alone', [
  ["sorry what's the asking price again", listing, { answer: 'listing' }],
  ["sorry what's the asking price again", listingAsked, { answer: 'listing' }],
  ['ok so how much is it', listingAsked, { answer: 'listing' }],
  ['remind me whats the price', listing, { answer: 'listing' }],
  ['whats the price', listing, { answer: 'listing' }],
  ['how much was it again?', listing, { answer: 'listing' }],
  ['and the price?', listing, { answer: 'listing' }],
  ['perdón, ¿cuánto es?', listingEs, { answer: 'listing' }],
  ['y el precio?', listingEs, { answer: 'listing' }],
  ['ok y cuánto es? is there wiggle room on the price?', listing, { answer: 'listing' }],
  ['oye y tiene alberca', listingEs, { answer: 'listing' }],
  ['hmm ok, is there an hoa', listing, { answer: 'listing' }],
  // an apology before a statement asks nothing ("sorry was fixing the dryer"); a price range is not the price
  ['sorry was fixing the dryer, what was the question?', listingAsked, { answer: null }],
  ['sorry was at work, we can do about 650', listingAsked, { answer: null, slots: { 'budget.max': 650000 } }],
]);

suite(
  'a kind of home or a feature turned down in the clause before "not interested" narrows, never opts out',
  [
    ['condos no, not interested en eso, las HOA me matan', firstBuyerMessage, { optOut: false }],
    ['HOA no, not interested', firstBuyerMessage, { optOut: false }],
    ['townhomes? nah not interested', firstBuyerMessage, { optOut: false }],
    ['departamentos no, no me interesa eso', { kind: 'buyer', lang: 'es' }, { optOut: false }],
    // a sentence of its own, or no home or feature before it, still opts out
    ['we looked at condos. not interested anymore', firstBuyerMessage, { optOut: true }],
    ['no thanks, not interested', firstBuyerMessage, { optOut: true }],
    ['townhomes, not interested. stop texting', firstBuyerMessage, { optOut: true }],
  ],
);

const sellerAskedWindow = {
  kind: 'seller',
  asking: 'timelineAccepted',
  slots: { address: '8231 Haven Ave', motivation: 'relocation' },
} as CorpusCase['setup'];
const sellerAskedWindowEs = { ...sellerAskedWindow, lang: 'es' } as CorpusCase['setup'];
const accepted = { slots: { timelineAccepted: true } };
const refused = { slots: { timelineAccepted: false } };

suite('a refusal or an objection denied is a yes (litotes)', [
  ['i wouldnt say no to that timeframe', sellerAskedWindow, accepted],
  ["wouldn't mind that at all", sellerAskedWindow, accepted],
  ['not opposed to 45 days', sellerAskedWindow, accepted],
  ["can't argue with that", sellerAskedWindow, accepted],
  ['that wouldnt hurt honestly', sellerAskedWindow, accepted],
  ["I wouldn't object", sellerAskedWindow, accepted],
  ['no estaría mal', sellerAskedWindowEs, accepted],
  ['no me opongo', sellerAskedWindowEs, accepted],
  ['no diría que no', sellerAskedWindowEs, accepted],
  ['no tengo objeción con eso', sellerAskedWindowEs, accepted],
  // "never mind" takes back; an objection said, or denied before a contrast, still refuses
  ['never mind, 45 days wont work for us', sellerAskedWindow, refused],
  ['not bad but 30 days is too fast', sellerAskedWindow, refused],
  ["i don't mind waiting longer, 45 days is too quick", sellerAskedWindow, refused],
  ['no estaría mal pero 30 días es muy poco', sellerAskedWindowEs, refused],
  ['I object, way too fast', sellerAskedWindow, refused],
]);

suite('what review-s67 found: a name given, a contact by someone else, a duty, a greeting drawn out', [
  ['you can call me Benny, 4 beds would be ideal', buyer, { escalation: null }],
  ['llámame Chuy, así me dicen todos', buyerEs, { escalation: null }],
  ['call me tomorrow after lunch please', buyer, { escalation: 'person' }],
  ['we would love a call from our loan officer before we decide', buyer, { escalation: null }],
  ['tengo que platicarlo por teléfono con mi esposo', buyerEs, { escalation: null }],
  ['i have to talk it over on the phone with my husband first', buyer, { escalation: null }],
  ['can someone from the team touch base with us this week', buyer, { escalation: 'person' }],
  ['quisiera que alguien del equipo se ponga en contacto conmigo', buyerEs, { escalation: 'person' }],
  ['¿puede continuar la conversación un agente, por favor?', buyerEs, { escalation: 'person' }],
  ['can we just call you guys? easier', buyer, { escalation: 'person' }],
  ["i'll call you guys back later this week", buyer, { escalation: null }],
  ['heyyy so whatre they asking for it', listing, { answer: 'listing' }],
  ['buenas tardes, oiga, ¿en cuánto la están vendiendo?', listingEs, { answer: 'listing' }],
  ['recuérdame el precio porfa', listingEs, { answer: 'listing' }],
  ["what's the price range for a 4 bed around here?", listing, { answer: 'agent' }],
]);

suite('what review-s67 found: what "not interested" turns down, and what widens it to everything', [
  ['manufactured homes? nope, not interested', firstBuyerMessage, { optOut: false }],
  ['that one on foothill, not interested, the yard is tiny', firstBuyerMessage, { optOut: false }],
  ['lo de Rialto no, no me interesa, mejor Upland', { kind: 'buyer', lang: 'es' }, { optOut: false }],
  ['duplexes with an HOA, nah, not interested', firstBuyerMessage, { optOut: false }],
  ['the kitchen is gorgeous but honestly we are not interested anymore', firstBuyerMessage, { optOut: true }],
  ['condos, houses, whatever, not interested, we renewed our lease', firstBuyerMessage, { optOut: true }],
  ['not only that listing, we are not interested in any of it anymore', firstBuyerMessage, { optOut: true }],
  ['not interested in anything right now tbh', firstBuyerMessage, { optOut: true }],
  ['no calls please, just on here', firstBuyerMessage, { optOut: false }],
]);

const buyerAskedSize = {
  kind: 'buyer',
  asking: 'size',
  slots: { budget: { max: 600000 } },
} as CorpusCase['setup'];
const buyerAskedSizeEs = { ...buyerAskedSize, lang: 'es' } as CorpusCase['setup'];

suite('a word that only stresses is read past inside a phrase; the agent by name set against a machine', [
  ['who exactly am i talking to?', buyerAskedSize, { disclosure: true }],
  ['who really is texting me rn', buyerAskedSize, { disclosure: true }],
  ['quien exactamente me está escribiendo?', buyerAskedSizeEs, { disclosure: true }],
  ['is this a machine answering me?', buyerAskedSize, { disclosure: true }],
  ['are these messages from jorge or some bot?', buyerAskedSize, { disclosure: true }],
  ['¿esto lo contesta jorge o una máquina?', buyerAskedSizeEs, { disclosure: true }],
  ['can someone actually call me today', buyer, { escalation: 'person' }],
  // hard negatives: a machine or a person of someone else, a comparison, a question about the home
  ['is jorge or a machine better at pricing homes lol', buyerAskedSize, { disclosure: false }],
  ['is the alarm system automated or do we set it?', buyerAskedSize, { disclosure: false }],
  ['who exactly is the seller?', buyerAskedSize, { disclosure: false }],
  ['is that a machine shop next door to the listing?', buyerAskedSize, { disclosure: false }],
  ['my lender actually called me this morning', buyer, { escalation: null }],
]);

suite('an unsubscribing from another service said with "me" is no stop of ours; "no volver a mandar nada"', [
  [
    'unsubscribe me from zillow emails lol, your texts are way more useful',
    firstBuyerMessage,
    { optOut: false },
  ],
  ['pls unsubscribe us from redfin, keep sending yours', firstBuyerMessage, { optOut: false }],
  ['unsubscribe me from redfin emails and your texts', firstBuyerMessage, { optOut: true }],
  ['unsubscribe me from zillow and from you too', firstBuyerMessage, { optOut: true }],
  [
    'Hágame el favor de no volver a mandar nada a este número',
    { kind: 'buyer', lang: 'es' },
    { optOut: true },
  ],
  ['favor de no mandar nada antes de las 9', { kind: 'buyer', lang: 'es' }, { optOut: false }],
]);

suite(
  'what the spent conversations-s67 showed: the lead by its phone, a video call, a question told as someone else’s',
  [
    ['can someone from the team ring my cell after lunch', buyer, { escalation: 'person' }],
    ['que alguien me marque a mi celular hoy', buyerEs, { escalation: 'person' }],
    ['could we set up a zoom call with the agent this week?', buyer, { escalation: 'person' }],
    ['my wife asked if this is a bot lol, i said probably', buyerAskedSize, { disclosure: false }],
    ['mi hijo me preguntó si eras un robot jaja', buyerAskedSizeEs, { disclosure: false }],
    ['been unsubscribing from store coupons all day ugh', firstBuyerMessage, { optOut: false }],
    // ours named after it still stops
    ['been unsubscribing from your texts, please stop', firstBuyerMessage, { optOut: true }],
  ],
);

const sellerAskedWhy = {
  kind: 'seller',
  asking: 'motivation',
  slots: { address: '8231 Haven Ave' },
} as CorpusCase['setup'];
const sellerAskedWhyEs = { ...sellerAskedWhy, lang: 'es' } as CorpusCase['setup'];
const financial = { slots: { motivation: 'financial' } };

suite('money that does not reach the payments is the seller’s financial reason', [
  ['el pago de la hipoteca nos subió y ya no alcanza', sellerAskedWhyEs, financial],
  ['se me complicaron los pagos desde que cerró la tienda', sellerAskedWhyEs, financial],
  ['con lo que gano ya no me alcanza para la casa', sellerAskedWhyEs, financial],
  ['ya no nos alcanza para pagar la casa', sellerAskedWhyEs, financial],
  ["money's been tight since i lost hours at work", sellerAskedWhy, financial],
  // time, space or money denied are something else
  ['no nos alcanza el tiempo para arreglarla', sellerAskedWhyEs, { slots: { motivation: null } }],
  [
    "money isn't tight, we just want something bigger",
    sellerAskedWhy,
    { slots: { motivation: 'upgrading' } },
  ],
]);

suite('"nothing" narrowed by what it has or lacks narrows what is sent', [
  ['pero no me manden nada con HOA porfa', { kind: 'buyer', lang: 'es' }, { optOut: false }],
  ['ya no me manden nada sin cochera', { kind: 'buyer', lang: 'es' }, { optOut: false }],
  ['no me manden nada que tenga alberca', { kind: 'buyer', lang: 'es' }, { optOut: false }],
  ['no me manden nada, gracias', { kind: 'buyer', lang: 'es' }, { optOut: true }],
  ['ya no me manden nada más', { kind: 'buyer', lang: 'es' }, { optOut: true }],
]);

const buyerAskedFinancing = {
  kind: 'buyer',
  asking: 'financing',
  slots: { budget: { max: 650000 } },
} as CorpusCase['setup'];
const buyerAskedFinancingEs = { ...buyerAskedFinancing, lang: 'es' } as CorpusCase['setup'];

suite('a date said of the loan’s own steps, or of "it" when the clause before named them, is not the move', [
  [
    'preapproval is in process, should have it in a few days',
    buyerAskedFinancing,
    { slots: { urgency: null } },
  ],
  ['la preaprobación sale en unos días', buyerAskedFinancingEs, { slots: { urgency: null } }],
  ['the approval letter, we should get it next week', buyerAskedFinancing, { slots: { urgency: null } }],
  // the move said beside it, or "it" meaning the home, is still the move
  [
    'we want to move in 2 months, preapproval should come in a few days',
    buyerAskedFinancing,
    { slots: { urgency: 'three_months' } },
  ],
  ['the house, we need it in 6 weeks', buyerAskedFinancing, { slots: { urgency: 'three_months' } }],
  ['pre-approved, looking to move in 3 months', buyerAskedFinancing, { slots: { urgency: 'three_months' } }],
]);
