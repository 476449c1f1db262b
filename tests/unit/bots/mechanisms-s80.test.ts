import { picking, suite } from './probe-suite.js';

/**
 * Session 64's reading mechanisms (docs/BOTS.md section 68), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

// Thursday 9:00am, Thursday 5:30pm, Monday 9:00am (CORPUS_NOW_MS is Tue 10 Mar 2026).
const CALENDAR = ['Thu Mar 12, 9:00am', 'Thu Mar 12, 5:30pm', 'Mon Mar 16, 9:00am'];

suite("the lead's own day is no pick, before a pick as after one", [
  // (a number that ends the lead's own day is no slot number: asked again, never the first slot)
  ['im driving every morning til 1 so whichever', picking(CALENDAR), { booked: null }],
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
    { booked: null },
  ],
  // (a bound on the clock is no day of the lead's)
  ['any day after 5 works', picking(CALENDAR), { booked: 1 }],
  ['el jueves despues de las 5', picking(CALENDAR, 'es'), { booked: 1 }],
  // (a day the lead cannot still takes off what it names)
  ['thursday i work all day so monday', picking(CALENDAR), { booked: 2 }],
]);
