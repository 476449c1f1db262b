import { B, ES, S, SES, picking, suite } from './probe-suite.js';

/**
 * Session 65's reading mechanisms (docs/BOTS.md section 69), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

// Thursday 9:00am, Saturday 10:00am, Friday 6:30pm (CORPUS_NOW_MS is Tue 10 Mar 2026).
const CALENDAR = ['Thu Mar 12, 9:00am', 'Sat Mar 14, 10:00am', 'Fri Mar 13, 6:30pm'];
const LISTING = { listing: { id: 'L-1', price: 600000 } };

suite('a day kept for something else is a day the lead cannot', [
  ['saturdays are for my kids, so whatever else works', picking(CALENDAR), { booked: null }],
  ['saturdays are for my kids. the thursday one', picking(CALENDAR), { booked: 0 }],
  ['los sábados son para la familia, el jueves', picking(CALENDAR, 'es'), { booked: 0 }],
  ['saturday is family day, friday evening then', picking(CALENDAR), { booked: 2 }],
  // ("for sure" keeps nothing)
  ['saturday for sure', picking(CALENDAR), { booked: 1 }],
]);

suite("a conclusion after its reason: the reason's days pick nothing", [
  ['on call at the hospital thursday into friday, so saturday', picking(CALENDAR), { booked: 1 }],
  ['trabajo jueves y viernes, así que el sábado', picking(CALENDAR, 'es'), { booked: 1 }],
  // (a day after "so" alone still picks)
  ['thursday works so yeah', picking(CALENDAR), { booked: 0 }],
]);

suite('a range said to be enough: its low end is the minimum', [
  ['3 or 4 is fine, 4 would be great', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['2 or 3 is plenty', B('size'), { slots: { 'size.bedrooms': 2 } }],
  // (a count said alone to be enough is still the count)
  ['3 is fine, 4 would be nice', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a count warned off or complained of, said with "de" or a condition', [
  ['ya no me manden de 1 recámara, necesitamos 3', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['no queremos de 2 recámaras, mínimo 3', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['if you send me 1 bedroom condos ill lose it lol. need 3', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['queremos de 4 recámaras', ES('size'), { slots: { 'size.bedrooms': 4 } }],
]);

suite('a floor turned down after it, or under "ni", is a ceiling', [
  ['more than 550 we cannot do', B('budget'), { slots: { 'budget.max': 550000 } }],
  ['más de 450 mil ya es demasiado', ES('budget'), { slots: { 'budget.max': 450000 } }],
  ['ni me manden casas de más de 500 mil', ES('budget'), { slots: { 'budget.max': 500000 }, optOut: false }],
  // (a floor said to be fine stays a floor)
  ['over 550 is fine', B('budget'), { slots: { 'budget.min': 550000 } }],
]);

suite('"nada" narrowed to a price or a feature is which homes, not a stop', [
  ['no me manden nada arriba de 600 mil', ES('budget'), { optOut: false, slots: { 'budget.max': 600000 } }],
  ['no me manden nada debajo de 3 recámaras', ES('size'), { optOut: false }],
  // ("nada más" is everything)
  ['ya no me manden nada más', ES('size'), { optOut: true }],
  ['no me manden nada', ES('size'), { optOut: true }],
]);

suite('offers or homes ruled out, to the end of the sentence, are no stop', [
  ['we need 700k. anything under that, dont bother, just say no', S('priceExpectation'), { optOut: false }],
  ['if you keep sending me condos i will unsubscribe haha. houses only', B('size'), { optOut: false }],
  // (a stop in the next sentence still stops)
  ['anything under 500 is a joke. stop texting me', S('priceExpectation'), { optOut: true }],
  ['if you keep texting me i will block you', B('size'), { optOut: true }],
]);

suite('"stop it" at a home or its price is an exclamation', [
  ['stop it, that backyard 😍', B('size', LISTING), { optOut: false }],
  ['stop it, 600 for that?? we were thinking 520', B('budget', LISTING), { optOut: false }],
  // (at us, or alone, it stops)
  ['stop it, who gave you my number?', B('size'), { optOut: true }],
  ['stop it!!', B('size'), { optOut: true }],
]);

suite('a stop at this number, whoever it is asked for', [
  ['please do not contact me at this number anymore', B('size'), { optOut: true }],
  ["don't text him at this number, he passed away last year", S('condition'), { optOut: true }],
  ['no me llamen a este número', ES('size'), { optOut: true }],
  // (narrowed to some hours it is no stop)
  ["don't call me at this number after 8pm", B('size'), { optOut: false }],
]);

suite('a contact verb spelt by ear', [
  ['ya no me escrivan porfabor', { lang: 'es' }, { optOut: true }],
  ['no me yamen mas', { lang: 'es' }, { optOut: true }],
]);

suite('taken off something not ours is no stop', [
  ['once they take me off the night shift i can do calls. 3 beds', B('size'), { optOut: false }],
  ['my ex has to take me off the mortgage first', B('financing'), { optOut: false }],
  // (our list, or nothing named, still stops)
  ['take me off your list', B('size'), { optOut: true }],
  ['take me off', B('size'), { optOut: true }],
]);

suite('how a purchase is paid for, asked, is kept for the agent whatever intent it states', [
  ['can we buy with an ITIN?', B('budget'), { openQuestion: true }],
  ['¿se puede comprar con ITIN?', ES('budget'), { openQuestion: true }],
  ['can i use gift money for the down payment?', B('budget'), { openQuestion: true }],
]);

suite('a computer asked about as the one writing', [
  ['is a computer writing these?', B('size'), { disclosure: true }],
  ['is some program generating these texts?', B('size'), { disclosure: true }],
  // (a computer of the lead's is no ask)
  ['my computer is generating a report, one sec. 3 beds', B('size'), { disclosure: false }],
]);

suite('an approval named by who gave it', [
  ['got the approval from navy federal last week', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['ya tenemos la aprobación del banco', ES('financing'), { slots: { financing: 'pre_approved' } }],
  // (someone else's say-so is no lender's)
  ['the approval from the hoa is still pending', B('financing'), { slots: { financing: null } }],
]);

suite('another deal cancelled is not the approval', [
  [
    'pre approved. our last escrow fell apart, the deal got cancelled',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'preaprobados ya, nos cancelaron la otra compra',
    ES('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  // (the approval itself cancelled)
  ['we were approved but they cancelled it', B('financing'), { slots: { financing: 'needs_lender' } }],
]);

suite('a place for someone of the household is a reason to move up', [
  [
    'we need somewhere with an adu for my mom',
    SES('motivation', { lang: 'en' }),
    { slots: { motivation: 'upgrading' } },
  ],
  ['buscamos una casita para mi suegro atrás', SES('motivation'), { slots: { motivation: 'upgrading' } }],
]);
