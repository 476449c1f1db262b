import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, ES, S, SES, priceAsked, priceAskedEs, suite } from './probe-suite.js';

/**
 * Session 61's reading mechanisms (docs/BOTS.md section 65), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const budgetAsked = B('budget');
const budgetAskedEs = ES('budget');
const sizeAsked = B('size', { slots: { budget: { max: 520000 }, financing: 'pre_approved' } });
const sizeAskedEs = ES('size', { slots: { budget: { max: 520000 }, financing: 'pre_approved' } });
const BEFORE_AREAS = {
  slots: {
    budget: { max: 560000 },
    financing: 'pre_approved',
    size: { bedrooms: 3 },
    urgency: 'three_months',
  },
};
const areasAsked = B('areas', BEFORE_AREAS);
const areasAskedEs = ES('areas', BEFORE_AREAS);
const BEFORE_URGENCY = {
  slots: { budget: { max: 560000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
};
const urgencyAsked = B('urgency', BEFORE_URGENCY);
const urgencyAskedEs = ES('urgency', BEFORE_URGENCY);
const financingAsked = B('financing', { slots: { budget: { max: 480000 } } });
const financingAskedEs = ES('financing', { slots: { budget: { max: 480000 } } });
const conditionAsked = S('condition', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });
const conditionAskedEs = SES('condition', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });
const NEEDS_WORK_BUT_PRICE = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'needs_work',
  },
};
const workKnownPriceAsked = S('priceExpectation', NEEDS_WORK_BUT_PRICE);
const workKnownPriceAskedEs = SES('priceExpectation', NEEDS_WORK_BUT_PRICE);
const windowAskedEs = SES('timelineAccepted', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation' },
});
const windowAsked = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });

suite('a down payment named after its amount (cuota inicial, la inicial) is no budget', [
  [
    'tenemos como 200 mil para la cuota inicial. nos preaprobaron hasta 780',
    budgetAskedEs,
    { slots: { budget: { max: 780000 }, financing: 'pre_approved' } },
  ],
  ['tenemos 30 mil de inicial y buscamos hasta 400', budgetAskedEs, { slots: { budget: { max: 400000 } } }],
  [
    'juntamos 25 mil para el pago inicial, queremos algo de 450',
    budgetAskedEs,
    { slots: { budget: { min: 360000, max: 450000 } } },
  ],
  // (a price said with the word nearby stays a price)
  ['hasta 500 mil, la inicial ya la tenemos', budgetAskedEs, { slots: { budget: { max: 500000 } } }],
]);

suite('a limit someone sets for the lead under a lender’s figure is the budget', [
  [
    'my lender preapproved me for 600 but she wants me to stay under 550',
    budgetAsked,
    { slots: { budget: { max: 550000 }, financing: 'pre_approved' } },
  ],
  [
    "we're pre-approved for 700 and my wife says nothing over 650",
    budgetAsked,
    { slots: { budget: { max: 650000 } } },
  ],
  // (the lead's own figure against someone else's stays the lead's)
  [
    'my husband wants 700 max but i say 650',
    budgetAsked,
    { slots: { budget: { min: 520000, max: 650000 } } },
  ],
  [
    'pre-approved for 700, my wife says 650 max but i think we can do 700',
    budgetAsked,
    { slots: { budget: { max: 700000 } } },
  ],
  ['approved for 600', budgetAsked, { slots: { budget: { min: 480000, max: 600000 } } }],
]);

suite('a place where the lead works (an airport, a library, a big employer) is no wanted area', [
  [
    'hi, quiero comprar mi first house. trabajo en baggage en el aeropuerto de Ontario',
    budgetAskedEs,
    { slots: { areas: null } },
  ],
  [
    'I just started at Kaiser in Ontario two weeks ago, looking to buy',
    budgetAsked,
    { slots: { areas: null } },
  ],
  ['i shelve books at the library in upland, we rent', budgetAsked, { slots: { areas: null } }],
  // (near it, or named as wanted, it is one)
  ['we want to live near the airport in Ontario', areasAsked, { slots: { areas: ['Ontario'] } }],
  ['close to the library in Upland', areasAsked, { slots: { areas: ['Upland'] } }],
  [
    'i work at the library in upland so upland or montclair',
    areasAsked,
    { slots: { areas: ['Upland', 'Montclair'] } },
  ],
  ['ontario, by the airport', areasAsked, { slots: { areas: ['Ontario'] } }],
]);

suite(
  'a seller’s condition: not every "mucho" is work, a relative’s needs are not the home’s, a flaw told fixed',
  [
    [
      'my neighbor dijo que le cobraron 6% y se me hace mucho',
      conditionAskedEs,
      { slots: { condition: null } },
    ],
    ['mi mamá necesita muchas cosas, por eso vendemos', conditionAskedEs, { slots: { condition: null } }],
    ['le hacen falta muchas cosas', conditionAskedEs, { slots: { condition: 'needs_work' } }],
    ['la casa de mi mamá necesita mucho trabajo', conditionAskedEs, { slots: { condition: 'needs_work' } }],
    ['we need new paint', conditionAsked, { slots: { condition: 'needs_work' } }],
    ['la gotera del techo ya la arreglamos', conditionAskedEs, { slots: { condition: 'move_in_ready' } }],
    [
      'needs work, bueno no, ya la arreglamos toda',
      conditionAskedEs,
      { slots: { condition: 'move_in_ready' } },
    ],
    // (a flaw told after the home was called ready, as something forgotten, replaces it)
    [
      '¡Uy! casi se me olvida: el calentador ya no sirve y hay una gotera',
      priceAskedEs,
      { slots: { condition: 'needs_work' } },
    ],
    [
      'ah no, espérese, se me olvidaba: hay termitas en el garaje',
      priceAskedEs,
      { slots: { condition: 'needs_work' } },
    ],
    ['oh wait i almost forgot, the ac is shot', priceAsked, { slots: { condition: 'needs_work' } }],
    // (a home that needed work, called ready now)
    [
      'we fixed the roof and painted everything, now its move in ready. 650',
      workKnownPriceAsked,
      { slots: { condition: 'move_in_ready', priceExpectation: 650000 } },
    ],
    [
      'ya quedó lista, cambiamos el piso. queremos 600',
      workKnownPriceAskedEs,
      { slots: { condition: 'move_in_ready' } },
    ],
    // (not a ready home said of another one)
    [
      'the one next door is move in ready and sold for 640, we want 600',
      workKnownPriceAsked,
      { slots: { condition: 'needs_work', priceExpectation: 600000 } },
    ],
  ],
);

suite('an approval the lead does not know it has is no answer', [
  [
    'my husband habló con un lender pero no sé si ya nos aprobaron',
    financingAskedEs,
    { slots: { financing: null } },
  ],
  [
    'my husband talked to a lender but idk if we got approved',
    financingAsked,
    { slots: { financing: null } },
  ],
  ['not sure if we got approved yet', financingAsked, { slots: { financing: null } }],
  // (a doubt about what an approval covers, or another approval said plainly, is one)
  ['not sure the pre approval covers it', financingAsked, { slots: { financing: 'pre_approved' } }],
  ["we're approved, not sure if for enough", financingAsked, { slots: { financing: 'pre_approved' } }],
  [
    "idk if we're approved for enough, we're approved for 500 tho",
    financingAsked,
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('the size question answered with a household member’s need is the size', [
  [
    'Mi mamá necesita que sea de una planta y 2 recámaras mínimo',
    sizeAskedEs,
    { slots: { size: { bedrooms: 2, style: 'single story' } } },
  ],
  ['my dad needs a single story, 2 bed minimum', sizeAsked, { slots: { size: { bedrooms: 2 } } }],
  // (what someone else has is not)
  ['mi hermana tiene una casa de 5 recámaras', sizeAskedEs, { slots: { size: null } }],
  ['my sister has a 5 bedroom and hates it', sizeAsked, { slots: { size: null } }],
]);

suite('places said after a take-back replace the ones taken back', [
  [
    'Diamond Bar, Chino Hills... wait no scratch that, i meant Chino and Ontario',
    areasAsked,
    { slots: { areas: ['Chino', 'Ontario'] } },
  ],
  ['upland or claremont, no wait, i meant montclair', areasAsked, { slots: { areas: ['Montclair'] } }],
  ['Rialto y Colton, no perdón, quise decir Fontana', areasAskedEs, { slots: { areas: ['Fontana'] } }],
  // (one turned down by name leaves the others)
  [
    'Fontana o Ontario... wait no, Upland not Ontario',
    areasAsked,
    { slots: { areas: ['Fontana', 'Upland'] } },
  ],
]);

suite('a move that waits only for the home is immediate; a share of a year is no date', [
  ["we're ready to move as soon as we find one", urgencyAsked, { slots: { urgency: 'immediate' } }],
  [
    'Ya, en cuanto encontremos casa nos mudamos, estamos listos',
    urgencyAskedEs,
    { slots: { urgency: 'immediate' } },
  ],
  ['tan pronto encontremos algo nos cambiamos', urgencyAskedEs, { slots: { urgency: 'immediate' } }],
  // (waiting for something else, or whenever, is not)
  ["as soon as we find a lender we'll start", urgencyAsked, { slots: { urgency: null } }],
  ['whenever we find the right one', urgencyAsked, { slots: { urgency: 'browsing' } }],
  [
    'quien sabe, ando on the road con la crew like half the year',
    urgencyAskedEs,
    { slots: { urgency: null } },
  ],
  ["i'm away most of the year for work", urgencyAsked, { slots: { urgency: null } }],
  ['the rest of the year is busy, in 6 months', urgencyAsked, { slots: { urgency: 'six_months' } }],
  ['we want to be in by the end of the year', urgencyAsked, { slots: { urgency: 'browsing' } }],
]);

suite('a 30 to 45 day sale called impossible is declined', [
  ['esos 30 o 45 días se nos hacen imposibles', windowAskedEs, { slots: { timelineAccepted: false } }],
  ['30 días? imposible, necesitamos unos 4 meses', windowAskedEs, { slots: { timelineAccepted: false } }],
  [
    "that's impossible for us, the kids finish school in june",
    windowAsked,
    { slots: { timelineAccepted: false } },
  ],
  // (a window taken, said with the word elsewhere, is accepted)
  ['sí, 30 a 45 días está perfecto', windowAskedEs, { slots: { timelineAccepted: true } }],
]);

const optAsked = B('size', { slots: { budget: { min: 440000, max: 550000 } } });
const optAskedEs = ES('size', { slots: { budget: { min: 440000, max: 550000 } } });

suite('a stop asked in more words: off our channel, let be, needed to stop, no longer wished', [
  ['pls remove me from the text alerts, we bought already', optAsked, { optOut: true }],
  ['you can drop me from the emails and the texts', optAsked, { optOut: true }],
  ['lay off the messages bro', optAsked, { optOut: true }],
  ['just leave me be', optAsked, { optOut: true }],
  ['déjeme tranquila por favor', optAskedEs, { optOut: true, lang: 'es' }],
  ['i really need you guys to stop, we signed with someone', optAsked, { optOut: true }],
  ['we dont need the alerts anymore', optAsked, { optOut: true }],
  ['ya no deseamos recibir sus mensajes', optAskedEs, { optOut: true }],
  ['ya no quiero recibir las alertas', optAskedEs, { optOut: true }],
  ['cancelen todas las alertas porfa', optAskedEs, { optOut: true }],
  ['apaguen las notificaciones, ya no busco', optAskedEs, { optOut: true }],
  ['cancélame todo por favor', optAskedEs, { optOut: true }],
  ['por favor no le manden más, ella ya no está buscando', optAskedEs, { optOut: true }],
  ['que ya no me lleguen sus mensajes, gracias', optAskedEs, { optOut: true }],
  ['ya no quiero recibir sus mensajes punto gracias', optAskedEs, { optOut: true }],
  // (the same words about something else)
  ['can you remove the pool ones from my search? 3 bedrooms', optAsked, { optOut: false }],
  ['i need you to stop by the house on saturday, we want 3 bedrooms', optAsked, { optOut: false }],
  ['a mi suegra no le manden nada, conmigo todo. son 3 recámaras', optAskedEs, { optOut: false }],
  ['¿qué hago para que ya no me lleguen al correo? aquí sí. 3 recámaras', optAskedEs, { optOut: false }],
  ['déjame pensarlo, pero 3 recámaras', optAskedEs, { optOut: false }],
]);

suite('a stop narrowed to a kind, told to someone else, or said of the future, is none', [
  ['stop sending me the expensive ones, 3 beds under 500', optAsked, { optOut: false }],
  ['no more of the big ones please, 3 bedrooms is plenty', optAsked, { optOut: false }],
  ['quit sending mansions lol we need 3 bedrooms', optAsked, { optOut: false }],
  ['i told my old agent to stop calling me, you guys are fine. 3 bedrooms', optAsked, { optOut: false }],
  ['le pedí a mi prima que ya no me mandara casas, ustedes sí. 3 recámaras', optAskedEs, { optOut: false }],
  [
    'si algún día quiero que ya no me escriban, ¿qué pongo? por ahora 3 recámaras',
    optAskedEs,
    { optOut: false },
  ],
  ['once we close you can stop texting lol, 3 bedrooms for now', optAsked, { optOut: false }],
  ['my wife keeps saying unsubscribe lol but im the one shopping. 3 beds', optAsked, { optOut: false }],
  ['stop the condo alerts, keep the house ones coming. 3 beds', optAsked, { optOut: false }],
  // (a typing slip held by a stop)
  ['para, lo escribí mal, son 4 recámaras', optAskedEs, { optOut: false }],
  ['stop, fat fingered that, 4 bedrooms', optAsked, { optOut: false }],
  // (the stop itself, said alone)
  ['stop, we bought a house', optAsked, { optOut: true }],
  ['para ya, compramos', optAskedEs, { optOut: true }],
]);

const motivationAsked = S('motivation');
const motivationAskedEs = SES('motivation');

suite('being retired, said of the lead, gives way to the reason it gives', [
  ['retired teacher here, we want to downsize', motivationAsked, { slots: { motivation: 'downsizing' } }],
  ["we're retired and want something smaller", motivationAsked, { slots: { motivation: 'downsizing' } }],
  [
    'im a retired nurse, moving to arizona to be near my daughter',
    motivationAsked,
    { slots: { motivation: 'relocation' } },
  ],
  [
    'ya estamos jubilados y la casa nos queda grande',
    motivationAskedEs,
    { slots: { motivation: 'downsizing' } },
  ],
  // (retiring, the act, is the reason; being retired and nothing else too)
  [
    'retired last month, cashing out and moving to the coast',
    motivationAsked,
    { slots: { motivation: 'retirement' } },
  ],
  [
    'i retired in june and we want something smaller',
    motivationAsked,
    { slots: { motivation: 'retirement' } },
  ],
  ['retired now, want to sell', motivationAsked, { slots: { motivation: 'retirement' } }],
]);

suite(
  'a stop by its parts: a verb of ending over our messages, a consent refused, pestering, the phone’s owner',
  [
    ['kindly terminate the daily alerts', optAsked, { optOut: true }],
    ['disable these text alerts please, we bought', optAsked, { optOut: true }],
    ['stop the real estate texts, not interested', optAsked, { optOut: true }],
    ['your office should no longer text me', optAsked, { optOut: true }],
    ['quit blasting my phone', optAsked, { optOut: true }],
    ["don't call me about houses no more", optAsked, { optOut: true }],
    ['please have my number purged from your list', optAsked, { optOut: true }],
    ['requesting no further contact on this number', optAsked, { optOut: true }],
    ['no autorizamos que nos manden publicidad', optAskedEs, { optOut: true }],
    ['ya no necesito que me manden información, gracias', optAskedEs, { optOut: true }],
    ['ya dejen de molestar con tantos mensajes', optAskedEs, { optOut: true }],
    ['soy su hijo, dice mi papá que ya no le manden mensajes', optAskedEs, { optOut: true }],
    ['cancelar suscripción', optAskedEs, { optOut: true }],
    ["don't send us any more listings", optAsked, { optOut: true }],
    // (the same parts about something else)
    ["don't send me houses in fontana, only rialto. 3 bedrooms", optAsked, { optOut: false }],
    ['stop the condo alerts, the houses are fine. 3 beds', optAsked, { optOut: false }],
    ["i'm not saying stop texting me, just give me a week. 3 bedrooms", optAsked, { optOut: false }],
    ['mi hermano dice que ya no le manden nada a él, a mí sí. 3 recámaras', optAskedEs, { optOut: false }],
    [
      'el año pasado cancelé los mensajes de otra agencia, ustedes sí. 3 recámaras',
      optAskedEs,
      { optOut: false },
    ],
    ['we want a quiet street where people leave us alone, 3 bedrooms', optAsked, { optOut: false }],
    ['no necesito información de condos, solo casas de 3 recámaras', optAskedEs, { optOut: false }],
  ],
);

const schedulingEs: CorpusCase['setup'] = {
  kind: 'buyer',
  lang: 'es',
  scheduling: 'time_of_day',
  slots: {
    budget: { max: 475000 },
    financing: 'pre_approved',
    size: { bedrooms: 2 },
    urgency: 'three_months',
    areas: ['Fontana'],
  },
};

suite(
  'a place listed after another keeps its own words; a place turned down stays down when named again as a workplace',
  [
    ['Rialto, Fontana es donde trabajo', areasAskedEs, { slots: { areas: ['Rialto'] } }],
    [
      'Hesperia o Apple Valley, Victorville no',
      areasAskedEs,
      { slots: { areas: ['Hesperia', 'Apple Valley'] } },
    ],
    ['En Fontana o Rialto, donde vive mi familia', areasAskedEs, { slots: { areas: ['Fontana', 'Rialto'] } }],
    ['rialto or fontana', areasAsked, { slots: { areas: ['Rialto', 'Fontana'] } }],
    ['no es Fontana, es Rialto, Fontana es donde trabajo', schedulingEs, { slots: { areas: ['Rialto'] } }],
    ['no es Fontana, es Rialto, my bad', schedulingEs, { slots: { areas: ['Rialto'] } }],
  ],
);

suite(
  'after the blind review: confessions, ready at this point, a cap, limits told to others, a facility, waits',
  [
    [
      'before i forget, the water heater is leaking. hoping for 600',
      priceAsked,
      { slots: { condition: 'needs_work' } },
    ],
    ['ok full honesty, the roof leaks when it rains', priceAsked, { slots: { condition: 'needs_work' } }],
    ['les confieso algo, el baño de atrás no sirve', priceAskedEs, { slots: { condition: 'needs_work' } }],
    [
      'we redid the floors last month, so its move in ready at this point. 640',
      workKnownPriceAsked,
      { slots: { condition: 'move_in_ready' } },
    ],
    [
      'la gotera ya la arregló mi cuñado, quedó bien',
      conditionAskedEs,
      { slots: { condition: 'move_in_ready' } },
    ],
    ['our lender capped us at 590', budgetAsked, { slots: { budget: { max: 590000 } } }],
    [
      'el banco me aprobó 600 mil pero mi esposo quiere que no pasemos de 520',
      budgetAskedEs,
      { slots: { budget: { max: 520000 } } },
    ],
    [
      'approved for 640. i told my daughter to stay under 300 for her condo, thats her not us',
      budgetAsked,
      { slots: { budget: { min: 512000, max: 640000 } } },
    ],
    [
      'claremont please. i work at the hotel by the ontario airport',
      areasAsked,
      { slots: { areas: ['Claremont'] } },
    ],
    ['close to the ontario airport would be nice', areasAsked, { slots: { areas: ['Ontario'] } }],
    ['nomás que encontremos casa nos cambiamos', urgencyAskedEs, { slots: { urgency: 'immediate' } }],
    ['whenever the perfect one shows up', urgencyAsked, { slots: { urgency: 'browsing' } }],
    ['45 días? mmm no es imposible, sí se puede', windowAskedEs, { slots: { timelineAccepted: true } }],
    ['dont need them anymore, the alerts i mean', optAsked, { optOut: true }],
    ['ya no quisiera recibir sus mensajes', optAskedEs, { optOut: true, lang: 'es' }],
    ['déjennos en paz, ya compramos', optAskedEs, { optOut: true }],
    ['ya estuvo bueno de mensajes', optAskedEs, { optOut: true }],
    ['por favor ya no me busque por lo de la casa, nos vamos a Sinaloa', optAskedEs, { optOut: true }],
    ['ya no me busquen casas de dos pisos, 3 recámaras', optAskedEs, { optOut: false }],
    ['quit sending the 900k+ ones, 3 beds under 600', optAsked, { optOut: false }],
    ['para, lo tecleé mal, son 3 recámaras no 5', optAskedEs, { optOut: false }],
    ['stop, typo, should say three bedrooms', optAsked, { optOut: false }],
    [
      'a mi vecina le dije que ya no me mandara cadenas, ustedes sí. 3 recámaras',
      optAskedEs,
      { optOut: false },
    ],
  ],
);

suite('after the end measurement: the spent sets’ kinds, with neighbours', [
  ['please stop. consider this a cease and desist', optAsked, { optOut: true }],
  ['stand down on the calls and texts please', optAsked, { optOut: true }],
  ['cancel all future texts to me', optAsked, { optOut: true }],
  ['this is her phone, please dont send her any more messages', optAsked, { optOut: true }],
  ['no further texts to this number from your office or from anyone there', optAsked, { optOut: true }],
  ['ojalá dejaran de mandarme mensajes', optAskedEs, { optOut: true }],
  ['ni un mensaje más, por favor', optAskedEs, { optOut: true }],
  ['desuscríbanme por favor', optAskedEs, { optOut: true }],
  ['porfa párenle a los texts', optAskedEs, { optOut: true }],
  ['soy su hija. ya no le escriban, please', optAskedEs, { optOut: true }],
  ['ya no deseo recibir nada de ustedes', optAskedEs, { optOut: true }],
  // (the same words about something else)
  ['lol stop calling me sir, 3 bedrooms is fine', optAsked, { optOut: false }],
  ["don't you dare take me off the list, 3 beds", optAsked, { optOut: false }],
  [
    'i was about to tell you to stop texting me but my husband loves the listings. 3 beds',
    optAsked,
    { optOut: false },
  ],
  ['can you stop sending the listings as pdfs? links are fine. 3 beds', optAsked, { optOut: false }],
  ['i need to unsubscribe from like 3 zillow lists lol. 3 beds', optAsked, { optOut: false }],
  ['unsubscribe me from this and from zillow pls', optAsked, { optOut: true }],
  // (a move where the job goes, room needed, a branch, last year's figure)
  [
    'my company is moving our office to boise and they want me there',
    motivationAsked,
    { slots: { motivation: 'relocation' } },
  ],
  ['nos vamos cerca de mi hijo en Temecula', motivationAskedEs, { slots: { motivation: 'relocation' } }],
  ['we need room for her 3 kids', motivationAsked, { slots: { motivation: 'upgrading' } }],
  [
    'Ontario o Montclair. trabajo en el branch de Upland',
    areasAskedEs,
    { slots: { areas: ['Ontario', 'Montclair'] } },
  ],
  ['made about 96k last year, want to stay under 450k', budgetAsked, { slots: { budget: { max: 450000 } } }],
]);

suite('a word of ceasing, then our messages a few words on, left whole', [
  ['please cancel every one of the texts, thanks', optAsked, { optOut: true }],
  ['stop all of these annoying little texts', optAsked, { optOut: true }],
  ['cesen ya todos sus mensajes', optAskedEs, { optOut: true }],
  ['terminate any further emails and calls', optAsked, { optOut: true }],
  // (narrowed, placed elsewhere, counted, asked, or the lead's own message)
  ['cancel that last msg lol, 3 bedrooms', optAsked, { optOut: false }],
  ['stop the condo texts, 3 bedrooms', optAsked, { optOut: false }],
  ['no more than 2 texts a day please, 3 bedrooms', optAsked, { optOut: false }],
  ['can you stop the texts after 9pm? 3 bedrooms', optAsked, { optOut: false }],
  ['paren los mensajes de condos, 3 recámaras', optAskedEs, { optOut: false }],
]);

suite('after the sixth attack: its kinds, with neighbours', [
  ['pls no mor txts, we found a place', optAsked, { optOut: true }],
  ['quit pinging me lol', optAsked, { optOut: true }],
  ['unplug me from this', optAsked, { optOut: true }],
  ['I request that my number be withdrawn from your list', optAsked, { optOut: true }],
  ['les ruego no volver a comunicarse conmigo por ningún medio', optAskedEs, { optOut: true }],
  ['ya no me spameen por favor', optAskedEs, { optOut: true }],
  ['is there a way you could just not send me these anymore?', optAsked, { optOut: true }],
  // (the same words about something else)
  ['can you quit with the 55+ listings? we are 30. 3 bedrooms', optAsked, { optOut: false }],
  ["mi tía me dijo 'ya no me escribas' jaja. 3 recámaras", optAskedEs, { optOut: false }],
  [
    '¿y si un día les digo que ya no me escriban, pierdo mi lugar? 3 recámaras',
    optAskedEs,
    { optOut: false },
  ],
  [
    "if it falls through i'll be the first to ask you to drop me, but 3 bedrooms for now",
    optAsked,
    { optOut: false },
  ],
  [
    'a los de las cartas ya les pedí que no me contacten; con ustedes sí seguimos. 3 recámaras',
    optAskedEs,
    { optOut: false },
  ],
  ['no me manden mensajes después de las 10, porfa. 3 recámaras', optAskedEs, { optOut: false }],
]);
