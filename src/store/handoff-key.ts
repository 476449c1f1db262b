/**
 * The order of waiting hand-offs in the staff's lists (ConversationRecord.handoffKey): the strongest signals first
 * (src/conversations/handoff-rank.ts), then the longest waiting. Keys compare as text: two digits of
 * MAX_HANDOFF_RANK - rank, a colon, the ISO time the hand-off was asked for.
 */
export const MAX_HANDOFF_RANK = 15;

export const handoffKeyOf = (rank: number, since: string): string =>
  `${String(MAX_HANDOFF_RANK - Math.max(0, Math.min(MAX_HANDOFF_RANK, Math.floor(rank)))).padStart(2, '0')}:${since}`;

/** The rank a key holds (0 for a key this module did not make). */
export function rankOfHandoffKey(key: string): number {
  const rank = MAX_HANDOFF_RANK - Number.parseInt(key.slice(0, 2), 10);
  return Number.isInteger(rank) && rank >= 0 && rank <= MAX_HANDOFF_RANK ? rank : 0;
}

/**
 * What the stores index: the record's key, or for a record written without one (by an older hub, or directly), a
 * key of rank 0 at the time it entered its state.
 */
export const storedHandoffKey = (conversation: { handoffKey?: string; stateSince: string }): string =>
  conversation.handoffKey ?? handoffKeyOf(0, conversation.stateSince);
