/**
 * The trained opt-out reading (issue 30, design item 4; docs/BOTS.md section 66): a logistic regression over a
 * message's words, word pairs and the pieces of its words (three to five characters, so "txts", "unsubscribe me" and
 * "desuscríbanme" share features with the words they bend), hashed into a fixed number of weights. Trained by
 * `scripts/train-stop-model.ts` on every corpus probe that says whether it stops and on the lead turns of the
 * conversation scripts (thousands of thank-yous, answers and questions that are no stop), and saved as `stop.json`.
 * It only adds a stop to the rules, where they read no request at all (optout.ts `trainedStop`).
 */
import { fold } from '../text.js';
import saved from './stop.json' with { type: 'json' };

/**
 * The saved model: the bias and one weight per hashed feature, each a signed byte times `scale`, the bytes in base64
 * (a dense table of 2^17 bytes, against a sparse list of numbers five times its size).
 */
export interface StopWeights {
  dimensions: number;
  bias: number;
  scale: number;
  weights: string;
}

/** A feature and the share of the message's norm it carries. */
export type Feature = readonly [index: number, value: number];

/**
 * At or above this score a message the rules read nothing in is a stop; one that asks something needs the second
 * ("who is this? got a text from this number" scores up to 0.91). Chosen on sets the model never saw: docs/BOTS.md
 * section 66.
 */
export const STOP_THRESHOLD = 0.7;
export const STOP_THRESHOLD_ASKING = 0.95;

const TOKEN = /[a-z0-9']+|[?!]/g;

/** FNV-1a of a string, into one of `dimensions` buckets. */
function bucket(key: string, dimensions: number): number {
  let hash = 2166136261;
  for (let at = 0; at < key.length; at += 1) {
    hash ^= key.charCodeAt(at);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % dimensions;
}

/**
 * The message's features: each word, each pair of neighbouring words and each three to five characters of a word
 * (half weight), with digits as 0 (a phone number or an amount says nothing of a stop but its shape), scaled to unit
 * length.
 */
export function stopFeatures(text: string, dimensions: number): Feature[] {
  const words = (fold(text).match(TOKEN) ?? []).map((word) => word.replace(/[0-9]/g, '0'));
  const counts = new Map<number, number>();
  const add = (key: string, value: number) => {
    const index = bucket(key, dimensions);
    counts.set(index, (counts.get(index) ?? 0) + value);
  };
  words.forEach((word, at) => {
    add(`w:${word}`, 1);
    const next = words[at + 1];
    if (next !== undefined) add(`b:${word} ${next}`, 1);
    const padded = ` ${word} `;
    for (let size = 3; size <= 5; size += 1)
      for (let start = 0; start + size <= padded.length; start += 1)
        add(`c:${padded.slice(start, start + size)}`, 0.5);
  });
  let norm = 0;
  for (const value of counts.values()) norm += value * value;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return [...counts].map(([index, value]) => [index, value * scale] as const);
}

export interface StopModel {
  /** How sure the model is that the message asks to stop being contacted, 0 to 1. */
  score(text: string): number;
}

export function createStopModel(weights: StopWeights = saved): StopModel {
  const bytes = new Int8Array(Buffer.from(weights.weights, 'base64'));
  if (bytes.length !== weights.dimensions) throw new Error('stop model: the weights do not fill the table');
  const table = Float32Array.from(bytes, (byte) => byte * weights.scale);
  return {
    score(text) {
      let sum = weights.bias;
      for (const [index, value] of stopFeatures(text, weights.dimensions)) sum += (table[index] ?? 0) * value;
      return 1 / (1 + Math.exp(-sum));
    },
  };
}
