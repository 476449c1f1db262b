/**
 * The trained opt-out reading (src/bots/topic-model/stop-model.ts and optout.ts `trainedStop`; docs/BOTS.md section
 * 66). The phrasings are written for this file, none from a corpus: stops in words the rules have no entry for, and
 * the messages around them the model alone would take for stops, which the rules' scope keeps out.
 */
import { describe, expect, it } from 'vitest';
import { readOptOut, trainedStop } from '../../../src/bots/optout.js';
import {
  createStopModel,
  stopFeatures,
  STOP_THRESHOLD,
  type StopModel,
} from '../../../src/bots/topic-model/stop-model.js';
import saved from '../../../src/bots/topic-model/stop.json' with { type: 'json' };

const model = createStopModel();
/** A model as sure of every message as the given score: what the gates alone decide. */
const sureOf = (score: number): StopModel => ({ score: () => score });

describe('the stop model', () => {
  it('is the saved table, read whole, scoring between 0 and 1', () => {
    expect(Buffer.from(saved.weights, 'base64')).toHaveLength(saved.dimensions);
    for (const text of ['pls no more txts from u guys', 'we want 3 beds in fontana', '']) {
      expect(model.score(text)).toBeGreaterThanOrEqual(0);
      expect(model.score(text)).toBeLessThanOrEqual(1);
    }
    expect(() => createStopModel({ ...saved, dimensions: saved.dimensions * 2 })).toThrow(/do not fill/);
  });

  it('reads words, word pairs and pieces of words, digits as 0, scaled to unit length', () => {
    const features = stopFeatures('Call 909-555-0101', 1 << 10);
    expect(stopFeatures('call 212-444-9898', 1 << 10)).toEqual(features);
    const norm = features.reduce((sum, [, value]) => sum + value * value, 0);
    expect(norm).toBeCloseTo(1, 6);
    expect(stopFeatures('', 1 << 10)).toEqual([]);
  });

  it('scores a stop in words the rules have no entry for above a plain answer', () => {
    for (const stop of [
      'please unplug me from all of this',
      'no mas mensajitos por favor ya',
      'kindly cease all texting to me',
    ]) {
      expect(model.score(stop), stop).toBeGreaterThanOrEqual(STOP_THRESHOLD);
    }
    for (const answer of ['we want 3 beds in fontana', 'pre approved up to 550', 'gracias, hablamos mañana'])
      expect(model.score(answer), answer).toBeLessThan(STOP_THRESHOLD);
  });
});

describe('trainedStop: where the model is asked', () => {
  const sure = sureOf(0.99);

  it('adds a stop the rules did not read, in a message that speaks of contact', () => {
    const text = 'time to sunset these text threads for good';
    expect(readOptOut(text)).toBeNull();
    expect(trainedStop(text, sure)).toBe(true);
    expect(trainedStop(text, sureOf(STOP_THRESHOLD - 0.01))).toBe(false);
  });

  it('leaves one word, a message without contact and an over-long one to the rules', () => {
    expect(trainedStop('texts', sure)).toBe(false);
    expect(trainedStop('we are done with the whole thing', sure)).toBe(false);
    expect(trainedStop(`no more texts ${'please '.repeat(100)}`, sure)).toBe(false);
  });

  it('needs a surer score when the message asks something', () => {
    const text = 'can this text thread end for me now?';
    expect(trainedStop(text, sureOf(0.9))).toBe(false);
    expect(trainedStop(text, sureOf(0.96))).toBe(true);
  });

  it('is never asked where the rules set a request aside, or contact is still welcome', () => {
    for (const text of [
      'my sister told them to stop texting her',
      'text me instead of calling',
      'keep the texts coming, im still interested',
      'no texts after 9pm, but keep me posted',
      "don't stop sending me listings",
    ])
      expect(trainedStop(text, sure), text).toBe(false);
  });

  it('is never asked of someone else, a time of day, a language or a narrowing', () => {
    for (const text of [
      'dejen de mandarle mensajes a mi esposa',
      'no more texts before 7am please',
      'ya no quiero mensajes en inglés',
      'no me manden nada sin patio',
      'quit texting my work phone',
      'stop the zillow texts, they never quit',
      "I won't text you about this house again",
    ])
      expect(trainedStop(text, sure), text).toBe(false);
  });

  it('is never asked of a request for a person or a sincere question of who is answering', () => {
    for (const text of ['can someone from the team phone me today', 'are these texts automated'])
      expect(trainedStop(text, sure), text).toBe(false);
  });

  it('with the saved model: a stop in new words is read, its neighbours are not', () => {
    expect(trainedStop('time to sunset these text threads for good')).toBe(true);
    expect(trainedStop('time to sunset the text threads with my old lender')).toBe(false);
    expect(trainedStop('these text threads are great, keep them coming')).toBe(false);
  });

  it('what the rules read stays theirs', () => {
    expect(readOptOut('stop texting me')).not.toBeNull();
    expect(trainedStop('stop texting me', sure)).toBe(false);
  });
});
