import type { Phrase } from '../read/phrases.js';

/**
 * The lead's answer to the offer of matching homes (`homes.ts`), in the grammar of `read/phrases.ts`: send them, or
 * not now. Heard whatever precedes them, each within one clause.
 */
export type HomesCue = 'send' | 'dont';

// prettier-ignore
const SEND: readonly string[] = [
  'send|mandala|mandalas|mandalo|mandalos|enviala|envialas|envialo|envialos|muestramela|muestramelas|muestramelo|muestramelos',
  'show me',
  'yes please',
];
// prettier-ignore
const DONT: readonly string[] = [
  'no thanks', 'no thank you', 'not now|yet', 'maybe later', 'dont send', 'do not send', 'no gracias',
  'ahora|todavia|mejor no', 'no me|_ las mandes', 'no las envies',
];

export const HOMES_PHRASES: readonly Phrase<HomesCue>[] = [
  ...SEND.map((words) => ({ cue: 'send' as const, words, always: true, clause: true })),
  ...DONT.map((words) => ({ cue: 'dont' as const, words, always: true, clause: true })),
];
