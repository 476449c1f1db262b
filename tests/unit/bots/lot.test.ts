import { describe, expect, it } from 'vitest';
import { findLeadQuestion, listingAnswer } from '../../../src/bots/lead-question.js';
import { botListing } from '../../../src/listings/facts.js';
import type { ListingRecord } from '../../../src/store/listing-types.js';

const answer = (text: string, lotSqft: number | undefined, lang: 'en' | 'es' = 'en') => {
  const question = findLeadQuestion(text);
  expect(question?.topic).toBe('lot');
  return listingAnswer(question!, { id: 'L-1', ...(lotSqft === undefined ? {} : { lotSqft }) }, lang);
};

describe('the lot size, from the catalogue', () => {
  it('says square feet under half an acre and acres from there, in the lead language', () => {
    expect(answer('how big is the lot?', 7_200)).toBe('The lot is about 7,200 square feet.');
    expect(answer('how many acres?', 30_492)).toBe('The lot is about 0.7 acres.');
    expect(answer('¿cuánto mide el terreno?', 7_200, 'es')).toBe(
      'El terreno mide unos 7,200 pies cuadrados.',
    );
    expect(answer('lot size?', undefined)).toBeUndefined();
  });

  it("reads the catalogue's lot in acres or square feet", () => {
    const base = { ListingKey: 'K1', StandardStatus: 'Active' } as unknown as ListingRecord;
    expect(botListing({ ...base, LotSizeArea: 0.25, LotSizeUnits: 'Acres' }).lotSqft).toBe(10_890);
    expect(botListing({ ...base, LotSizeArea: 6_500, LotSizeUnits: 'Square Feet' }).lotSqft).toBe(6_500);
    expect(botListing(base).lotSqft).toBeUndefined();
  });
});
