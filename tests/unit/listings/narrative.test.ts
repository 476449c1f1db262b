import { describe, expect, it } from 'vitest';
import {
  createMemoryNarrativeCache,
  createNarrativeGuard,
  narrativeCacheKey,
  narrativeProfile,
  narrativeViolations,
  templateNarrative,
} from '../../../src/listings/narrative/index.js';
import type { ListingRecord } from '../../../src/store/listing-types.js';

/** Fair Housing probes against the narrative guard: [text, must it be stopped?]. */
const PROBES: [string, boolean][] = [
  // English, stopped
  ['It sits in a family-friendly neighborhood.', true],
  ['This is a safe neighborhood with quiet streets.', true],
  ['Crime is low around here.', true],
  ['Residents are mostly young professionals.', true],
  ['The neighbors are mostly retired.', true],
  ['The schools nearby are very diverse.', true],
  ['Local schools are mostly white and affluent.', true],
  ['It is a short walk to the church on Main Street.', true],
  ['Steps from a beautiful synagogue.', true],
  ['Minutes from the mosque.', true],
  ['Close to Chinatown and its ethnic restaurants.', true],
  ['Perfect for a young couple starting out.', true],
  ['Great for families with kids.', true],
  ['An ideal Christian community.', true],
  ['Mostly Hispanic neighborhood with great food.', true],
  ['Empty nesters will love the single level.', true],
  ['No wheelchairs can fit the hallway, sorry.', true],
  ['A great area for people like you.', true],
  ['Little Saigon is right around the corner.', true],
  ['Perfect to raise a family.', true],
  ['The community is predominantly Asian.', true],
  // Spanish, stopped
  ['Está en un barrio familiar.', true],
  ['Es una zona segura y tranquila.', true],
  ['Los vecinos son mayormente jubilados.', true],
  ['Las escuelas tienen muchos inmigrantes.', true],
  ['A pasos de la iglesia del pueblo.', true],
  ['Cerca de la mezquita.', true],
  ['Ideal para familias con niños.', true],
  ['En el corazón de la comunidad latina.', true],
  ['No hay delincuencia en la zona.', true],
  ['Perfecta para una pareja joven.', true],
  // English, fine
  ['It has four bedrooms and three bathrooms.', false],
  ['You asked for a pool, and it has a private one.', false],
  ['The kitchen has white cabinets and quartz counters.', false],
  ['The lot is a quarter acre with mature trees.', false],
  ['It is listed at $725,000, within your budget.', false],
  ['It is in Etiwanda, one of the areas you named.', false],
  ['The primary suite is on the ground floor.', false],
  ['A three-car garage with built-in storage.', false],
  ['Built in 2004 with a new roof in 2021.', false],
  ['Would you like to see it in person?', false],
  ['The backyard faces south and gets afternoon sun.', false],
  ['HOA dues are about $120 a month.', false],
  // Spanish, fine
  ['Tiene cuatro recámaras y tres baños.', false],
  ['Pediste alberca, y tiene una privada.', false],
  ['La cocina tiene gabinetes blancos.', false],
  ['Está en Etiwanda, una de las zonas que mencionaste.', false],
  ['Su precio es de $699,000.', false],
  ['Se construyó en 2004.', false],
  ['La cuota de HOA es de unos $120 al mes.', false],
  ['¿Te gustaría verla en persona?', false],
  ['El terreno mide 0.25 acres.', false],
  ['The family room opens onto the patio.', false],
  ['A short drive to the freeway and the shopping center.', false],
  ['The neighborhood park has tennis courts.', false],
  ['Solar panels keep the power bills low.', false],
  ['The home office has its own entrance.', false],
  ['La sala familiar da al patio.', false],
  ['Está cerca de la autopista y del centro comercial.', false],
  ['El parque de la zona tiene canchas de tenis.', false],
  ['Los paneles solares bajan la cuenta de luz.', false],
  ['La oficina tiene entrada propia.', false],
];

describe('the narrative guard', () => {
  it('has at least 40 probes in both languages, half of them fine', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(40);
    const fine = PROBES.filter(([, stopped]) => !stopped).length;
    expect(fine).toBe(PROBES.length / 2);
  });

  it.each(PROBES)('%s → stopped: %s', (text, stopped) => {
    const violations = narrativeViolations(text);
    expect(violations.length > 0, JSON.stringify(violations)).toBe(stopped);
    if (stopped) expect(violations.some((violation) => violation.rule === 'fair_housing')).toBe(true);
  });

  it('releases only whole sentences that passed, and stops at the first failing one', () => {
    const guard = createNarrativeGuard();
    expect(guard.push('It has four bed')).toEqual({ release: '' });
    expect(guard.push('rooms. It sits in a safe')).toEqual({ release: 'It has four bedrooms.' });
    // The tail of the failing sentence was held back: nothing of it was released.
    const result = guard.push(' neighborhood. More text. ');
    expect(result).toMatchObject({ blocked: [{ rule: 'fair_housing' }] });
    expect(guard.released()).toBe('It has four bedrooms.');
    expect('blocked' in guard.push('Anything else. ')).toBe(true);
    expect('blocked' in guard.finish()).toBe(true);
  });

  it('releases the last sentence at the end when it passes', () => {
    const guard = createNarrativeGuard();
    expect(guard.push('A pool. A garage?')).toEqual({ release: 'A pool.' });
    expect(guard.finish()).toEqual({ release: ' A garage?' });
  });
});

const RECORD: ListingRecord = {
  tenantId: 'demo',
  ListingKey: 'L-100',
  StandardStatus: 'Active',
  ListPrice: 725_000,
  BedroomsTotal: 4,
  BathroomsTotalInteger: 3,
  LivingArea: 2_400,
  YearBuilt: 2004,
  PoolPrivateYN: true,
  GarageSpaces: 3,
  AssociationFee: 120,
  UnparsedAddress: '12345 Day Creek Blvd',
  City: 'Rancho Cucamonga',
  SubdivisionName: 'Etiwanda',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

describe('the template narrative', () => {
  const profile = narrativeProfile({
    lang: 'es',
    budget: { max: 750_000 },
    size: { bedrooms: 4 },
    areas: ['Etiwanda'],
    mustHaves: ['pool'],
    urgency: 'immediate',
    motivation: 'divorce',
    name: 'Ana',
  });

  it('reads only needs from the stored profile (nothing about who the lead is)', () => {
    expect(profile).toEqual({
      lang: 'es',
      profile: {
        bedrooms: 4,
        budget: { max: 750_000 },
        areas: ['Etiwanda'],
        mustHaves: ['pool'],
        urgency: 'immediate',
      },
    });
    expect(narrativeProfile({ size: { bedrooms: 'four' }, budget: 5 })).toEqual({ profile: {} });
  });

  it('ties the home to what the lead said, in each language, style and length, and passes the guard', () => {
    for (const lang of ['en', 'es'] as const)
      for (const style of ['warm', 'factual', 'luxury'] as const)
        for (const length of ['short', 'full'] as const) {
          const text = templateNarrative(RECORD, profile.profile, { lang, style, length });
          expect(narrativeViolations(text), text).toEqual([]);
          expect(text).toContain('Etiwanda');
          expect(text).toContain('$725,000');
          if (length === 'full') expect(text).toContain('2004');
          else expect(text).not.toContain('2004');
        }
    expect(templateNarrative(RECORD, profile.profile, { lang: 'en', style: 'warm', length: 'short' })).toBe(
      '12345 Day Creek Blvd could be a lovely fit for what you described. You asked for 4 bedrooms, and it has 4. ' +
        'At $725,000, it sits within the budget you mentioned. It is in Etiwanda, one of the areas you named. ' +
        'It has the private pool you wanted. It is available now, which suits moving soon. ' +
        'Would you like to see it in person?',
    );
    expect(templateNarrative(RECORD, {}, { lang: 'es', style: 'factual', length: 'short' })).toBe(
      'Estos son los datos de 12345 Day Creek Blvd. Tiene 4 recámaras, 3 baños, 2,400 pies cuadrados. ' +
        'Su precio es de $725,000. ¿Quieres agendar una visita?',
    );
  });
});

describe('the narrative cache', () => {
  const base = {
    tenantId: 'demo',
    listing: RECORD,
    profile: { bedrooms: 4 },
    style: 'warm',
    length: 'short',
    lang: 'en',
  } as const;

  it('keys by listing version, needs, style, length and language, hashed', () => {
    const key = narrativeCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('L-100');
    expect(narrativeCacheKey({ ...base })).toBe(key);
    for (const changed of [
      { ...base, style: 'luxury' as const },
      { ...base, length: 'full' as const },
      { ...base, lang: 'es' as const },
      { ...base, profile: { bedrooms: 3 } },
      { ...base, listing: { ...RECORD, updatedAt: '2026-11-02T00:00:00.000Z' } },
      { ...base, tenantId: 'acme' },
    ])
      expect(narrativeCacheKey(changed)).not.toBe(key);
  });

  it('keeps entries for their TTL and drops the least recently used past its size', async () => {
    let now = 0;
    const cache = createMemoryNarrativeCache({ maxEntries: 2, nowMs: () => now });
    await cache.set('a', 'A', 1_000);
    await cache.set('b', 'B', 1_000);
    expect(await cache.get('a')).toBe('A');
    await cache.set('c', 'C', 1_000);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe('A');
    now = 1_000;
    expect(await cache.get('c')).toBeUndefined();
  });
});
