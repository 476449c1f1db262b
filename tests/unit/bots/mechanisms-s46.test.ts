import { B, ES, suite } from './probe-suite.js';

/**
 * Session 35's mechanisms (docs/BOTS.md section 39), with near neighbours written for this file (not the phrasings of
 * the sets they came from) and the hard negatives beside them.
 */
suite('a limit said after a first amount decides the budget', [
  // a higher limit closes the range the first amount opens, said as a limit or under a condition
  ['more or less 500, máximo 550', ES('budget'), { slots: { 'budget.max': 550000 } }],
  ['like 420, 445 if the yard is big', B('budget'), { slots: { 'budget.max': 445000 } }],
  ['unos 480, y si es la buena nos vamos a 500', ES('budget'), { slots: { 'budget.max': 500000 } }],
  ['we said 700, 720 as long as it has the pool', B('budget'), { slots: { 'budget.max': 720000 } }],
  // a lower limit said after it is the lead's own
  ['we were looking at 650 but honestly no more than 600', B('budget'), { slots: { 'budget.max': 600000 } }],
  ['pensábamos 500, pero el tope es 470', ES('budget'), { slots: { 'budget.max': 470000 } }],
  // what a lender approved is not the lead's own limit
  ['we want to spend around 550, approved up to 650', B('budget'), { slots: { 'budget.max': 550000 } }],
  // a condition on a lower amount is not a stretch
  ['600, or 560 if it needs a roof', B('budget'), { slots: { 'budget.max': 600000 } }],
]);

suite('an amount called too much before the lead says its own', [
  ['525 is a lot for us, 490 would be better', B('budget'), { slots: { 'budget.max': 490000 } }],
  ['that 680 is a little over, we can do 640', B('budget'), { slots: { 'budget.max': 640000 } }],
  ['650 is a lot but we can do it', B('budget'), { slots: { 'budget.max': 650000 } }],
]);

suite('an amount taken back with hold on or hang on', [
  ['budget 600, hold on, 580', B('budget'), { slots: { 'budget.max': 580000 } }],
  [
    'hang on let me check with my wife',
    B('budget', { slots: { budget: { max: 600000 } } }),
    { slots: { 'budget.max': 600000 } },
  ],
]);

suite('a bedroom count the lead says its need changed to', [
  [
    'oh and we need 5 bedrooms after all, my in-laws are moving in',
    B('urgency', { slots: { size: { bedrooms: 4 } } }),
    { slots: { 'size.bedrooms': 5 } },
  ],
  [
    'al final sí necesitamos 4 recámaras, viene el bebé',
    ES('financing', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 4 } },
  ],
  // the home the lead has now is not its need
  [
    'update: our house has 2 bedrooms and we are moving in 3 months',
    B('urgency', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
]);

suite('a list of places that opens the message says where the lead looks now', [
  [
    'Chino or Ontario, close to the freeway',
    B('urgency', { slots: { areas: ['Pomona'] } }),
    { slots: { areas: ['Chino', 'Ontario'] } },
  ],
  [
    'Rialto o Colton, donde haya algo barato',
    ES('financing', { slots: { areas: ['Upland'] } }),
    { slots: { areas: ['Rialto', 'Colton'] } },
  ],
  // a question about places is not a new list
  [
    'Rialto or Colton, are those safe?',
    B('urgency', { slots: { areas: ['Upland'] } }),
    { slots: { areas: ['Upland'] } },
  ],
  // a list that keeps the known place adds to it
  [
    'Upland or Claremont, near the college',
    B('urgency', { slots: { areas: ['Upland'] } }),
    { slots: { areas: ['Upland', 'Claremont'] } },
  ],
]);
