import { describe, expect, it } from 'vitest';
import { everyHit, locate } from '../../../src/bots/read/phrase-offsets.js';
import { phraseBook, tokenise } from '../../../src/bots/read/phrases.js';
import { fold } from '../../../src/bots/text.js';

describe('phrase offsets', () => {
  it('places each token where its word starts in the folded text, apostrophes skipped', () => {
    const folded = fold("We can't afford it, my mom's house… 2.5 baths!");
    const { tokens, at, end } = locate(folded);
    expect(tokens.map((token) => token.word)).toEqual([
      'we',
      'cant',
      'afford',
      'it',
      'my',
      'moms',
      'house',
      '2.5',
      'baths',
    ]);
    expect(tokens.map((token, index) => folded.slice(at[index], at[index]! + 4))).toEqual([
      'we c',
      "can'",
      'affo',
      'it, ',
      'my m',
      "mom'",
      'hous',
      '2.5 ',
      'bath',
    ]);
    expect(tokens.map((token, index) => folded.slice(at[index], end[index]))).toEqual([
      'we',
      "can't",
      'afford',
      'it',
      'my',
      "mom's",
      'house',
      '2.5',
      'baths',
    ]);
  });

  it('finds every match of every phrase, negated or not, in token order', () => {
    const book = phraseBook([
      { cue: 'move', words: 'moving to*', always: true },
      { cue: 'job', words: 'new job', always: true },
    ]);
    const { tokens } = locate(fold('not moving to Texas, a new job, then moving to Ohio'));
    expect(everyHit(book, tokens).map((hit) => [hit.cue, hit.start, hit.end])).toEqual([
      ['move', 1, 3],
      ['job', 5, 7],
      ['move', 8, 10],
    ]);
  });
});

describe('a bounded gap (`~1` to `~9`) in the phrase grammar', () => {
  const book = phraseBook([{ cue: 'own', words: 'i|we ~1 put|typed the|a|_ wrong number' }]);
  it.each(['i put the wrong number', 'we accidentally typed the wrong number'])(
    'spans at most that many words: %s',
    (text) => {
      expect(book.find(tokenise(text))?.cue).toBe('own');
    },
  );
  it('not more', () => {
    expect(book.find(tokenise('i think you put the wrong number'))).toBeUndefined();
  });
});
