import { describe, expect, it } from 'vitest';
import { findLeadQuestion, listingAnswer } from '../../../src/bots/lead-question.js';
import { botListing, cleanPageListing } from '../../../src/listings/facts.js';
import type { ListingRecord, StandardStatus } from '../../../src/store/listing-types.js';

const record = (status: StandardStatus): ListingRecord => ({
  ListingKey: 'RC-1',
  StandardStatus: status,
  tenantId: 'demo',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ListPrice: 739_000,
});

describe('"is it still available?" is answered from the catalogue status', () => {
  it.each([
    'is it still available?',
    'hi! is this one available',
    'is the house still on the market?',
    'has it sold?',
    'is it pending?',
    'already sold?',
    '¿sigue disponible?',
    '¿todavía está disponible la casa?',
    '¿ya se vendió?',
    '¿sigue en venta?',
    // written after the first run, on phrasings nobody had tested
    'is this still up for grabs?',
    'did it sell already?',
    'has it sold yet?',
    '¿aún la tienen disponible?',
  ])('%j asks whether it can be bought', (text) => {
    expect(findLeadQuestion(text)?.topic).toBe('availability');
  });

  it.each([
    'is jorge available today?',
    'what time are you available for a call?',
    'are there any showings available saturday?',
    'how much did the house next door sell for?',
    'what did it sell for last time?',
    'did you sell many homes this year?',
  ])('%j does not', (text) => {
    expect(findLeadQuestion(text)?.topic).not.toBe('availability');
  });

  it.each<[StandardStatus, string, string]>([
    ['Active', "Yes, it's still available.", 'Sí, sigue disponible.'],
    [
      'Pending',
      "It's under contract right now, so it may not be available.",
      'Ahora mismo está bajo contrato, así que podría no estar disponible.',
    ],
    [
      'Active Under Contract',
      "It's under contract right now, so it may not be available.",
      'Ahora mismo está bajo contrato, así que podría no estar disponible.',
    ],
    ['Closed', 'That one has sold.', 'Esa casa ya se vendió.'],
    ['Withdrawn', "It's off the market right now.", 'Ahora mismo no está en el mercado.'],
  ])('a %s listing answers in the lead’s language', (status, en, es) => {
    const question = findLeadQuestion('is it still available?')!;
    expect(listingAnswer(question, botListing(record(status)), 'en')).toBe(en);
    expect(listingAnswer(question, botListing(record(status)), 'es')).toBe(es);
  });

  it('an incomplete record says nothing, so the agent confirms it', () => {
    const question = findLeadQuestion('is it still available?')!;
    expect(listingAnswer(question, botListing(record('Incomplete')), 'en')).toBeUndefined();
  });

  it('a page cannot claim the home is available: only the catalogue says so', () => {
    expect(cleanPageListing({ id: 'X', price: 500_000, availability: 'active' })).toEqual({
      id: 'X',
      price: 500_000,
    });
  });
});
