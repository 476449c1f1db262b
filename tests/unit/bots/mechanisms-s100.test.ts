import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 72's reading mechanisms (docs/BOTS.md section 74), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

suite(
  "a move said as what would follow, with one word between ('they'd move closer'), defers to another reason",
  [
    [
      "we want to downsize, the kids are gone. we'd probably move near my sister in Yucaipa",
      S('motivation'),
      { slots: { motivation: 'downsizing' } },
    ],
    [
      "they need something smaller, the stairs are too much now. they'd move closer to us in Redlands",
      S('motivation'),
      { slots: { motivation: 'downsizing' } },
    ],
    [
      'queremos algo más pequeño, los hijos ya se fueron. we would probably move closer to my son',
      S('motivation'),
      { slots: { motivation: 'downsizing' } },
    ],
    // (the move alone, or said as done or planned, is the reason)
    ["we're moving closer to my son in Redlands", S('motivation'), { slots: { motivation: 'relocation' } }],
    ['nos mudamos a Arizona por el trabajo', SES('motivation'), { slots: { motivation: 'relocation' } }],
    [
      "we want to downsize but honestly we're moving closer to the grandkids in Hesperia",
      S('motivation'),
      { slots: { motivation: 'relocation' } },
    ],
  ],
);

suite('a count of homes not to be sent or shown gives way to the count wanted', [
  [
    "don't send me any 2 bedrooms, we've seen enough of those. need 4 at minimum",
    B('size'),
    { slots: { 'size.bedrooms': 4 }, optOut: false },
  ],
  ['never show us 2 beds again lol, 4 at least', B('size'), { slots: { 'size.bedrooms': 4 }, optOut: false }],
  [
    'nunca me enseñes de 2 recámaras, ocupamos 3',
    ES('size'),
    { slots: { 'size.bedrooms': 3 }, optOut: false },
  ],
  ['dont send me 2 bedroom stuff', B('size'), { slots: { 'size.bedrooms': null }, optOut: false }],
  // (a count asked to be sent, or a count not needed after one sent, is the count)
  ['send me 3 bedrooms in Fontana', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['can you send me 3 bedroom homes? we dont need 4', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a money topic the lead will not be bothered with is a topic, not a stop', [
  [
    'no me molesten con lo del banco, pagamos en efectivo',
    ES('financing'),
    { optOut: false, slots: { financing: 'cash' } },
  ],
  ["don't bother me with the mortgage stuff, we're paying cash", B('financing'), { optOut: false }],
  ['dont bug me with lender stuff yet, just send houses', B('financing'), { optOut: false }],
  ['leave me alone about the lowball offers', S('priceExpectation'), { optOut: false }],
  // (the lead, or our messages, are no topic)
  ['no me molesten más', ES('financing'), { optOut: true }],
  ["don't bother me anymore", B('financing'), { optOut: true }],
  ['no me molesten con llamadas ni mensajes', ES('financing'), { optOut: true }],
  ['dont bother me with texts about the loan', B('financing'), { optOut: true }],
]);
