import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { conversationSuite, S, SES, suite } from './probe-suite.js';

/**
 * Session 55's reading mechanisms (docs/BOTS.md section 59), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const window = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });
const windowEs = SES('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });
const known = { budget: { min: 400000, max: 500000 }, size: { bedrooms: 3 } };
const askingTime = {
  kind: 'buyer',
  asking: 'urgency',
  slots: { ...known, financing: 'needs_lender' },
} as CorpusCase['setup'];
const askingAreas = {
  kind: 'buyer',
  asking: 'areas',
  slots: { ...known, financing: 'needs_lender', urgency: 'three_months' },
} as CorpusCase['setup'];
const askingAreasEs = { ...askingAreas, lang: 'es' } as CorpusCase['setup'];

suite("the window named, then the seller's own time past any the sale can wait for: a no", [
  [
    'no chance we could be packed in 30-45 days, the new place isnt built yet. figure 6 months',
    window,
    { slots: { timelineAccepted: false } },
  ],
  ['45 days?? we would need more like 7 months', window, { slots: { timelineAccepted: false } }],
  ['30 to 45 days, hmm. realistically 8 months', window, { slots: { timelineAccepted: false } }],
  ['en 30 o 45 días ni de chiste, calculo unos 6 meses', windowEs, { slots: { timelineAccepted: false } }],
  [
    'esos 45 días se me hacen muy poquitos, serían como 7 meses',
    windowEs,
    { slots: { timelineAccepted: false } },
  ],
]);

suite('...but a window said to work stands beside a later time of something else', [
  [
    '45 days is fine, our new build finishes in 6 months anyway',
    window,
    { slots: { timelineAccepted: true } },
  ],
  ['yes 30-45 days works. we rent for 7 months after', window, { slots: { timelineAccepted: true } }],
  [
    'sí, 45 días está bien, la otra casa la entregan en 6 meses',
    windowEs,
    { slots: { timelineAccepted: true } },
  ],
  ['30-45 days is ok with us', window, { slots: { timelineAccepted: true } }],
  ['mes y medio nos funciona', windowEs, { slots: { timelineAccepted: true } }],
]);

suite('a refusal of the window with a verb between ("se nos hace imposible", "sounds impossible")', [
  ['30 o 45 días se nos hace imposible', windowEs, { slots: { timelineAccepted: false } }],
  ['45 días se me hacen muy pocos', windowEs, { slots: { timelineAccepted: false } }],
  ['45 days sounds impossible for us', window, { slots: { timelineAccepted: false } }],
  ['30 days seems too quick', window, { slots: { timelineAccepted: false } }],
  ['45 días se me hace bien', windowEs, { slots: { timelineAccepted: true } }],
  ['45 days sounds good', window, { slots: { timelineAccepted: true } }],
]);

suite("a lender's figure, then the buyer's own bare figure beside it: the buyer's is the top", [
  [
    'oh and the credit union came back, approved for 515. so 490 is still our number',
    askingTime,
    { slots: { budget: { max: 490000 } } },
  ],
  [
    'update: pre-approved for 538! we still want to stay at 510 tho',
    askingAreas,
    { slots: { budget: { min: 400000, max: 510000 } } },
  ],
  [
    'ya nos aprobaron 520, pero seguimos con 495 como máximo',
    askingAreasEs,
    { slots: { budget: { max: 495000 } } },
  ],
  // a figure of something else far from the approval's is no budget
  [
    'update, approved for 515! we have 2 kids and 3 dogs so yard please',
    askingAreas,
    { slots: { budget: { min: 400000, max: 500000 } } },
  ],
  [
    'update: approved for 515, the hoa cant be over 300 tho',
    askingAreas,
    { slots: { budget: { min: 400000, max: 500000 } } },
  ],
]);

const sellerAsked = S('motivation');
const sellerAskedEs = SES('motivation');
suite('"trabajo en <place>" with no article is where the lead works now, no move', [
  [
    'trabajo en una panadería en ontario desde hace años, ya nos queremos cambiar de casa',
    sellerAskedEs,
    { slots: { relocationDestination: null } },
  ],
  [
    'trabajo en fontana de mesero y la casa nos queda chica',
    sellerAskedEs,
    { slots: { motivation: 'upgrading' } },
  ],
  [
    'me salió un trabajo en Boise, nos vamos en el verano',
    sellerAskedEs,
    { slots: { motivation: 'relocation', relocationDestination: 'Boise' } },
  ],
  [
    'mi esposo consiguió trabajo en Reno desde marzo',
    sellerAskedEs,
    { slots: { motivation: 'relocation', relocationDestination: 'Reno' } },
  ],
  [
    'le dieron un trabajo nuevo en Tulsa',
    sellerAskedEs,
    { slots: { motivation: 'relocation', relocationDestination: 'Tulsa' } },
  ],
  ['got a job in Boise starting in june', sellerAsked, { slots: { relocationDestination: 'Boise' } }],
]);

conversationSuite('a move said in passing, to no place named, gives way to the reason named later', [
  [
    ['hola', 'estamos pensando en mudarnos', 'queremos vender la casa primero'],
    'es que ya somos cinco y la casa tiene dos recámaras',
    { kind: 'lead', lang: 'es' },
    { slots: { motivation: 'upgrading' } },
  ],
  [
    ['hi there', 'we are thinking about moving', 'we would sell our place first'],
    "honestly we can't keep up with the mortgage since my hours got cut",
    { kind: 'lead' },
    { slots: { motivation: 'financial' } },
  ],
  // a move to a place named is a reason of its own
  [
    ['hi there', "we need to sell, we're moving to Denver for my job"],
    'the kids share a room right now',
    { kind: 'lead' },
    { slots: { motivation: 'relocation' } },
  ],
]);

const unclear = { kind: 'lead' } as CorpusCase['setup'];
const unclearEs = { kind: 'lead', lang: 'es' } as CorpusCase['setup'];
const buyerAskingTime = {
  kind: 'buyer',
  asking: 'urgency',
  lang: 'es',
  slots: { budget: { max: 650000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
} as CorpusCase['setup'];
suite('a sale of "ours" first, or one ordered of the lead, routes to the seller bot', [
  ['we talked it over, we would list ours first and then buy something bigger', unclear, { kind: 'seller' }],
  ['gonna list ours and then buy after that', unclear, { kind: 'seller' }],
  ['el juez ordenó que vendamos la casa, somos dos dueños', unclearEs, { kind: 'seller' }],
  ['the judge ordered que vendamos la casa, what now', unclear, { kind: 'seller' }],
  // a buyer whose timing hangs on its own sale stays a buyer
  ['depende de cuando vendamos nuestra casa', buyerAskingTime, { kind: 'buyer' }],
  ['hasta que vendamos la nuestra, como 3 meses', buyerAskingTime, { kind: 'buyer' }],
  ['do you have other listings like this one? we want to buy', unclear, { kind: 'buyer' }],
]);

const asked = { kind: 'buyer', asking: 'size', slots: { budget: { max: 560000 } } } as CorpusCase['setup'];
const askedEs = { ...asked, lang: 'es' } as CorpusCase['setup'];
suite('a stop said in slang, legalese, Spanglish or as a need no longer had', [
  ['yo quit hitting my line, we already closed on a place', asked, { optOut: true }],
  ['stop blowing up my cell every morning', asked, { optOut: true }],
  ['please cease and desist all contact', asked, { optOut: true }],
  ['cease immediately, this is harassment', asked, { optOut: true }],
  ['i would like to be removed from your text list', asked, { optOut: true }],
  ['i got your bot thing texting me, shut it off for this number', asked, { optOut: true }],
  ["i'm good on the texts, thanks anyway", asked, { optOut: true }],
  ['ya no queremos recibir nada de ustedes, gracias', askedEs, { optOut: true }],
  ['ya no ocupo que me manden casas, ya compramos', askedEs, { optOut: true }],
  ['porfa stop con los mensajes, ya rentamos otra cosa', askedEs, { optOut: true }],
  ['cortenle con los textos por favor', askedEs, { optOut: true }],
  ['ya paren con las llamadas, gracias', askedEs, { optOut: true }],
]);

suite('...never the same words said of something else', [
  ['my cousin got a cease and desist from his HOA over a fence', asked, { optOut: false }],
  ["we're good with the texts, keep them coming", asked, { optOut: false }],
  ["i'm good on the budget, 560 is right", asked, { optOut: false }],
  ['stop con los texts de condos, solo casas', askedEs, { optOut: false }],
  ['no quiero recibir nada de la HOA, muy caras', askedEs, { optOut: false }],
  ['got removed from the waitlist for the apartments, so we really need a house', asked, { optOut: false }],
  ['can you shut it off for the weekend? monday works again', asked, { optOut: false }],
]);

suite('the reasons in other words: children gone, one more room, hired somewhere, a place before "back"', [
  [
    'our kids left years ago and the house is too much',
    S('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  ['the kids left for camp today, ill answer later', S('motivation'), { slots: { motivation: null } }],
  ['necesitamos un cuarto más para mi suegra', SES('motivation'), { slots: { motivation: 'upgrading' } }],
  ['we need one more bedroom, twins on the way', S('motivation'), { slots: { motivation: 'upgrading' } }],
  [
    'he got hired in Bakersfield, starts next month',
    S('motivation'),
    { slots: { motivation: 'relocation', relocationDestination: 'Bakersfield' } },
  ],
  [
    'took a job in Tacoma back in january and been commuting since',
    S('motivation'),
    { slots: { relocationDestination: 'Tacoma' } },
  ],
]);

suite('a lender\'s figure said "approved" after it, then the buyer\'s own', [
  [
    'bank says 688 approved but 560 is what we want to spend',
    { kind: 'buyer', asking: 'budget' },
    { slots: { budget: { min: 448000, max: 560000 } } },
  ],
  [
    'we got 612 approved',
    { kind: 'buyer', asking: 'budget' },
    { slots: { budget: { max: 612000 }, financing: 'pre_approved' } },
  ],
]);

suite('a sale put up first routes to the seller', [
  ['we want to put our house up for sale first, then buy in Fontana', unclear, { kind: 'seller' }],
  ['primero ponemos la casa a la venta y luego compramos', unclearEs, { kind: 'seller' }],
  ['we want to buy something that is up for sale in Fontana', unclear, { kind: 'buyer' }],
]);

suite('a destination whose name opens with an article', [
  [
    'we got orders, moving to Las Vegas in the summer',
    S('motivation'),
    { slots: { motivation: 'relocation', relocationDestination: 'Las Vegas' } },
  ],
  [
    'nos regresamos pa El Paso con mi familia',
    SES('motivation'),
    { slots: { motivation: 'relocation', relocationDestination: 'El Paso' } },
  ],
  [
    'mi esposo consiguió trabajo en Los Angeles',
    SES('motivation'),
    { slots: { motivation: 'relocation', relocationDestination: 'Los Angeles' } },
  ],
  // an article before a home is no place
  ['nos vamos a la casa de mis suegros', SES('motivation'), { slots: { relocationDestination: null } }],
]);

suite('after sealed-s69 and conversations-s69 were spent: a stop between a figure and the one replacing it', [
  [
    '3 bedrooms... no wait, stop, 4. my mom moves in with us',
    {
      kind: 'buyer',
      asking: 'size',
      slots: { budget: { max: 560000 }, financing: 'pre_approved' },
    },
    { optOut: false, slots: { size: { bedrooms: 4 } } },
  ],
  [
    'dos recámaras... no espera, para, 3',
    {
      kind: 'buyer',
      asking: 'size',
      lang: 'es',
      slots: { budget: { max: 560000 }, financing: 'pre_approved' },
    },
    { optOut: false, slots: { size: { bedrooms: 3 } } },
  ],
  // a stop alone, or before our messages, still stops
  ['no, stop', asked, { optOut: true }],
  ['no wait stop texting me', asked, { optOut: true }],
  ['nope, stop. 2 texts a day is too many', asked, { optOut: true }],
]);
