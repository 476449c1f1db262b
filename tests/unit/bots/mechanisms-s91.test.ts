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
