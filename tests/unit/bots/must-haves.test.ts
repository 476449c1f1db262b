import { describe, expect, it } from 'vitest';
import { extractMustHaves } from '../../../src/bots/extract/must-haves.js';
import { createMatchIndex, matchListings, wantsFromSlots } from '../../../src/listings/match.js';
import type { ListingRecord } from '../../../src/store/listing-types.js';
import { conversation, demoTenant, effectOf } from './helpers.js';

describe('must-haves: what the home must have, read from statements', () => {
  it.each([
    ['tuesday works. also we need a single story and a pool', ['single_story', 'pool']],
    ['must have a garage and big yard', ['garage', 'yard']],
    ['no pool, but a big backyard for the dogs', ['yard']],
    ['necesitamos una casa de una planta con cochera', ['single_story', 'garage']],
    ['que tenga alberca y patio grande', ['pool', 'yard']],
    ['nada de escaleras, mi mamá usa silla de ruedas', ['single_story']],
    ['no stairs please my knees', ['single_story']],
    ['need rv parking', ['rv_parking']],
    ['espacio para la traila', ['rv_parking']],
    ['an adu or casita for my mom', ['guest_unit']],
    ['room for an office since i work from home', ['home_office']],
    ['prefer no hoa', ['no_hoa']],
    ['without an hoa', ['no_hoa']],
    ['mountain views would be amazing', ['view']],
    ['con vista a las montañas', ['view']],
    ['has to have a garage', ['garage']],
    ['queremos que tenga alberca', ['pool']],
    ['one-story please', ['single_story']],
    ['no queremos HOA', ['no_hoa']],
    ['would love a mountain view', ['view']],
  ])('%s', (text, expected) => {
    expect(extractMustHaves(text)).toEqual(expected);
  });

  it.each([
    'no pool needed',
    'we dont want a pool',
    'not looking for a pool',
    'sin alberca por favor',
    'a pool is optional',
    'pool would be nice but not necessary',
    'does it have a pool?',
    'is there a garage',
    'r the solar panels leased or paid off',
    'in my view the price is high',
    'can we view it saturday',
    'garage sale this weekend lol',
    'my office is in ontario',
    'yard sign',
    'pool table in the basement',
    'un solar en las afueras',
    'we have a pool at our current place',
    'tenemos alberca en la casa actual',
    'remove the pool from the list, we dont care about it',
    'hoa is fine',
  ])('names none: %s', (text) => {
    expect(extractMustHaves(text)).toBeUndefined();
  });
});

describe('must-haves in the conversation', () => {
  it('add up over the turns, are kept when said while picking a call time, and reach the hand-off packet', () => {
    const c = conversation({ intent: 'buy' }, demoTenant({ calendarSlots: ['Tue 10am', 'Wed 2pm'] }));
    for (const text of ['650k', 'pre approved with chase', '3 bed 2 bath, single story', 'asap', 'fontana'])
      c.say(text);
    expect(c.state.phase).toBe('scheduling');
    const picked = c.say('tuesday works. also we need a pool');
    expect(c.state.slots.mustHaves).toEqual(['single_story', 'pool']);
    const handoff = effectOf(picked.effects, 'handoff');
    expect(handoff?.packet.summary).toContain('must have single story, pool');
    expect(handoff?.packet.slotsFilled.mustHaves).toEqual(['single_story', 'pool']);
  });

  it('a later one joins those said before', () => {
    const c = conversation({ intent: 'buy' });
    c.say('we want a pool');
    c.say('no hoa please');
    expect(c.state.slots.mustHaves).toEqual(['pool', 'no_hoa']);
  });

  it('the homes that match hold the pool and garage the lead must have', () => {
    const home = (key: string, extra: Partial<ListingRecord>): ListingRecord =>
      ({
        ListingKey: key,
        StandardStatus: 'Active',
        ListPrice: 600_000,
        BedroomsTotal: 3,
        BathroomsTotalInteger: 2,
        City: 'Fontana',
        ...extra,
      }) as ListingRecord;
    const index = createMatchIndex([
      home('plain', {}),
      home('pool', { PoolPrivateYN: true }),
      home('both', { PoolPrivateYN: true, GarageSpaces: 2 }),
    ]);
    const wants = wantsFromSlots({
      budget: { max: 650_000 },
      size: { bedrooms: 3 },
      mustHaves: ['pool', 'single_story'],
    });
    expect(
      matchListings(index, wants!)
        .map((match) => match.ListingKey)
        .sort(),
    ).toEqual(['both', 'pool']);
    const both = wantsFromSlots({ budget: { max: 650_000 }, mustHaves: ['pool', 'garage'] });
    expect(matchListings(index, both!).map((match) => match.ListingKey)).toEqual(['both']);
  });
});
