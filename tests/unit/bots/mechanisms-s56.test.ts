import { S, SES, B, suite } from './probe-suite.js';

/**
 * Session 42's mechanisms (docs/BOTS.md section 46), taken from the spent sets and the tuning material, with near
 * neighbours written for this file and the hard negatives beside them.
 */

const SELLING = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };
suite('an earliest time the 30 to 45 days reach accepts the sale', [
  [
    'yeah that works, just not any sooner than 30 days',
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  ['sure, but not before 3 weeks', S('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  [
    'ok works for me, no sooner than a month tho',
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  [
    'that works as long as it is not before 40 days',
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  [
    'sí está bien, pero no antes de 30 días',
    SES('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  ['ok pero no antes de 2 semanas', SES('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  // an earliest time past the window, and plain refusals, are still a no
  ['no, not sooner than 60 days', S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  ['not for another 6 months', S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  ['no antes de 3 meses', SES('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  ['not in 30 days, no', S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  // a buyer's earliest time is when they move
  ['not any sooner than 3 months', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['no earlier than 6 months from now', B('urgency'), { slots: { urgency: 'six_months' } }],
]);
