import { describe, expect, it } from 'vitest';
import { clockTime } from '../../../src/bots/scheduling-parse.js';

/** A clock hour said back in a call's confirmation: the part of the day said with a bare hour decides am or pm. */
describe('clockTime', () => {
  it.each([
    ['can jorge call tonight after 8?', '8:00pm'],
    ['this evening at 9', '9:00pm'],
    ['por la noche a las 8', '8:00pm'],
    ['tomorrow morning at 8', '8:00am'],
    ['in the afternoon at 3', '3:00pm'],
    ['at 9', '9:00am'],
    ['at 5', '5:00pm'],
    ['at 12', '12:00pm'],
    ['8:30pm works', '8:30pm'],
    ['7:15 am', '7:15am'],
  ])('%s -> %s', (said, expected) => {
    expect(clockTime(said)).toBe(expected);
  });
});
