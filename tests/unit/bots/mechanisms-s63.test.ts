import { SES, suite } from './probe-suite.js';

/**
 * Session 49's one rule (docs/BOTS.md section 53), with near neighbours written for this file (none from a corpus).
 */

suite('"a punto de" is "about to", never a place a seller moves to', [
  [
    'no me voy a mudar con mi esposa a punto de aliviarse, como en seis meses',
    SES('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'upgrading' } }),
    { slots: { relocationDestination: null } },
  ],
  [
    'estamos a punto de mudarnos a Phoenix por mi trabajo',
    SES('motivation'),
    { slots: { relocationDestination: 'Phoenix' } },
  ],
  [
    'nos mudamos a Tucson, ya estamos a punto de firmar',
    SES('motivation'),
    { slots: { relocationDestination: 'Tucson' } },
  ],
]);
