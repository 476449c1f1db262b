import { describe, expect, it } from 'vitest';
import { extractAreaAnswer, extractAreas, saysAnyArea } from '../../../src/bots/extract/areas.js';
import { extractFinancing } from '../../../src/bots/extract/financing.js';
import { extractSize } from '../../../src/bots/extract/size.js';
import { extractBuyerTimeline } from '../../../src/bots/extract/timeline.js';

const AREAS = ['Etiwanda', 'Alta Loma', 'Day Creek', 'Victoria Gardens', 'Terra Vista'];
/** 10 March 2025 */
const NOW = Date.UTC(2025, 2, 10, 18);

describe('extractFinancing', () => {
  it.each<[string, boolean, string | undefined]>([
    ["yes, we're pre-approved", false, 'pre_approved'],
    ['preapproved for 600k', false, 'pre_approved'],
    ['we are pre-qualified', false, 'pre_approved'],
    ['already approved with Chase', false, 'pre_approved'],
    ["I'm a cash buyer", false, 'cash'],
    ['paying cash', false, 'cash'],
    ["haven't talked to a lender yet", false, 'needs_lender'],
    ['no, not yet', true, 'needs_lender'],
    ['not pre-approved yet', false, 'needs_lender'],
    ['ya estoy preaprobado', false, 'pre_approved'],
    ['pagaría en efectivo', false, 'cash'],
    ['no he hablado con un prestamista', false, 'needs_lender'],
    ['yes', true, 'pre_approved'],
    ['cash', true, 'cash'],
    ['cash, 3 bed', false, 'cash'],
    ['cash offer please', false, 'cash'],
    ['no', false, undefined],
    ['3 bedrooms', true, undefined],
    // "cash" said as what the lead is, or how the lead buys
    ["we're cash", false, 'cash'],
    ['3 bed under 650 in day creek, we are cash, need to move asap', false, 'cash'],
    ["we'll be paying all cash", false, 'cash'],
    ['cash purchase', false, 'cash'],
    ['pagamos cash', false, 'cash'],
    ['somos compradores de contado', false, 'cash'],
    ['not paying cash', false, undefined],
    ["we're not cash buyers", false, undefined],
    ['we are cashing out our 401k', false, undefined],
    ['the seller wants cash, is that a problem', false, undefined],
    ["we're cash poor right now", false, undefined],
    ['are cash offers better?', false, undefined],
  ])('%j (asked=%s) -> %j', (text, asked, expected) => {
    expect(extractFinancing(text, { asked })).toBe(expected);
  });
});

describe('extractSize', () => {
  it.each<[string, ReturnType<typeof extractSize>]>([
    ['3 bed', { bedrooms: 3 }],
    ['3br', { bedrooms: 3 }],
    ['4 bedrooms', { bedrooms: 4 }],
    ['three bedrooms', { bedrooms: 3 }],
    ['3/2', { bedrooms: 3, bathrooms: 2 }],
    ['4/2.5 single story', { bedrooms: 4, bathrooms: 2.5, style: 'single story' }],
    ['3 bed 2 bath', { bedrooms: 3, bathrooms: 2 }],
    ['3 or 4 bedrooms', { bedrooms: 3, maxBedrooms: 4 }],
    ['a 2 bedroom condo', { bedrooms: 2, style: 'condo' }],
    ['tres recámaras', { bedrooms: 3 }],
    ['4 habitaciones y 2 baños', { bedrooms: 4, bathrooms: 2 }],
    ['123 Main St', undefined],
    ['500k', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(extractSize(text)).toEqual(expected);
  });
});

describe('extractBuyerTimeline', () => {
  it.each<[string, string | undefined]>([
    ['asap', 'immediate'],
    ['in 2 weeks', 'immediate'],
    ['next month', 'immediate'],
    ['in 3 months', 'three_months'],
    ['our lease ends in May', 'three_months'],
    ['by June', 'three_months'],
    ['this summer', 'three_months'],
    ['in 5 months', 'six_months'],
    ['sometime in the fall', 'six_months'],
    ['next year', 'browsing'],
    ['just browsing', 'browsing'],
    ['in 8 months', 'browsing'],
    ['en 2 meses', 'three_months'],
    ['lo antes posible', 'immediate'],
    // browsing said with a filler word; "for now" / "por ahora" is never a date
    ['nomás estamos viendo por ahora', 'browsing'],
    ['only looking for now', 'browsing'],
    ['we are just kind of looking', 'browsing'],
    ['not moving for now', undefined],
    // the end of the school year as the event
    ['after the kids finish school', 'three_months'],
    ['cuando terminen las clases los niños', 'three_months'],
    ['once school lets out', 'three_months'],
    // "yesterday" as the answer (the idiom), not as a day that passed
    ['yesterday lol', 'immediate'],
    ['we needed it yesterday', 'immediate'],
    ['we saw it yesterday', undefined],
    ['the kids are 5 years old', undefined],
    ['3 bedrooms', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(extractBuyerTimeline(text, { nowMs: NOW, timeZone: 'America/Los_Angeles' })?.urgency).toBe(
      expected,
    );
  });
});

describe('extractAreas', () => {
  it.each<[string, string[] | undefined]>([
    ['Etiwanda', ['Etiwanda']],
    ['alta loma or terra vista', ['Alta Loma', 'Terra Vista']],
    ['somewhere near Victoria Gardens', ['Victoria Gardens']],
    ['near the 210 freeway', ['near the 210']],
    ['close to my work in Ontario', ['near Ontario']],
    ['cerca de Day Creek', ['Day Creek']],
    ['3 bedrooms please', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(extractAreas(text, AREAS)).toEqual(expected);
  });

  it('reads an answer to the areas question that names other places or none', () => {
    expect(extractAreaAnswer('Upland or Claremont')).toEqual(['Upland', 'Claremont']);
    // no place is a place of its own: the answer says any area will do (saysAnyArea), and no area is stored
    expect(extractAreaAnswer('no preference')).toBeUndefined();
    expect(saysAnyArea('no preference')).toBe(true);
    expect(saysAnyArea('anywhere is fine')).toBe(true);
    expect(extractAreaAnswer('not sure')).toBeUndefined();
    expect(saysAnyArea('not sure')).toBe(false);
  });
});
