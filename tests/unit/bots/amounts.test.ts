import { describe, expect, it } from 'vitest';
import { extractBudget, extractPrice } from '../../../src/bots/extract/price.js';

describe('extractPrice (seller)', () => {
  it.each<[string, number | undefined]>([
    ['450 thousand', 450_000],
    ['$450,000', 450_000],
    ['450k', 450_000],
    ['450K would be great', 450_000],
    ['1.2m', 1_200_000],
    ['$1.2M', 1_200_000],
    ['1.2 million', 1_200_000],
    ['$1,200,000', 1_200_000],
    ['2 million', 2_000_000],
    ['hoping for around 650', 650_000],
    ['asking 720', 720_000],
    ['I think it is worth about 800', 800_000],
    ['we want to get 575 for it', 575_000],
    ['somewhere between 600k and 650k', 650_000],
    ['600-650k', 650_000],
    ['medio millón', 500_000],
    ['unos 450 mil', 450_000],
    ['1.5 millones', 1_500_000],
    ['650', undefined],
    ['around 250', undefined],
    ['$9,500', undefined],
    ['$10,000', undefined],
    ['we have 3 kids and 2 dogs', undefined],
    ['123 Main St', undefined],
    ['call me at 909-555-1234', undefined],
    ['in 30 days', undefined],
    ['3 bed 2 bath, 1800 sq ft', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(extractPrice(text)).toBe(expected);
  });
});

describe('extractBudget (buyer)', () => {
  it.each<[string, boolean, ReturnType<typeof extractBudget>]>([
    ['500k', false, { min: 400_000, max: 500_000 }],
    ['$600,000', false, { min: 480_000, max: 600_000 }],
    ['around 550', false, { min: 440_000, max: 550_000 }],
    ['550', true, { min: 440_000, max: 550_000 }],
    ['550', false, undefined],
    ['150', true, { min: 120_000, max: 150_000 }],
    ['between 500 and 600', true, { min: 500_000, max: 600_000 }],
    ['500-600k', false, { min: 500_000, max: 600_000 }],
    ['$500k to $650k', false, { min: 500_000, max: 650_000 }],
    ['500 to 600 thousand', false, { min: 500_000, max: 600_000 }],
    ['1-1.2m', false, { min: 1_000_000, max: 1_200_000 }],
    ['under 600k', false, { max: 600_000 }],
    ['no more than $700,000', false, { max: 700_000 }],
    ['at least 450k', false, { min: 450_000 }],
    ['hasta 650 mil', false, { max: 650_000 }],
    ['entre 400 y 500 mil', false, { min: 400_000, max: 500_000 }],
    ['3', true, undefined],
    ['99', true, undefined],
    ['we are 45 and 47 years old', true, undefined],
    ['1.2m', false, { min: 960_000, max: 1_200_000 }],
  ])('%j (asked=%s) -> %j', (text, asked, expected) => {
    expect(extractBudget(text, { asked })).toEqual(expected);
  });
});

describe('scale words and slang in amounts', () => {
  it.each<[string, boolean, ReturnType<typeof extractBudget>]>([
    // "hundred" after digits, and one scale word at the end of a spoken range
    ['like 5 or 6 hundred', false, { min: 500_000, max: 600_000 }],
    ['4 to 5 hundred thousand', false, { min: 400_000, max: 500_000 }],
    ['7 hundred k tops', false, { max: 700_000 }],
    ['between 6 and 7 hundred', true, { min: 600_000, max: 700_000 }],
    ['2 hundred square feet of yard', true, undefined],
    // "mil": a Spanish thousand, except a one-digit decimal, which is English slang for millions
    ['1.2 mil', false, { min: 960_000, max: 1_200_000 }],
    ['budget is 2.5 mil', false, { min: 2_000_000, max: 2_500_000 }],
    ['800 mil', false, { min: 640_000, max: 800_000 }],
    ['unos 450 mil', false, { min: 360_000, max: 450_000 }],
    ['tenemos 5 mil de enganche', false, undefined],
    ['under a mil', false, { max: 1_000_000 }],
    ['around a mill', false, { min: 800_000, max: 1_000_000 }],
    ['like half a mil', false, { min: 400_000, max: 500_000 }],
    // a monthly payment in "mil" is thousands, and no price
    ['ahorita pagamos 1.5 mil de renta', false, undefined],
    ['we pay 1.5 mil a month in rent right now', false, undefined],
    // a ceiling said after the amount
    ['$725,000 is our max', false, { max: 725_000 }],
    ['650 is the absolute limit', false, { max: 650_000 }],
    ['700 es nuestro tope', false, { max: 700_000 }],
    ['800 would be the max', false, { max: 800_000 }],
  ])('%j (asked: %j) -> %j', (text, asked, expected) => {
    expect(extractBudget(text, { asked })).toEqual(expected);
  });

  it('reads the high end of a range said with one scale word as the seller price', () => {
    expect(extractPrice('hoping for like 5 or 6 hundred')).toBe(600_000);
    expect(extractPrice('somewhere around 1.5 mil')).toBe(1_500_000);
  });
});
