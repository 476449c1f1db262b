import { z } from 'zod';
import type { LeadEvent } from '../analytics/events.js';
import type { MessageRecord } from '../store/types.js';
import { cardAction } from './format.js';
import { textSimilarity, USED_SIMILARITY_THRESHOLD } from './similarity.js';

/**
 * Was a coaching card used? (docs/CLAUDE.md "Was it used?"). An agent's message to the lead uses a card when the
 * agent clicked its "Use as reply" (the send names the card's seq: `match: 'clicked'`), or, without the click,
 * when the message is close to the SAY line of the last card before it (textSimilarity at or above
 * USED_SIMILARITY_THRESHOLD: `match: 'similar'`). A card counts as used once.
 */

/** What of a stored coaching result (a staff-only `coaching` message's `meta.result`) the count reads. */
const storedCard = z.object({
  next: z.object({ action: z.string().min(1).max(80) }),
  say: z.string(),
  source: z.enum(['llm', 'rules']),
  /** The sections the card showed (a coaching.sections arm); absent: every one. */
  sections: z.array(z.string()).optional(),
});

export interface CoachingCard {
  seq: number;
  createdAt: string;
  action: string;
  say: string;
  source: 'llm' | 'rules';
}

/** The coaching card a stored message holds (qualification analyses and other messages hold none). */
export function cardOf(message: MessageRecord): CoachingCard | null {
  if (message.kind !== 'coaching') return null;
  const parsed = storedCard.safeParse(message.meta?.result);
  if (!parsed.success) return null;
  const { say, source } = parsed.data;
  return { seq: message.seq, createdAt: message.createdAt, action: cardAction(parsed.data), say, source };
}

/** The last coaching card among `messages` before `beforeSeq`. */
export function lastCardBefore(messages: readonly MessageRecord[], beforeSeq: number): CoachingCard | null {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.seq >= beforeSeq) continue;
    const card = cardOf(message);
    if (card) return card;
  }
  return null;
}

type CoachingUsed = Extract<LeadEvent, { type: 'coaching_used' }>;

/**
 * The `coaching_used` fields for an agent's message `sent` and the card it may come from: clicked when the send
 * named that card, else similar when close to its SAY line; null when neither.
 */
export function cardUse(
  sent: string,
  card: CoachingCard,
  clicked: boolean,
): Pick<CoachingUsed, 'type' | 'run' | 'action' | 'source' | 'match' | 'similarity'> | null {
  // A card that showed no SAY line (a coaching.sections arm) has nothing to use.
  if (card.say.trim() === '') return null;
  const exact = textSimilarity(sent, card.say);
  if (!clicked && exact < USED_SIMILARITY_THRESHOLD) return null;
  const similarity = Math.round(exact * 1_000) / 1_000;
  return {
    type: 'coaching_used',
    run: card.seq,
    action: card.action,
    source: card.source,
    match: clicked ? 'clicked' : 'similar',
    similarity,
  };
}
