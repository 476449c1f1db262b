import { picking, suite } from './probe-suite.js';

/**
 * Session 74's reading mechanisms (docs/BOTS.md section 77), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

// Wednesday 10:00am, Friday 5:30pm, Friday 7:00pm (CORPUS_NOW_MS is Tue 10 Mar 2026).
const EVENINGS = ['Wed Mar 11, 10:00am', 'Fri Mar 13, 5:30pm', 'Fri Mar 13, 7:00pm'];
// Wednesday 10:00am, Friday 5:30pm, Monday 9:00am: no Friday slot after 6.
const ONE_FRIDAY = ['Wed Mar 11, 10:00am', 'Fri Mar 13, 5:30pm', 'Mon Mar 16, 9:00am'];

suite('an "until" denied is a bound from its hour ("can\'t until 6" is after 6), never the hours before it', [
  ['friday, cant until 6', picking(EVENINGS), { booked: 2 }],
  ['el viernes pero no puedo hasta las 6', picking(EVENINGS, 'es'), { booked: 2 }],
  ['friday but im not free til 6:30', picking(EVENINGS), { booked: 2 }],
  ['viernes, estoy ocupada hasta las 6 de la tarde', picking(EVENINGS, 'es'), { booked: 2 }],
  ["friday, I'm busy until 5", picking(EVENINGS), { booked: null }],
  // (no slot after the bound that day: nothing is booked, not the one before it)
  ['el viernes, pero no puedo hasta las 6', picking(ONE_FRIDAY, 'es'), { booked: null }],
  ["friday works, but i can't until 6", picking(ONE_FRIDAY), { booked: null }],
  // (an "until" not denied is the lead's own day, as before; a denial after a comma denies nothing of it)
  ['trabajo en la mañana hasta las 2, la que sea', picking(EVENINGS, 'es'), { booked: null }],
  ['the 5:30 one, no, until 6 i drive', picking(EVENINGS), { booked: 1 }],
  // (the part of the day said with a bound's hour is its am or pm)
  ['el viernes despues de las 6 de la tarde', picking(EVENINGS, 'es'), { booked: 2 }],
  ['friday after 6 in the evening', picking(EVENINGS), { booked: 2 }],
  ['antes de las 11 de la mañana', picking(EVENINGS, 'es'), { booked: 0 }],
]);
