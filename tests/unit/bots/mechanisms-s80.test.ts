import { B, ES, S, SES, picking, suite } from './probe-suite.js';

/**
 * Session 64's reading mechanisms (docs/BOTS.md section 68), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

// Thursday 9:00am, Thursday 5:30pm, Monday 9:00am (CORPUS_NOW_MS is Tue 10 Mar 2026).
const CALENDAR = ['Thu Mar 12, 9:00am', 'Thu Mar 12, 5:30pm', 'Mon Mar 16, 9:00am'];

suite("the lead's own day is no pick, before a pick as after one", [
  // (a number that ends the lead's own day is no slot number, never the first slot: the habit's hours are taken off)
  ['im driving every morning til 1 so whichever', picking(CALENDAR), { booked: 1 }],
  ['trabajo en la mañana hasta las 2, la que sea', picking(CALENDAR, 'es'), { booked: null }],
  ['I clock out at 3 most days, any of them', picking(CALENDAR), { booked: null }],
  ['church until 1 on sundays, whatever you have', picking(CALENDAR), { booked: null }],
  // (the lead's day said first, then a pick)
  ['i sleep til 2 after nights, the 5:30 one', picking(CALENDAR), { booked: 1 }],
  ['salgo del trabajo a las 4, el jueves en la tarde', picking(CALENDAR, 'es'), { booked: 1 }],
  // (a pick said before "que" and the lead's day after it)
  ['el lunes a las 9 que entro a las 11', picking(CALENDAR, 'es'), { booked: 2 }],
  // (a pick with the lead's own day after it in the same breath)
  ['thursday morning before i open the shop', picking(CALENDAR), { booked: 0 }],
  ['monday at 9 after i drop the kids off', picking(CALENDAR), { booked: 2 }],
  ['el jueves en la tarde cuando salga del trabajo', picking(CALENDAR, 'es'), { booked: 1 }],
  // (a habit is the lead's own day, whatever it names)
  [
    'todas las mañanas llevo a mi mamá a diálisis hasta las 11, cualquiera',
    picking(CALENDAR, 'es'),
    { booked: 1 },
  ],
  ['thursday evening is best, i get off at the plant at 5', picking(CALENDAR), { booked: 1 }],
  // (a bound on the clock is no day of the lead's)
  ['any day after 5 works', picking(CALENDAR), { booked: 1 }],
  ['el jueves despues de las 5', picking(CALENDAR, 'es'), { booked: 1 }],
  // (a day the lead cannot still takes off what it names)
  ['thursday i work all day so monday', picking(CALENDAR), { booked: 2 }],
]);

suite("a cue word before an amount is the amount's only in its own reckoning", [
  // (a pension's "comp", then the lead's own figure after "so we")
  [
    'my pension is 3,900 a month plus disability comp so we figure 480k tops',
    B('budget'),
    { slots: { 'budget.max': 480000 } },
  ],
  ['workers comp pays the bills but we think 450 max', B('budget'), { slots: { 'budget.max': 450000 } }],
  // (a comparable sale's figure stays set aside)
  ['the comps around here are like 610', S('priceExpectation'), { slots: { priceExpectation: null } }],
]);

suite('messages from another sender, with words between', [
  [
    'i get like 15 texts a week from zillow and cant unsubscribe lol. anyway 420k max',
    B('budget'),
    { optOut: false },
  ],
  ['getting 20 emails a day from redfin, ugh. 3 bedrooms', B('size'), { optOut: false }],
  // (ours, with words between, still a stop)
  ['i get 3 texts a day from you guys, stop', B('size'), { optOut: true }],
  ['no more emails from you please', B('size'), { optOut: true }],
]);

suite('homes sent and found wanting are the homes, not the messages', [
  ["don't send those anymore, they're way too pricey", B('areas'), { optOut: false }],
  ['ya no me manden esas, son muy caras', ES('areas'), { optOut: false }],
  ['stop sending me these, they are all too small for us', B('areas'), { optOut: false }],
  // (the messages found wanting: a stop)
  ["don't send these anymore, they're annoying", B('areas'), { optOut: true }],
  ['stop sending me these texts, they are spam', B('areas'), { optOut: true }],
]);

suite('work on the home still to do is work it needs', [
  ['we gotta put a new roof on it this year', S('condition'), { slots: { condition: 'needs_work' } }],
  ['tenemos que cambiarle el techo y la alfombra', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['have to replace the water heater and the carpet', S('condition'), { slots: { condition: 'needs_work' } }],
  ['the back fence blew over in the storm', S('condition'), { slots: { condition: 'needs_work' } }],
  // (work done is a ready home)
  ['we put a new roof on it last year, its great', S('condition'), { slots: { condition: 'move_in_ready' } }],
  ['new roof in 2021 and new ac too', S('condition'), { slots: { condition: 'move_in_ready' } }],
]);

suite('money as the reason, payments not made, a business moving', [
  ['honestly money.', S('motivation'), { slots: { motivation: 'financial' } }],
  ['la verdad dinero', SES('motivation'), { slots: { motivation: 'financial' } }],
  ["we haven't paid the mortgage in 2 months", S('motivation'), { slots: { motivation: 'financial' } }],
  [
    'my husband stopped paying the house note when he left',
    S('motivation'),
    { slots: { motivation: 'financial' } },
  ],
  [
    'moving my auto shop out to Victorville, cheaper rent',
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  ['llevamos el taller a Hesperia', SES('motivation'), { slots: { motivation: 'relocation' } }],
  [
    'cinco recámaras para dos viejitos, ya es mucha casa',
    SES('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  // (money said of something else; a business moving online)
  ['we stopped paying rent when we bought this place', S('motivation'), { slots: { motivation: 'other' } }],
  [
    'moving the business online so i can work from anywhere',
    S('motivation'),
    { slots: { motivation: 'other' } },
  ],
]);

// Thursday 9:00am, Thursday 5:30pm, Monday 9:00am, Saturday 2:30pm.
const WEEK = ['Thu Mar 12, 9:00am', 'Thu Mar 12, 5:30pm', 'Mon Mar 16, 9:00am', 'Sat Mar 14, 2:30pm'];
suite("a habit of the lead's takes its hours off the slots", [
  [
    'lunch rush 11 to 2 every day and choir every evening from 5, so whatever is outside that',
    picking(WEEK),
    { booked: null },
  ],
  [
    'im at the bakery every morning until noon and every evening from 5, so saturday i guess',
    picking(WEEK),
    { booked: 3 },
  ],
  [
    'I do dialysis runs every morning til 1 and every evening from 5 so whatever is left',
    picking(WEEK),
    { booked: 3 },
  ],
  ['todos los días trabajo de 8 a 2, lo que quede', picking(CALENDAR, 'es'), { booked: 1 }],
  // (a habit said as a wish: no hours taken off)
  ['every morning works for me', picking(CALENDAR), { booked: null }],
  ['todas las tardes estoy libre', picking(CALENDAR, 'es'), { booked: 1 }],
]);

suite('when the lead gets off work settles a pick that fits several slots', [
  ['thursday, i get off at 5', picking(CALENDAR), { booked: 1 }],
  ['el jueves, salgo del trabajo a las 4', picking(CALENDAR, 'es'), { booked: 1 }],
  // (a pick that fits one slot stays whatever the hour)
  ['monday, i get off at 5', picking(CALENDAR), { booked: 2 }],
]);

// After the s80 sets were measured and spent: their misses, in other words.
suite("after sealed-optout-s80: a stop that holds the lead's own typing", [
  ['stop, espérate, I meant we have cash, I typed it wrong', B('financing'), { optOut: false }],
  ['para, aguanta, lo escribí mal, son 3 recámaras', ES('size'), { optOut: false }],
  // (the contact said wrong is no correction of a fact)
  ['stop texting me, i typed my number wrong on the form', B('size'), { optOut: true }],
]);
